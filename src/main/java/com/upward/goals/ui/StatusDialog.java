package com.upward.goals.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.FieldErrors;
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

import static com.upward.base.ui.Translations.tr;

/** Moves a goal to another status; a pivot names the goal that replaces it. */
class StatusDialog extends Dialog {

    final Select<GoalStatus> status = new Select<>();
    final Select<GoalCard> replacement = new Select<>();
    final Button save = new Button(tr("goals.status-dialog.save"));

    StatusDialog(GoalService goals, GoalCard goal, List<GoalCard> others, Consumer<String> onSaved,
                 Consumer<String> onRefusal) {
        setHeaderTitle(tr("goals.status-dialog.title", goal.title()));
        setWidth("min(34rem, 96vw)");
        status.setLabel(tr("goals.status-dialog.status"));
        status.setItems(GoalStatus.values());
        status.setItemLabelGenerator(s -> tr("goals.status." + s.name()));
        status.setValue(goal.status());
        status.setHelperText(tr("goals.status-dialog.help"));
        replacement.setLabel(tr("goals.status-dialog.replaced-by"));
        replacement.setItems(others);
        replacement.setItemLabelGenerator(GoalCard::title);
        replacement.setEmptySelectionAllowed(false);
        replacement.setHelperText(others.isEmpty() ? tr("goals.status-dialog.add-first") : null);
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
                onSaved.accept(tr("goals.status-dialog.saved", tr("goals.status." + status.getValue().name())));
            } catch (BusinessRuleException refusal) {
                if (refusal.getField() == null) {
                    close();
                    onRefusal.accept(tr(refusal.text()));
                } else {
                    FieldErrors.show(refusal, Map.of("status", status, "replacement", replacement));
                }
            }
        });
        getFooter().add(new Button(tr("goals.cancel"), e -> close()), save);
    }
}
