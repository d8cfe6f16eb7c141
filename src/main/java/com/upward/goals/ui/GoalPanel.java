package com.upward.goals.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.Formats;
import com.upward.base.ui.Markup;
import com.upward.base.ui.StatusLabels;
import com.upward.base.ui.TextLimits;
import com.upward.goals.GoalService;
import com.upward.goals.GoalStatus;
import com.upward.goals.GoalViews;
import com.upward.goals.GoalViews.CommentItem;
import com.upward.goals.GoalViews.GoalCard;
import com.upward.goals.GoalViews.MilestoneItem;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;

/**
 * One goal: what it is, its progress, its milestones to tick off and reorder, and the comments on it. What is only
 * read (title, badges, progress, the why and how) is one element of markup, and the milestones' move and remove
 * buttons are markup with one listener on the list, so a page of goals holds few components per session.
 */
@Uses(ProgressBar.class)
class GoalPanel extends Div {

    /** What the panel asks of the page around it. */
    interface Host {
        void saved(String message);

        void refused(String message);

        void edit(GoalCard goal);

        void changeStatus(GoalCard goal);
    }

    /** The clicked milestone button's action and milestone id, read in the browser. */
    static final String ACTION = "event.target.closest('[data-action]').dataset.action";
    static final String STEP = "event.target.closest('[data-action]').dataset.step";
    /** Only clicks on those buttons reach the server. */
    static final String ON_A_STEP_BUTTON = "event.target.closest('[data-action]') != null";

    final List<Checkbox> milestoneBoxes = new ArrayList<>();
    final TextField newMilestone = new TextField();
    final Button addMilestone = new Button("Add");
    /** Made when the comments are opened. */
    TextArea comment;
    Button sendComment;
    final Div milestoneList = new Div();

    private final GoalService goals;
    private final GoalCard goal;
    private final Host host;

    GoalPanel(GoalService goals, GoalCard goal, boolean editable, Host host) {
        this.goals = goals;
        this.goal = goal;
        this.host = host;
        addClassNames("tile", "goal-card");
        var head = new Div(Markup.of("<div class=\"goal-headline\"><h3>" + Markup.text(goal.title()) + "</h3>"
                + StatusLabels.badgeMarkup(goal.type()) + StatusLabels.badgeMarkup(goal.status()) + "</div>"));
        head.addClassName("goal-head");
        if (editable) {
            var edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> host.edit(goal));
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            edit.setAriaLabel("Edit " + goal.title());
            var status = new Button("Status", e -> host.changeStatus(goal));
            status.addThemeVariants(ButtonVariant.TERTIARY);
            status.setAriaLabel("Change the status of " + goal.title());
            head.add(edit, status);
        }
        add(head, Markup.of(summary(goal)));
        add(milestones(editable));
        add(comments());
    }

    /** Progress, facts, the goal it pivoted to, and why it matters with how success looks. */
    static String summary(GoalCard goal) {
        var html = new StringBuilder("<div class=\"goal-summary\"><vaadin-progress-bar min=\"0\" max=\"100\" value=\"")
                .append(goal.progress()).append("\" aria-label=\"")
                .append(Markup.text("Progress of " + goal.title() + ": " + goal.progress() + "%"))
                .append("\"></vaadin-progress-bar><span class=\"goal-facts\">")
                .append(Markup.text(goal.progress() + "% · target " + Formats.date(goal.targetDate()) + " · "
                        + goal.milestonesDone() + " of " + goal.milestones().size() + " milestones done"))
                .append("</span>");
        if (goal.status() == GoalStatus.PIVOTED && goal.replacedByTitle() != null) {
            html.append("<p class=\"goal-pivot\">").append(Markup.text("Pivoted to: " + goal.replacedByTitle()))
                    .append("</p>");
        }
        if (goal.whyItMatters() != null || goal.successCriteria() != null) {
            html.append("<details class=\"goal-why\"><summary>Why and how you'll know</summary>");
            if (goal.whyItMatters() != null) {
                html.append("<p>").append(Markup.text("Why it matters: " + goal.whyItMatters())).append("</p>");
            }
            if (goal.successCriteria() != null) {
                html.append("<p>").append(Markup.text("Success looks like: " + goal.successCriteria())).append("</p>");
            }
            html.append("</details>");
        }
        return html.append("</div>").toString();
    }

    private Div milestones(boolean editable) {
        var list = milestoneList;
        list.addClassName("milestones");
        list.getElement().setAttribute("role", "list");
        List<MilestoneItem> steps = goal.milestones();
        if (editable) {
            editableSteps(list, steps);
        } else if (!steps.isEmpty()) {
            list.add(Markup.of(readOnlySteps(steps)));
        }
        if (steps.isEmpty()) {
            list.add(new Span(editable ? "No milestones yet: break the goal into small steps you can tick off."
                    : "No milestones yet."));
        }
        if (editable) {
            newMilestone.setPlaceholder("Next small step");
            newMilestone.setAriaLabel("New milestone for " + goal.title());
            newMilestone.setMaxLength(GoalViews.TITLE_LIMIT);
            newMilestone.addKeyPressListener(Key.ENTER, e -> add());
            addMilestone.addClickListener(e -> add());
            var adder = new HorizontalLayout(newMilestone, addMilestone);
            adder.setAlignItems(FlexComponent.Alignment.BASELINE);
            list.add(adder);
        }
        return list;
    }

    /** Read-only checkboxes, as markup. */
    private static String readOnlySteps(List<MilestoneItem> steps) {
        var html = new StringBuilder("<div class=\"milestone-items\">");
        for (MilestoneItem step : steps) {
            html.append("<div class=\"milestone\" role=\"listitem\"><vaadin-checkbox readonly")
                    .append(step.done() ? " checked" : "").append(" label=\"").append(Markup.text(step.title()))
                    .append("\"></vaadin-checkbox></div>");
        }
        return html.append("</div>").toString();
    }

    /** A checkbox per step, and its buttons as markup: one click listener on the list serves them all. */
    private void editableSteps(Div list, List<MilestoneItem> steps) {
        for (int i = 0; i < steps.size(); i++) {
            MilestoneItem step = steps.get(i);
            var box = new Checkbox(step.title(), step.done());
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    run(() -> goals.tickMilestone(goal.id(), goal.version(), step.id(), e.getValue()),
                            e.getValue() ? "Milestone done: " + step.title() + "." : "Milestone reopened.");
                }
            });
            milestoneBoxes.add(box);
            var row = new Div(box, Markup.of("<span class=\"milestone-actions\">"
                    + stepButton("up", "vaadin:arrow-up", "Move up: ", step, i > 0)
                    + stepButton("down", "vaadin:arrow-down", "Move down: ", step, i < steps.size() - 1)
                    + stepButton("remove", "vaadin:trash", "Remove: ", step, true) + "</span>"));
            row.addClassName("milestone");
            row.getElement().setAttribute("role", "listitem");
            list.add(row);
        }
        if (!steps.isEmpty()) {
            list.getElement().addEventListener("click", e -> act(e.getEventData().get(ACTION).asString(),
                            e.getEventData().get(STEP).asString()))
                    .addEventData(ACTION).addEventData(STEP).setFilter(ON_A_STEP_BUTTON);
        }
    }

    private static String stepButton(String action, String icon, String label, MilestoneItem step, boolean enabled) {
        String name = Markup.text(label + step.title());
        return "<vaadin-button theme=\"tertiary small icon\" data-action=\"" + action + "\" data-step=\"" + step.id()
                + "\" aria-label=\"" + name + "\" title=\"" + name + "\"" + (enabled ? "" : " disabled")
                + "><vaadin-icon icon=\"" + icon + "\"></vaadin-icon></vaadin-button>";
    }

    /** A milestone button, as the browser reports it; an id that is not one of this goal's steps is ignored. */
    private void act(String action, String stepId) {
        List<MilestoneItem> steps = goal.milestones();
        for (MilestoneItem step : steps) {
            if (String.valueOf(step.id()).equals(stepId)) {
                switch (action) {
                    case "up" -> run(() -> goals.moveMilestone(goal.id(), goal.version(), step.id(), -1), null);
                    case "down" -> run(() -> goals.moveMilestone(goal.id(), goal.version(), step.id(), 1), null);
                    case "remove" -> confirmRemoval(step);
                    default -> {
                        // not a milestone action
                    }
                }
                return;
            }
        }
    }

    private void confirmRemoval(MilestoneItem step) {
        var confirm = new ConfirmDialog("Remove this milestone?", "\"" + step.title() + "\" will be gone from "
                + goal.title() + ".", "Remove", e -> run(() -> goals.removeMilestone(goal.id(), goal.version(),
                step.id()), "Milestone removed."));
        confirm.setCancelable(true);
        confirm.setCancelText("Cancel");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Comments are read when the section is opened, not for every goal on the page. */
    private Details comments() {
        var content = new Div();
        content.addClassName("goal-comments");
        var details = new Details("Comments (" + goal.comments() + ")", content);
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && content.getChildren().findAny().isEmpty()) {
                fillComments(content);
            }
        });
        return details;
    }

    private void fillComments(Div content) {
        for (CommentItem c : goals.comments(goal.id())) {
            var line = new Paragraph(c.author() + " · " + Formats.instant(c.createdAt(), "") + ": " + c.body());
            line.addClassName("goal-comment");
            content.add(line);
        }
        comment = TextLimits.area(null, "Write a comment for your mentor", GoalViews.TEXT_LIMIT);
        sendComment = new Button("Comment");
        comment.setAriaLabel("Comment on " + goal.title());
        sendComment.addClickListener(e -> {
            if (TextLimits.overLimit(comment)) {
                return;
            }
            try {
                goals.comment(goal.id(), comment.getValue());
                host.saved("Comment added.");
            } catch (BusinessRuleException refusal) {
                comment.setErrorMessage(refusal.getMessage());
                comment.setInvalid(true);
            }
        });
        content.add(comment, sendComment);
    }

    private void add() {
        if (TextLimits.overLimit(newMilestone)) {
            return;
        }
        try {
            goals.addMilestone(goal.id(), goal.version(), newMilestone.getValue());
            host.saved("Milestone added.");
        } catch (BusinessRuleException refusal) {
            if (refusal.getField() == null) {
                host.refused(refusal.getMessage());
            } else {
                newMilestone.setErrorMessage(refusal.getMessage());
                newMilestone.setInvalid(true);
            }
        }
    }

    private void run(Runnable action, String message) {
        try {
            action.run();
            host.saved(message);
        } catch (BusinessRuleException refusal) {
            host.refused(refusal.getMessage());
        }
    }
}
