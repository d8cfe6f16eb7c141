package com.upward.checkin.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.Texts;
import com.upward.base.ui.Formats;
import com.upward.base.ui.TextLimits;
import com.upward.base.ui.Toasts;
import com.upward.base.ui.UserText;
import com.upward.goals.GoalService;
import com.upward.goals.GoalModels.CommentItem;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** The mentor reads the comments on one of their mentee's goals and adds one. */
class GoalCommentDialog extends Dialog {

    final TextArea comment = TextLimits.area("Your comment", "A question, an idea, a resource for this goal",
            Texts.LIMIT);
    final Button send = new Button("Comment");

    GoalCommentDialog(GoalService goals, long goalId, String title) {
        setHeaderTitle("Comments on \"" + title + "\"");
        setWidth("min(36rem, 96vw)");
        var earlier = goals.comments(goalId);
        if (earlier.isEmpty()) {
            add(new Paragraph("No comments yet."));
        }
        for (CommentItem c : earlier) {
            add(new Paragraph(new UserText(c.author()), new Text(" · " + Formats.instant(c.createdAt(), "") + ": "),
                    new UserText(c.body())));
        }
        add(comment);
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> {
            if (TextLimits.overLimit(comment)) {
                return;
            }
            try {
                goals.comment(goalId, comment.getValue());
                Toasts.success("Comment added.");
                close();
            } catch (BusinessRuleException refusal) {
                comment.setErrorMessage(refusal.getMessage());
                comment.setInvalid(true);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), send);
    }
}
