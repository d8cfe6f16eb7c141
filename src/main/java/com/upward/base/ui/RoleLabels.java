package com.upward.base.ui;

import com.upward.base.Role;

/** One wording for roles everywhere in the UI. */
public final class RoleLabels {

    private RoleLabels() {
    }

    public static String label(Role role) {
        return switch (role) {
            case ADMIN -> "Administrator";
            case HR -> "HR coordinator";
            case EXECUTIVE -> "Executive";
            case EMPLOYEE -> "Employee";
        };
    }
}
