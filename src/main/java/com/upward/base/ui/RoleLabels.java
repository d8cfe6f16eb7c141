package com.upward.base.ui;

import com.upward.base.Role;

import static com.upward.base.ui.Translations.tr;

/** One wording for roles everywhere in the UI, in the reader's language. */
public final class RoleLabels {

    private RoleLabels() {
    }

    public static String label(Role role) {
        return tr("ui.role." + role.name());
    }
}
