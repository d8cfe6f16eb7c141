package com.upward.goals.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.Formats;
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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
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

/** One goal: what it is, its progress, its milestones to tick off and reorder, and the comments on it. */
class GoalPanel extends Div {

    /** What the panel asks of the page around it. */
    interface Host {
        void saved(String message);

        void refused(String message);

        void edit(GoalCard goal);

        void changeStatus(GoalCard goal);
    }

    final List<Checkbox> milestoneBoxes = new ArrayList<>();
    final TextField newMilestone = new TextField();
    final Button addMilestone = new Button("Add");
    final TextArea comment = TextLimits.area(null, "Write a comment for your mentor", GoalViews.TEXT_LIMIT);
    final Button sendComment = new Button("Comment");

    private final GoalService goals;
    private final GoalCard goal;
    private final Host host;

    GoalPanel(GoalService goals, GoalCard goal, boolean editable, Host host) {
        this.goals = goals;
        this.goal = goal;
        this.host = host;
        addClassNames("tile", "goal-card");
        var title = new H3(goal.title());
        var head = new HorizontalLayout(title, StatusLabels.badge(goal.type()), StatusLabels.badge(goal.status()));
        head.setAlignItems(FlexComponent.Alignment.CENTER);
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
        add(head);

        var bar = new ProgressBar(0, 100, goal.progress());
        bar.getElement().setAttribute("aria-label", "Progress of " + goal.title() + ": " + goal.progress() + "%");
        var facts = new Span(goal.progress() + "% · target " + Formats.date(goal.targetDate()) + " · "
                + goal.milestonesDone() + " of " + goal.milestones().size() + " milestones done");
        facts.addClassName("goal-facts");
        add(bar, facts);
        if (goal.status() == GoalStatus.PIVOTED && goal.replacedByTitle() != null) {
            var pivot = new Paragraph("Pivoted to: " + goal.replacedByTitle());
            pivot.addClassName("goal-pivot");
            add(pivot);
        }
        if (goal.whyItMatters() != null || goal.successCriteria() != null) {
            var text = new Div();
            if (goal.whyItMatters() != null) {
                text.add(new Paragraph("Why it matters: " + goal.whyItMatters()));
            }
            if (goal.successCriteria() != null) {
                text.add(new Paragraph("Success looks like: " + goal.successCriteria()));
            }
            add(new Details("Why and how you'll know", text));
        }
        add(milestones(editable));
        add(comments());
    }

    private Div milestones(boolean editable) {
        var list = new Div();
        list.addClassName("milestones");
        list.getElement().setAttribute("role", "list");
        List<MilestoneItem> steps = goal.milestones();
        for (int i = 0; i < steps.size(); i++) {
            MilestoneItem step = steps.get(i);
            var box = new Checkbox(step.title(), step.done());
            box.setReadOnly(!editable);
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    run(() -> goals.tickMilestone(goal.id(), goal.version(), step.id(), e.getValue()),
                            e.getValue() ? "Milestone done: " + step.title() + "." : "Milestone reopened.");
                }
            });
            milestoneBoxes.add(box);
            var row = new HorizontalLayout(box);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassName("milestone");
            row.getElement().setAttribute("role", "listitem");
            if (editable) {
                row.add(iconButton(VaadinIcon.ARROW_UP, "Move up: " + step.title(), i > 0, () -> run(
                        () -> goals.moveMilestone(goal.id(), goal.version(), step.id(), -1), null)),
                        iconButton(VaadinIcon.ARROW_DOWN, "Move down: " + step.title(), i < steps.size() - 1,
                                () -> run(() -> goals.moveMilestone(goal.id(), goal.version(), step.id(), 1), null)),
                        iconButton(VaadinIcon.TRASH, "Remove: " + step.title(), true, () -> confirmRemoval(step)));
            }
            list.add(row);
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

    private Button iconButton(VaadinIcon icon, String label, boolean enabled, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.setEnabled(enabled);
        return button;
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
