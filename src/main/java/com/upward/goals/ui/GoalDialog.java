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

import static com.upward.base.ui.Translations.tr;

/** A new goal, or changes to one: SMART fields with prompts, refusals beside the field they concern. */
class GoalDialog extends Dialog {

    final RadioButtonGroup<GoalType> type = new RadioButtonGroup<>(tr("goals.dialog.type"));
    final TextField title = new TextField(tr("goals.dialog.title"));
    final TextArea why = TextLimits.area(tr("goals.dialog.why"), tr("goals.dialog.why-placeholder"),
            GoalModels.TEXT_LIMIT);
    final TextArea success = TextLimits.area(tr("goals.dialog.success"), tr("goals.dialog.success-placeholder"),
            GoalModels.TEXT_LIMIT);
    final DatePicker target = new LocalizedDatePicker(tr("goals.dialog.target-date"));
    final Button save = new Button(tr("goals.dialog.save"));

    GoalDialog(GoalService goals, GoalEnrollment enrollment, GoalCard existing, Consumer<String> onSaved,
               Consumer<String> onRefusal) {
        setHeaderTitle(existing == null ? tr("goals.dialog.new") : tr("goals.dialog.edit"));
        setWidth("min(40rem, 96vw)");
        type.setItems(GoalType.values());
        type.setItemLabelGenerator(t -> tr("goals.type." + t.name()));
        type.setHelperText(tr("goals.dialog.type-help"));
        type.setRequiredIndicatorVisible(true);
        title.setPlaceholder(tr("goals.dialog.title-placeholder"));
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        TextLimits.limit(title, GoalModels.TITLE_LIMIT);
        target.setRequiredIndicatorVisible(true);
        target.setMin(enrollment.startsOn());
        target.setMax(enrollment.endsOn());
        target.setHelperText(tr("goals.dialog.target-date-help", Formats.date(enrollment.endsOn())));
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
                onSaved.accept(existing == null ? tr("goals.dialog.added") : tr("goals.dialog.saved"));
            } catch (BusinessRuleException refusal) {
                if (refusal.getField() == null) {
                    close();
                    onRefusal.accept(tr(refusal.text()));
                } else {
                    FieldErrors.show(refusal, Map.of("type", type, "title", title, "whyItMatters", why,
                            "successCriteria", success, "targetDate", target));
                }
            }
        });
        getFooter().add(new Button(tr("goals.cancel"), e -> close()), save);
        title.focus();
    }
}
