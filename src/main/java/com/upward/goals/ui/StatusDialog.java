package com.upward.goals.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.FieldErrors;
import com.upward.base.ui.StatusLabels;
import com.upward.goals.GoalService;
import com.upward.goals.GoalStatus;
import com.upward.goals.GoalModels.GoalCard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Moves a goal to another status; a pivot names the goal that replaces it. */
class StatusDialog extends Dialog {

    final Select<GoalStatus> status = new Select<>();
    final Select<GoalCard> replacement = new Select<>();
    final Button save = new Button("Save status");

    StatusDialog(GoalService goals, GoalCard goal, List<GoalCard> others, Consumer<String> onSaved,
                 Consumer<String> onRefusal) {
        setHeaderTitle("Status of \"" + goal.title() + "\"");
        setWidth("min(34rem, 96vw)");
        status.setLabel("Status");
        status.setItems(GoalStatus.values());
        status.setItemLabelGenerator(StatusLabels::of);
        status.setValue(goal.status());
        status.setHelperText("Pivoted: a setback showed you a better goal. That is a success, not a failure.");
        replacement.setLabel("Replaced by");
        replacement.setItems(others);
        replacement.setItemLabelGenerator(GoalCard::title);
        replacement.setEmptySelectionAllowed(false);
        replacement.setHelperText(others.isEmpty() ? "Add the new goal first, then pivot this one to it." : null);
        replacement.setVisible(goal.status() == GoalStatus.PIVOTED);
        others.stream().filter(o -> o.id() == (goal.replacedById() == null ? -1 : goal.replacedById())).findFirst()
                .ifPresent(replacement::setValue);
        status.addValueChangeListener(e -> replacement.setVisible(e.getValue() == GoalStatus.PIVOTED));
        var form = new VerticalLayout(status, replacement);
        form.setPadding(false);
        add(form);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                goals.changeStatus(goal.id(), goal.version(), status.getValue(),
                        status.getValue() == GoalStatus.PIVOTED && replacement.getValue() != null
                                ? replacement.getValue().id() : null);
                close();
                onSaved.accept("Status saved: " + StatusLabels.of(status.getValue()) + ".");
            } catch (BusinessRuleException refusal) {
                if (refusal.getField() == null) {
                    close();
                    onRefusal.accept(refusal.getMessage());
                } else {
                    FieldErrors.show(refusal, Map.of("status", status, "replacement", replacement));
                }
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
