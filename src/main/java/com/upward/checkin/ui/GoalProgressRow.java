package com.upward.checkin.ui;

import com.upward.base.ui.LightCheckbox;
import com.upward.base.ui.LightSelect;
import com.upward.base.ui.Markup;
import com.upward.base.ui.StatusLabels;
import com.upward.checkin.CheckInViews.GoalLine;
import com.upward.checkin.CheckInViews.GoalProgress;
import com.upward.goals.GoalStatus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.Arrays;
import java.util.List;

/** One goal in the check-in: a 0–100 progress slider, its status, and whether this period's setback concerns it. */
class GoalProgressRow extends Div {

    final RangeInput progress = new RangeInput(ValueChangeMode.EAGER);
    final LightSelect<GoalStatus> status = new LightSelect<>();
    final LightCheckbox setback = new LightCheckbox("This period's setback concerns this goal", false);
    private final long goalId;
    private final Span value = new Span();

    GoalProgressRow(GoalLine goal, boolean readOnly) {
        this.goalId = goal.goalId();
        addClassName("goal-progress");
        var title = Markup.of("<span class=\"goal-progress-title\">" + Markup.text(goal.title()) + "</span>");
        progress.setMin(0);
        progress.setMax(100);
        progress.setStep(5.0);
        progress.setValue((double) goal.progress());
        progress.setAriaLabel("Progress of " + goal.title() + " in percent");
        progress.addValueChangeListener(e -> value.setText(percent()));
        value.setText(percent());
        value.addClassName("goal-progress-value");
        status.setAriaLabel("Status of " + goal.title());
        // pivoting names the replacing goal, which happens on the goals page
        status.setItems(goal.status() == GoalStatus.PIVOTED ? List.of(GoalStatus.PIVOTED)
                : Arrays.stream(GoalStatus.values()).filter(s -> s != GoalStatus.PIVOTED).toList(), StatusLabels::of);
        status.setValue(goal.status());
        setback.setValue(goal.setback());
        progress.setReadOnly(readOnly);
        status.setReadOnly(readOnly);
        setback.setReadOnly(readOnly);
        var line = new Div(progress, value, status);
        line.addClassName("goal-progress-line");
        add(title, line, setback);
    }

    GoalProgress value() {
        return new GoalProgress(goalId, (int) Math.round(progress.getValue()), status.getValue(), setback.getValue());
    }

    private String percent() {
        return Math.round(progress.getValue()) + "%";
    }
}
