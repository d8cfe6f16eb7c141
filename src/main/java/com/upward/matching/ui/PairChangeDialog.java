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

/**
 * Rematch a pair with another mentor, end it, or withdraw a pair still waiting for answers; each needs a reason, which the history keeps. Both people are told
 * in the app (the reason stays with HR).
 */
class PairChangeDialog extends Dialog {

    enum Change { REMATCH, END, WITHDRAW }

    final RadioButtonGroup<Suggestion> newMentor = new RadioButtonGroup<>("New mentor");
    final TextArea reason = new TextArea("Reason");
    final Button confirm = new Button();
    final Button cancel = new Button("Cancel", e -> close());

    PairChangeDialog(MatchingService matching, RunningPair pair, Change change, Runnable onDone) {
        setHeaderTitle(switch (change) {
            case REMATCH -> "Rematch " + pair.menteeName();
            case END -> "End the pair " + pair.mentorName() + " – " + pair.menteeName();
            case WITHDRAW -> "Withdraw the proposal " + pair.mentorName() + " – " + pair.menteeName();
        });
        setWidth("min(40rem, 96vw)");
        var content = new VerticalLayout();
        content.setPadding(false);
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setHelperText("Kept in the pair's history for HR; the two people are not shown it.");
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        if (change == Change.REMATCH) {
            List<Suggestion> options = matching.rematchSuggestions(pair.assignmentId());
            var intro = new Paragraph(pair.menteeName() + " is now with " + pair.mentorName() + " (score "
                    + ScoreBreakdown.of(pair.score()) + "). The best other mentors with a free place:");
            content.add(intro);
            newMentor.setItems(options);
            newMentor.setItemLabelGenerator(s -> s.mentorName() + " · score " + ScoreBreakdown.total(s.score())
                    + " · " + s.mentorLoad() + " of " + s.capacity() + " mentees");
            newMentor.setRequiredIndicatorVisible(true);
            newMentor.addValueChangeListener(e -> newMentor.setInvalid(false));
            if (options.isEmpty()) {
                content.add(new Paragraph("No other mentor can take " + pair.menteeName() + " now: every one is "
                        + "full or ruled out by a hard rule. End the pair instead, or free a place first."));
            } else {
                newMentor.setValue(options.getFirst());
                content.add(newMentor);
            }
            confirm.setText("Rematch");
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            confirm.setEnabled(!options.isEmpty());
        } else if (change == Change.END) {
            content.add(new Paragraph(pair.menteeName() + " goes back to the unmatched mentees; check-ins already "
                    + "written stay. This cannot be undone, but you can pair them again."));
            confirm.setText("End pair");
            confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        } else {
            content.add(new Paragraph("The pair has not started. " + pair.menteeName() + " goes back to the "
                    + "mentees without a mentor, and " + pair.mentorName() + "'s place is free again. Both are "
                    + "told that the proposal was withdrawn."));
            confirm.setText("Withdraw proposal");
            confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        }
        content.add(reason);
        add(content);
        confirm.addClickListener(e -> {
            if (TextLimits.overLimit(reason)) {
                return;
            }
            if (change == Change.REMATCH && newMentor.getValue() == null) {
                newMentor.setErrorMessage("Pick the new mentor.");
                newMentor.setInvalid(true);
                return;
            }
            try {
                if (change == Change.REMATCH) {
                    Suggestion chosen = newMentor.getValue();
                    matching.rematch(pair.assignmentId(), chosen.mentorEnrollmentId(), reason.getValue());
                    Toasts.success(pair.menteeName() + " is now mentored by " + chosen.mentorName() + ".");
                } else {
                    matching.unassign(pair.assignmentId(), reason.getValue());
                    Toasts.success(change == Change.WITHDRAW ? "The proposal " + pair.mentorName() + " – "
                            + pair.menteeName() + " is withdrawn." : "The pair " + pair.mentorName() + " – "
                            + pair.menteeName() + " has ended.");
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
