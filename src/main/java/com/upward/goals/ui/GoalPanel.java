package com.upward.goals.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.Formats;
import com.upward.base.ui.DrawnMarkup;
import com.upward.base.ui.Markup;
import com.upward.base.ui.StatusLabels;
import com.upward.base.ui.TextLimits;
import com.upward.base.ui.UserText;
import com.upward.goals.GoalService;
import com.upward.goals.GoalStatus;
import com.upward.goals.GoalModels;
import com.upward.goals.GoalModels.CommentItem;
import com.upward.goals.GoalModels.GoalCard;
import com.upward.goals.GoalModels.MilestoneItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Optional;

/**
 * One goal: what it is, its progress, its milestones to tick off and reorder, and the comments on it. The headline,
 * the milestones and the buttons are markup with one click and one change listener on the panel, so a page of
 * goals holds few components per session (decision 017); the fields to add a milestone or a comment are made when
 * the user asks for them.
 */
@Uses(ProgressBar.class)
@Uses(Checkbox.class)
@Uses(Button.class)
class GoalPanel extends Div {

    /** What the panel asks of the page around it. */
    interface Host {
        void saved(String message);

        /** Saved, and the field to add the next milestone to this goal stays open. */
        void milestoneAdded(GoalCard goal);

        void refused(String message);

        void edit(GoalCard goal);

        void changeStatus(GoalCard goal);
    }

    /** The clicked button's action and milestone id, read in the browser. */
    static final String ACTION = "event.target.closest('[data-action]').dataset.action";
    static final String STEP = "event.target.closest('[data-action]').dataset.step || ''";
    /** Only clicks on those buttons reach the server. */
    static final String ON_A_BUTTON = "event.target.closest('[data-action]') != null";
    /**
     * A ticked or cleared milestone: its id and whether it is now checked. The checkbox's native input (in its light
     * DOM) sends the change, so the event is counted once.
     */
    static final String TICKED_STEP = "event.target.closest('vaadin-checkbox[data-step]').dataset.step";
    static final String TICKED = "event.target.checked";
    static final String ON_A_MILESTONE = "event.target.localName === 'input'"
            + " && event.target.closest('vaadin-checkbox[data-step]') != null";

    /** Made when "Add a milestone" is clicked. */
    TextField newMilestone;
    Button addMilestone;
    /** Made when the comments are opened. */
    TextArea comment;
    Button sendComment;
    final Div adder = new Div();
    final Div commentArea = new Div();

    private final GoalService goals;
    private final GoalCard goal;
    private final Host host;

    GoalPanel(GoalService goals, GoalCard goal, boolean editable, Host host) {
        this.goals = goals;
        this.goal = goal;
        this.host = host;
        addClassNames("tile", "goal-card");
        // built from the goal this panel keeps anyway, each time it is shown: the session keeps no copy of it
        add(DrawnMarkup.inPlace(() -> head(goal, editable) + summary(goal) + milestones(goal.milestones(), editable)));
        if (editable) {
            adder.addClassName("milestone-adder");
            adder.add(DrawnMarkup.inPlace(() -> button("add", null, "vaadin:plus", "Add a milestone",
                    "Add a milestone to " + goal.title(), true, "")));
            add(adder);
            getElement().addEventListener("change", e -> tick(e.getEventData().get(TICKED_STEP).asString(),
                            e.getEventData().get(TICKED).asBoolean()))
                    .addEventData(TICKED_STEP).addEventData(TICKED).setFilter(ON_A_MILESTONE);
        }
        commentArea.addClassName("goal-comments");
        commentArea.add(commentsToggle(false));
        add(commentArea);
        getElement().addEventListener("click", e -> act(e.getEventData().get(ACTION).asString(),
                        e.getEventData().get(STEP).asString()))
                .addEventData(ACTION).addEventData(STEP).setFilter(ON_A_BUTTON);
    }

    long goalId() {
        return goal.id();
    }

    /** Title, type and status, and the edit and status buttons. */
    private static String head(GoalCard goal, boolean editable) {
        return "<div class=\"goal-head\"><div class=\"goal-headline\"><h3>" + Markup.text(goal.title()) + "</h3>"
                + StatusLabels.badgeMarkup(goal.type()) + StatusLabels.badgeMarkup(goal.status()) + "</div>"
                + (editable ? button("edit", null, "vaadin:edit", "Edit", "Edit " + goal.title(), true, "")
                + button("status", null, null, "Status", "Change the status of " + goal.title(), true, "") : "")
                + "</div>";
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

    /** The milestones: read-only checkboxes, or checkboxes with move and remove buttons. */
    private static String milestones(List<MilestoneItem> steps, boolean editable) {
        var html = new StringBuilder("<div class=\"milestones\" role=\"list\">");
        for (int i = 0; i < steps.size(); i++) {
            MilestoneItem step = steps.get(i);
            html.append("<div class=\"milestone\" role=\"listitem\"><vaadin-checkbox")
                    .append(editable ? " data-step=\"" + step.id() + "\"" : " readonly")
                    .append(step.done() ? " checked" : "").append(" label=\"").append(Markup.text(step.title()))
                    .append("\"></vaadin-checkbox>");
            if (editable) {
                html.append("<span class=\"milestone-actions\">")
                        .append(stepButton("up", "vaadin:arrow-up", "Move up: ", step, i > 0))
                        .append(stepButton("down", "vaadin:arrow-down", "Move down: ", step, i < steps.size() - 1))
                        .append(stepButton("remove", "vaadin:trash", "Remove: ", step, true)).append("</span>");
            }
            html.append("</div>");
        }
        if (steps.isEmpty()) {
            html.append("<span>").append(editable ? "No milestones yet: break the goal into small steps you can "
                    + "tick off." : "No milestones yet.").append("</span>");
        }
        return html.append("</div>").toString();
    }

    private static String stepButton(String action, String icon, String label, MilestoneItem step, boolean enabled) {
        return button(action, step.id(), icon, null, label + step.title(), enabled, " small icon");
    }

    /** A button as markup: the panel's click listener reads its action (and milestone). */
    private static String button(String action, Long step, String icon, String text, String name, boolean enabled,
                                 String theme) {
        String label = Markup.text(name);
        return "<vaadin-button theme=\"tertiary" + theme + "\" data-action=\"" + action + "\""
                + (step == null ? "" : " data-step=\"" + step + "\"") + " aria-label=\"" + label + "\""
                + (text == null ? " title=\"" + label + "\"" : "") + (enabled ? "" : " disabled") + ">"
                + (icon == null ? "" : "<vaadin-icon icon=\"" + icon + "\"" + (text == null ? "" : " slot=\"prefix\"")
                + "></vaadin-icon>") + (text == null ? "" : Markup.text(text)) + "</vaadin-button>";
    }

    /** A button of the panel, as the browser reports it; a milestone id not of this goal is ignored. */
    private void act(String action, String stepId) {
        switch (action) {
            case "edit" -> host.edit(goal);
            case "status" -> host.changeStatus(goal);
            case "add" -> openAdder();
            case "comments" -> toggleComments();
            default -> step(stepId).ifPresent(step -> {
                switch (action) {
                    case "up" -> run(() -> goals.moveMilestone(goal.id(), goal.version(), step.id(), -1), null);
                    case "down" -> run(() -> goals.moveMilestone(goal.id(), goal.version(), step.id(), 1), null);
                    case "remove" -> confirmRemoval(step);
                    default -> {
                        // not a milestone action
                    }
                }
            });
        }
    }

    private Optional<MilestoneItem> step(String stepId) {
        return goal.milestones().stream().filter(s -> String.valueOf(s.id()).equals(stepId)).findFirst();
    }

    private void tick(String stepId, boolean done) {
        step(stepId).ifPresent(step -> run(() -> goals.tickMilestone(goal.id(), goal.version(), step.id(), done),
                done ? "Milestone done: " + step.title() + "." : "Milestone reopened."));
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

    /** The comments are read when they are opened, not for every goal on the page. */
    private Component commentsToggle(boolean open) {
        return DrawnMarkup.inPlace(() -> "<div class=\"goal-comments-toggle\">" + button("comments", null,
                open ? "vaadin:angle-down" : "vaadin:angle-right", "Comments (" + goal.comments() + ")",
                (open ? "Hide" : "Show") + " the comments on " + goal.title(), true, "").replace("<vaadin-button ",
                "<vaadin-button aria-expanded=\"" + open + "\" ") + "</div>");
    }

    private void toggleComments() {
        boolean open = commentArea.getComponentCount() == 1;
        commentArea.removeAll();
        commentArea.add(commentsToggle(open));
        if (open) {
            var content = new Div();
            fillComments(content);
            commentArea.add(content);
        } else {
            comment = null;
            sendComment = null;
        }
    }

    /** The field to add a milestone, in place of its button, with the focus in it. */
    void openAdder() {
        if (newMilestone != null) {
            return;
        }
        newMilestone = new TextField();
        addMilestone = new Button("Add");
        newMilestone.setPlaceholder("Next small step");
        newMilestone.setAriaLabel("New milestone for " + goal.title());
        newMilestone.setMaxLength(GoalModels.TITLE_LIMIT);
        newMilestone.addKeyPressListener(Key.ENTER, e -> add());
        addMilestone.addClickListener(e -> add());
        var row = new HorizontalLayout(newMilestone, addMilestone);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        adder.removeAll();
        adder.add(row);
        newMilestone.focus();
    }

    private void fillComments(Div content) {
        for (CommentItem c : goals.comments(goal.id())) {
            var line = new Paragraph(new UserText(c.author()),
                    new Text(" · " + Formats.instant(c.createdAt(), "") + ": "), new UserText(c.body()));
            line.addClassName("goal-comment");
            content.add(line);
        }
        comment = TextLimits.area(null, "Write a comment for your mentor", GoalModels.TEXT_LIMIT);
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
            host.milestoneAdded(goal);
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
