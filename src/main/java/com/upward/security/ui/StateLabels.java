package com.upward.security.ui;

import com.upward.security.internal.AccountState;

/** One wording for account states in the accounts screens. */
final class StateLabels {

    private StateLabels() {
    }

    static String label(AccountState state) {
        return switch (state) {
            case ACTIVE -> "Active";
            case LOCKED -> "Locked";
            case DEACTIVATED -> "Deactivated";
        };
    }
}
