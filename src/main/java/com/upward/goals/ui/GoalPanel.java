package com.upward.goals.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.Formats;
import com.upward.base.ui.StatusLabels;
import com.upward.base.ui.TextLimits;
import com.upward.base.ui.UserText;
import com.upward.goals.GoalService;
import com.upward.goals.GoalStatus;
import com.upward.goals.GoalModels;
import com.upward.goals.GoalModels.CommentItem;
import com.upward.goals.GoalModels.GoalCard;
import com.upward.goals.GoalModels.MilestoneItem;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Optional;

import static com.upward.base.ui.Translations.tr;

/**
 * One goal: what it is, its progress, its milestones to tick off and reorder, and the comments on it. The headline,
 * the milestones and their buttons are a light element ({@link GoalElement}, decision 022) drawn from the goal this
 * panel keeps anyway, so a page of goals holds few components per session; the fields to add a milestone or a
 * comment are Flow components, made when the user asks for them.
 */
@Uses(ProgressBar.class)
@Uses(Checkbox.class)
@Uses(Button.class)
@Uses(Icon.class)
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

    /** Made when "Add a milestone" is clicked. */
    TextField newMilestone;
    Button addMilestone;
    /** Made when the comments are opened. */
    TextArea comment;
    Button sendComment;
    final Div adder = new Div();
    final Div commentArea = new Div();
    /** The goal, its milestones and their buttons; and the comments' toggle. */
    final GoalElement body;
    final GoalElement commentsToggle;

    private final GoalService goals;
    private final GoalCard goal;
    private final boolean editable;
    private final Host host;
    private boolean commentsOpen;

    GoalPanel(GoalService goals, GoalCard goal, boolean editable, Host host) {
        this.goals = goals;
        this.goal = goal;
        this.editable = editable;
        this.host = host;
        addClassNames("tile", "goal-card");
        body = new GoalElement(this::goalData, this::act);
        add(body);
        if (editable) {
            adder.addClassName("milestone-adder");
            add(adder);
        }
        commentArea.addClassName("goal-comments");
        commentsToggle = new GoalElement(this::commentsData, this::act);
        commentArea.add(commentsToggle);
        add(commentArea);
    }

    long goalId() {
        return goal.id();
    }

    /**
     * What the goal's element shows: headline, progress, why and how, the milestones, and what may be done; with
     * {@code texts}, the element's own words (button texts, names for screen readers) in the reader's language.
     */
    ObjectNode goalData() {
        var data = JsonNodeFactory.instance.objectNode().put("part", "goal").put("title", goal.title())
                .put("editable", editable).put("adderOpen", newMilestone != null).put("progress", goal.progress())
                .put("facts", tr("goals.goal.facts", goal.progress(), Formats.date(goal.targetDate()),
                        goal.milestonesDone(), goal.milestones().size()))
                .put("progressSource", progressSource())
                .put("followable", editable && goal.progressByHand() && !goal.milestones().isEmpty())
                .put("pivotedTo", goal.status() == GoalStatus.PIVOTED ? goal.replacedByTitle() : null)
                .put("why", goal.whyItMatters()).put("success", goal.successCriteria());
        var badges = data.putArray("badges");
        badges.addObject().put("className", StatusLabels.cssClass(goal.type()))
                .put("text", tr("goals.type." + goal.type().name()));
        badges.addObject().put("className", StatusLabels.cssClass(goal.status()))
                .put("text", tr("goals.status." + goal.status().name()));
        var steps = data.putArray("milestones");
        goal.milestones().forEach(step -> steps.addObject().put("id", step.id()).put("title", step.title())
                .put("done", step.done()).set("texts", JsonNodeFactory.instance.objectNode()
                        .put("up", tr("goals.milestone.up-name", step.title()))
                        .put("down", tr("goals.milestone.down-name", step.title()))
                        .put("remove", tr("goals.milestone.remove-name", step.title()))));
        data.putObject("texts")
                .put("edit", tr("goals.goal.edit"))
                .put("editName", tr("goals.goal.edit-name", goal.title()))
                .put("status", tr("goals.goal.status"))
                .put("statusName", tr("goals.goal.status-name", goal.title()))
                .put("progressName", tr("goals.goal.progress-name", goal.title(), goal.progress()))
                .put("follow", tr("goals.goal.follow"))
                .put("followName", tr("goals.goal.follow-name", goal.title()))
                .put("pivotedTo", goal.status() == GoalStatus.PIVOTED
                        ? tr("goals.goal.pivoted-to", goal.replacedByTitle()) : null)
                .put("whyAndHow", tr("goals.goal.why-and-how"))
                .put("why", goal.whyItMatters() == null ? null : tr("goals.goal.why", goal.whyItMatters()))
                .put("success", goal.successCriteria() == null ? null
                        : tr("goals.goal.success", goal.successCriteria()))
                .put("noMilestones", editable ? tr("goals.goal.no-milestones-editable")
                        : tr("goals.goal.no-milestones"))
                .put("addMilestone", tr("goals.goal.add-milestone"))
                .put("addMilestoneName", tr("goals.goal.add-milestone-name", goal.title()));
        return data;
    }

    /** What the comments' toggle shows, with its words ({@code texts}) in the reader's language. */
    private ObjectNode commentsData() {
        var data = JsonNodeFactory.instance.objectNode().put("part", "comments").put("title", goal.title())
                .put("comments", goal.comments()).put("open", commentsOpen);
        data.putObject("texts")
                .put("toggle", tr("goals.comments.toggle", goal.comments()))
                .put("toggleName", commentsOpen ? tr("goals.comments.hide-name", goal.title())
                        : tr("goals.comments.show-name", goal.title()));
        return data;
    }

    /** Where the progress comes from (issue 24): the milestones done, or the mentee's own figure. */
    private String progressSource() {
        if (goal.progressByHand()) {
            return tr("goals.goal.progress-by-hand");
        }
        return goal.milestones().isEmpty() ? tr("goals.goal.progress-follows-later")
                : tr("goals.goal.progress-follows");
    }

    /**
     * A button of the panel, as the browser reports it; a milestone id not of this goal is ignored, and so is a
     * change to a goal that can no longer change.
     */
    private void act(String action, String stepId) {
        if (!editable && !action.equals("comments")) {
            return;
        }
        switch (action) {
            case "edit" -> host.edit(goal);
            case "status" -> host.changeStatus(goal);
            case "add" -> openAdder();
            case "comments" -> toggleComments();
            case "follow" -> run(() -> goals.followMilestones(goal.id(), goal.version()),
                    tr("goals.goal.follows-again"));
            default -> step(stepId).ifPresent(step -> {
                switch (action) {
                    case "up" -> run(() -> goals.moveMilestone(goal.id(), goal.version(), step.id(), -1), null);
                    case "down" -> run(() -> goals.moveMilestone(goal.id(), goal.version(), step.id(), 1), null);
                    case "remove" -> confirmRemoval(step);
                    case "done" -> tick(step, true);
                    case "reopen" -> tick(step, false);
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

    private void tick(MilestoneItem step, boolean done) {
        run(() -> goals.tickMilestone(goal.id(), goal.version(), step.id(), done),
                done ? tr("goals.milestone.done", step.title()) : tr("goals.milestone.reopened"));
    }

    private void confirmRemoval(MilestoneItem step) {
        var confirm = new ConfirmDialog(tr("goals.milestone.remove-question"),
                tr("goals.milestone.remove-text", step.title(), goal.title()), tr("goals.milestone.remove"),
                e -> run(() -> goals.removeMilestone(goal.id(), goal.version(), step.id()),
                        tr("goals.milestone.removed")));
        confirm.setCancelable(true);
        confirm.setCancelText(tr("goals.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** The comments are read when they are opened, not for every goal on the page. */
    private void toggleComments() {
        commentsOpen = !commentsOpen;
        commentsToggle.redraw();
        if (commentsOpen) {
            var content = new Div();
            fillComments(content);
            commentArea.add(content);
        } else {
            commentArea.getChildren().filter(c -> c != commentsToggle).toList().forEach(commentArea::remove);
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
        addMilestone = new Button(tr("goals.milestone.add"));
        newMilestone.setPlaceholder(tr("goals.milestone.placeholder"));
        newMilestone.setAriaLabel(tr("goals.milestone.new-name", goal.title()));
        newMilestone.setMaxLength(GoalModels.TITLE_LIMIT);
        newMilestone.addKeyPressListener(Key.ENTER, e -> add());
        addMilestone.addClickListener(e -> add());
        var row = new HorizontalLayout(newMilestone, addMilestone);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        adder.add(row);
        body.redraw(); // without the "Add a milestone" button
        newMilestone.focus();
    }

    private void fillComments(Div content) {
        for (CommentItem c : goals.comments(goal.id())) {
            var line = new Paragraph(new UserText(c.author()),
                    new Text(" · " + Formats.instant(c.createdAt(), "") + ": "), new UserText(c.body()));
            line.addClassName("goal-comment");
            content.add(line);
        }
        comment = TextLimits.area(null, tr("goals.comment.placeholder"), GoalModels.TEXT_LIMIT);
        sendComment = new Button(tr("goals.comment.send"));
        comment.setAriaLabel(tr("goals.comment.name", goal.title()));
        sendComment.addClickListener(e -> {
            if (TextLimits.overLimit(comment)) {
                return;
            }
            try {
                goals.comment(goal.id(), comment.getValue());
                host.saved(tr("goals.comment.added"));
            } catch (BusinessRuleException refusal) {
                comment.setErrorMessage(tr(refusal.text()));
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
                host.refused(tr(refusal.text()));
            } else {
                newMilestone.setErrorMessage(tr(refusal.text()));
                newMilestone.setInvalid(true);
            }
        }
    }

    private void run(Runnable action, String message) {
        try {
            action.run();
            host.saved(message);
        } catch (BusinessRuleException refusal) {
            host.refused(tr(refusal.text()));
        }
    }
}
