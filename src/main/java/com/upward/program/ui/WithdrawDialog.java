package com.upward.program.ui;

import com.upward.base.ui.TextLimits;
import com.upward.base.ui.Toasts;
import com.upward.program.internal.EnrollmentService;
import com.upward.program.internal.ParticipantRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.validator.StringLengthValidator;

/** Takes someone out of the cohort; the reason is required and kept with the enrollment (and any pair they had). */
class WithdrawDialog extends Dialog {

    static final int REASON_MAX = 500;

    final TextArea reason = new TextArea("Reason");
    final Button withdraw = new Button("Withdraw");

    WithdrawDialog(EnrollmentService enrollment, ParticipantRow participant, Runnable withdrawn) {
        setHeaderTitle("Withdraw " + participant.fullName() + "?");
        setWidth("32rem");
        TextLimits.maxLength(reason, REASON_MAX);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText("Kept with their enrollment. A pair they are in ends with this reason.");
        add(new Paragraph(participant.fullName() + " will no longer take part in this cohort."), reason);

        var checks = new Checks();
        checks.bind(checks.field("reason", reason).asRequired("Say why they are withdrawn.")
                .withValidator(new StringLengthValidator("Use at most " + REASON_MAX + " characters.", 0,
                        REASON_MAX)));
        withdraw.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        withdraw.addClickListener(e -> {
            if (checks.valid() && checks.run(() -> enrollment.withdraw(participant.enrollmentId(),
                    participant.version(), reason.getValue()))) {
                Toasts.success(participant.fullName() + " is withdrawn.");
                close();
                withdrawn.run();
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), withdraw);
        reason.focus();
    }
}
