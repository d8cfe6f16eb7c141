package com.upward.program.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import static com.upward.base.ui.Translations.tr;

/** Confirmation before an action that cannot simply be taken back. */
final class Confirm {

    private Confirm() {
    }

    static ConfirmDialog ask(String header, String text, String confirmText, boolean destructive, Runnable onConfirm) {
        var dialog = new ConfirmDialog(header, text, confirmText, e -> onConfirm.run());
        dialog.setCancelable(true);
        dialog.setCancelText(tr("program.form.cancel"));
        if (destructive) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.open();
        return dialog;
    }
}
