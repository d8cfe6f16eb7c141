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

import static com.upward.base.ui.Translations.tr;

/** Takes someone out of the cohort; the reason is required and kept with the enrollment (and any pair they had). */
class WithdrawDialog extends Dialog {

    static final int REASON_MAX = 500;

    final TextArea reason = new TextArea(tr("program.withdraw.reason"));
    final Button withdraw = new Button(tr("program.withdraw.withdraw"));

    WithdrawDialog(EnrollmentService enrollment, ParticipantRow participant, Runnable withdrawn) {
        setHeaderTitle(tr("program.withdraw.title", participant.fullName()));
        setWidth("32rem");
        TextLimits.maxLength(reason, REASON_MAX);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText(tr("program.withdraw.reason-helper"));
        add(new Paragraph(tr("program.withdraw.text", participant.fullName())), reason);

        var checks = new Checks();
        checks.bind(checks.field("reason", reason).asRequired(tr("program.withdraw.reason-required"))
                .withValidator(new StringLengthValidator(Labels.maxLength(REASON_MAX), 0, REASON_MAX)));
        withdraw.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        withdraw.addClickListener(e -> {
            if (checks.valid() && checks.run(() -> enrollment.withdraw(participant.enrollmentId(),
                    participant.version(), reason.getValue()))) {
                Toasts.success(tr("program.withdraw.done", participant.fullName()));
                close();
                withdrawn.run();
            }
        });
        getFooter().add(new Button(tr("program.form.cancel"), e -> close()), withdraw);
        reason.focus();
    }
}
