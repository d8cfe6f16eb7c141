package com.upward.matching.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.FieldErrors;
import com.upward.base.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.Map;
import java.util.function.Consumer;

import static com.upward.base.ui.Translations.tr;

/** Asks for a short text before a pairing answer: a reason to decline (required) or a note with a request. */
class AnswerDialog extends Dialog {

    static final int LIMIT = 500;

    final TextArea text = new TextArea();
    final Button confirm;

    AnswerDialog(String title, String prompt, String confirmText, boolean required, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        setWidth("min(34rem, 96vw)");
        text.setLabel(required ? tr("matching.answer.reason") : tr("matching.answer.note"));
        text.setWidthFull();
        text.setRequiredIndicatorVisible(required);
        TextLimits.limit(text, LIMIT);
        text.addValueChangeListener(e -> text.setInvalid(false));
        add(new Paragraph(prompt), text);
        confirm = new Button(confirmText, e -> {
            if (TextLimits.overLimit(text)) {
                return;
            }
            if (required && text.getValue().isBlank()) {
                text.setErrorMessage(tr("matching.answer.reason-required"));
                text.setInvalid(true);
                return;
            }
            try {
                onConfirm.accept(text.getValue());
                close();
            } catch (BusinessRuleException refusal) {
                FieldErrors.show(refusal, Map.of("reason", text));
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        if (required) {
            confirm.addThemeVariants(ButtonVariant.ERROR);
        }
        getFooter().add(new Button(tr("matching.dialog.cancel"), e -> close()), confirm);
        text.focus();
    }
}
