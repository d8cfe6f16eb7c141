package com.upward.checkin.ui;

import com.upward.base.ui.light.LightElement;
import com.upward.checkin.internal.CheckInModels.GoalLine;
import com.upward.checkin.internal.CheckInModels.GoalProgress;
import com.upward.goals.GoalStatus;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.select.Select;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.List;

import static com.upward.base.ui.Translations.tr;

/**
 * One goal in the check-in: a 0–100 progress slider, its status, and whether this period's setback concerns it. A
 * light element ({@code <upward-goal-progress>}) whose three values are its typed properties, sent with its event: a
 * goal's line as Flow components kept about 10 KB in the session, a slider, a drop-down and a checkbox with their
 * listeners (decisions 019 and 022).
 */
@Tag("upward-goal-progress")
@JsModule("./components/upward-goal-progress.js")
@Uses(Select.class)
@Uses(Checkbox.class)
class GoalProgressRow extends LightElement {

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
            synchronize("progress", "status", "setback");
        }
    }

    /** The goal's title and status options; with {@code texts}, the line's own words in the reader's language. */
    @Override
    public ObjectNode data() {
        var goal = JsonNodeFactory.instance.objectNode().put("title", title);
        var options = goal.putArray("statuses");
        statuses.forEach(s -> options.addArray().add(s.name()).add(tr("goals.status." + s.name())));
        goal.putObject("texts")
                .put("progressName", tr("checkin.goal-line.progress-name", title))
                .put("statusName", tr("checkin.goal-line.status-name", title))
                .put("setback", tr("checkin.goal-line.setback"));
        return goal;
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
