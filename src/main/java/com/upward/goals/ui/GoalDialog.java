package com.upward.goals.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.FieldErrors;
import com.upward.base.ui.Formats;
import com.upward.base.ui.TextLimits;
import com.upward.goals.GoalService;
import com.upward.goals.GoalType;
import com.upward.goals.GoalModels;
import com.upward.goals.GoalModels.GoalCard;
import com.upward.goals.GoalModels.GoalEnrollment;
import com.upward.goals.GoalModels.GoalForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.upward.base.ui.LocalizedDatePicker;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;
import java.util.function.Consumer;

/** A new goal, or changes to one: SMART fields with prompts, refusals beside the field they concern. */
class GoalDialog extends Dialog {

    static final String TYPE_HELP = "Learning: a capability to build (\"learn to give hard feedback\"). "
            + "Outcome: a result to reach (\"ship the billing migration\").";

    final RadioButtonGroup<GoalType> type = new RadioButtonGroup<>("Type");
    final TextField title = new TextField("Goal");
    final TextArea why = TextLimits.area("Why it matters", "What changes for you, your team or your career?",
            GoalModels.TEXT_LIMIT);
    final TextArea success = TextLimits.area("Success criteria", "How will you and your mentor know you got there?",
            GoalModels.TEXT_LIMIT);
    final DatePicker target = new LocalizedDatePicker("Target date");
    final Button save = new Button("Save");

    GoalDialog(GoalService goals, GoalEnrollment enrollment, GoalCard existing, Consumer<String> onSaved,
               Consumer<String> onRefusal) {
        setHeaderTitle(existing == null ? "New goal" : "Edit goal");
        setWidth("min(40rem, 96vw)");
        type.setItems(GoalType.values());
        type.setItemLabelGenerator(t -> t == GoalType.LEARNING ? "Learning" : "Outcome");
        type.setHelperText(TYPE_HELP);
        type.setRequiredIndicatorVisible(true);
        title.setPlaceholder("Say it in a few words");
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        TextLimits.limit(title, GoalModels.TITLE_LIMIT);
        target.setRequiredIndicatorVisible(true);
        target.setMin(enrollment.startsOn());
        target.setMax(enrollment.endsOn());
        target.setHelperText("By " + Formats.date(enrollment.endsOn()) + ", when the cohort ends");
        if (existing == null) {
            type.setValue(GoalType.LEARNING);
        } else {
            type.setValue(existing.type());
            title.setValue(existing.title());
            why.setValue(existing.whyItMatters() == null ? "" : existing.whyItMatters());
            success.setValue(existing.successCriteria() == null ? "" : existing.successCriteria());
            target.setValue(existing.targetDate());
        }
        var form = new VerticalLayout(type, title, why, success, target);
        form.setPadding(false);
        add(form);

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (TextLimits.overLimit(title, why, success)) {
                return;
            }
            var values = new GoalForm(type.getValue(), title.getValue(), why.getValue(), success.getValue(),
                    target.getValue());
            try {
                if (existing == null) {
                    goals.create(enrollment.enrollmentId(), values);
                } else {
                    goals.update(existing.id(), existing.version(), values);
                }
                close();
                onSaved.accept(existing == null ? "Goal added." : "Goal saved.");
            } catch (BusinessRuleException refusal) {
                if (refusal.getField() == null) {
                    close();
                    onRefusal.accept(refusal.getMessage());
                } else {
                    FieldErrors.show(refusal, Map.of("type", type, "title", title, "whyItMatters", why,
                            "successCriteria", success, "targetDate", target));
                }
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
        title.focus();
    }
}
