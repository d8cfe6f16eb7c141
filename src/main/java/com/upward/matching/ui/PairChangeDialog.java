package com.upward.matching.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.FieldErrors;
import com.upward.base.ui.TextLimits;
import com.upward.base.ui.Toasts;
import com.upward.matching.internal.BoardRows.RunningPair;
import com.upward.matching.internal.MatchingService;
import com.upward.matching.internal.MatchingModels.Suggestion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.List;
import java.util.Map;

import static com.upward.base.ui.Translations.tr;

/**
 * Rematch a pair with another mentor, end it, or withdraw a pair still waiting for answers; each needs a reason, which the history keeps. Both people are told
 * in the app (the reason stays with HR).
 */
class PairChangeDialog extends Dialog {

    enum Change { REMATCH, END, WITHDRAW }

    final RadioButtonGroup<Suggestion> newMentor = new RadioButtonGroup<>(tr("matching.change.new-mentor"));
    final TextArea reason = new TextArea(tr("matching.column.reason"));
    final Button confirm = new Button();
    final Button cancel = new Button(tr("matching.dialog.cancel"), e -> close());

    PairChangeDialog(MatchingService matching, RunningPair pair, Change change, Runnable onDone) {
        setHeaderTitle(switch (change) {
            case REMATCH -> tr("matching.change.rematch.title", pair.menteeName());
            case END -> tr("matching.change.end.title", pair.mentorName(), pair.menteeName());
            case WITHDRAW -> tr("matching.change.withdraw.title", pair.mentorName(), pair.menteeName());
        });
        setWidth("min(40rem, 96vw)");
        var content = new VerticalLayout();
        content.setPadding(false);
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setHelperText(tr("matching.change.reason-helper"));
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        if (change == Change.REMATCH) {
            List<Suggestion> options = matching.rematchSuggestions(pair.assignmentId());
            var intro = new Paragraph(tr("matching.change.rematch.intro", pair.menteeName(), pair.mentorName(),
                    ScoreBreakdown.of(pair.score())));
            content.add(intro);
            newMentor.setItems(options);
            newMentor.setItemLabelGenerator(s -> tr("matching.change.rematch.option", s.mentorName(),
                    ScoreBreakdown.total(s.score()), s.mentorLoad(), s.capacity()));
            newMentor.setRequiredIndicatorVisible(true);
            newMentor.addValueChangeListener(e -> newMentor.setInvalid(false));
            if (options.isEmpty()) {
                content.add(new Paragraph(tr("matching.change.rematch.none", pair.menteeName())));
            } else {
                newMentor.setValue(options.getFirst());
                content.add(newMentor);
            }
            confirm.setText(tr("matching.pairs.rematch"));
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            confirm.setEnabled(!options.isEmpty());
        } else if (change == Change.END) {
            content.add(new Paragraph(tr("matching.change.end.text", pair.menteeName())));
            confirm.setText(tr("matching.pairs.end"));
            confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        } else {
            content.add(new Paragraph(tr("matching.change.withdraw.text", pair.menteeName(), pair.mentorName())));
            confirm.setText(tr("matching.change.withdraw.confirm"));
            confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        }
        content.add(reason);
        add(content);
        confirm.addClickListener(e -> {
            if (TextLimits.overLimit(reason)) {
                return;
            }
            if (change == Change.REMATCH && newMentor.getValue() == null) {
                newMentor.setErrorMessage(tr("matching.change.new-mentor-required"));
                newMentor.setInvalid(true);
                return;
            }
            try {
                if (change == Change.REMATCH) {
                    Suggestion chosen = newMentor.getValue();
                    matching.rematch(pair.assignmentId(), chosen.mentorEnrollmentId(), reason.getValue());
                    Toasts.success(tr("matching.change.rematched", pair.menteeName(), chosen.mentorName()));
                } else {
                    matching.unassign(pair.assignmentId(), reason.getValue());
                    Toasts.success(change == Change.WITHDRAW
                            ? tr("matching.change.withdrawn", pair.mentorName(), pair.menteeName())
                            : tr("matching.change.ended", pair.mentorName(), pair.menteeName()));
                }
                close();
                onDone.run();
            } catch (BusinessRuleException refusal) {
                FieldErrors.show(refusal, Map.of("reason", reason, "mentor", newMentor));
            }
        });
        getFooter().add(cancel, confirm);
        reason.focus();
    }
}
