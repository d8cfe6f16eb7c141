package com.upward.checkin.ui;

import com.upward.base.ui.StatusLabels;
import com.upward.checkin.CheckInModels.GoalLine;
import com.upward.checkin.CheckInModels.GoalProgress;
import com.upward.goals.GoalStatus;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.select.Select;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.Arrays;
import java.util.List;

/**
 * One goal in the check-in: a 0–100 progress slider, its status, and whether this period's setback concerns it. One
 * element ({@code <upward-goal-progress>}) whose three values are its properties: a goal's line as Flow components
 * kept about 10 KB in the session, a slider, a drop-down and a checkbox with their listeners (decision 019).
 */
@Tag("upward-goal-progress")
@JsModule("./components/upward-goal-progress.js")
@Uses(Select.class)
@Uses(Checkbox.class)
class GoalProgressRow extends Component {

    static final String CHANGED = "goal-progress-changed";

    private final long goalId;
    private final String title;
    private final GoalStatus original;
    private final List<GoalStatus> statuses;

    GoalProgressRow(GoalLine goal, boolean readOnly) {
        this.goalId = goal.goalId();
        this.title = goal.title();
        this.original = goal.status();
        // pivoting names the replacing goal, which happens on the goals page
        this.statuses = goal.status() == GoalStatus.PIVOTED ? List.of(GoalStatus.PIVOTED)
                : Arrays.stream(GoalStatus.values()).filter(s -> s != GoalStatus.PIVOTED).toList();
        getElement().setAttribute("class", "goal-progress");
        getElement().setProperty("progress", goal.progress());
        getElement().setProperty("status", goal.status().name());
        getElement().setProperty("setback", goal.setback());
        getElement().setProperty("readonly", readOnly);
        if (!readOnly) {
            getElement().addEventListener(CHANGED, e -> { })
                    .synchronizeProperty("progress").synchronizeProperty("status").synchronizeProperty("setback");
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        var goal = JsonNodeFactory.instance.objectNode().put("title", title);
        var options = goal.putArray("statuses");
        statuses.forEach(s -> options.addArray().add(s.name()).add(StatusLabels.of(s)));
        getElement().executeJs("this.show($0)", goal);
    }

    /** What the mentee set; a status the browser sends that is not an option of this goal reads as unchanged. */
    GoalProgress value() {
        int progress = (int) Math.clamp(Math.round(getElement().getProperty("progress", 0.0)), 0, 100);
        String sent = getElement().getProperty("status", original.name());
        GoalStatus status = statuses.stream().filter(s -> s.name().equals(sent)).findFirst().orElse(original);
        return new GoalProgress(goalId, progress, status, getElement().getProperty("setback", false));
    }

    String title() {
        return title;
    }
}
