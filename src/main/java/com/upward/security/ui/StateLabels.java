package com.upward.security.ui;

import com.upward.security.internal.AccountState;

import static com.upward.base.ui.Translations.tr;

/** One wording for account states in the accounts screens. */
final class StateLabels {

    private StateLabels() {
    }

    static String label(AccountState state) {
        return tr("security.account-state." + state.name());
    }

    /** The state, and that the account must choose a new password at its next sign-in. */
    static String mustChangePassword(AccountState state) {
        return tr("security.accounts.must-change-password", label(state));
    }
}
