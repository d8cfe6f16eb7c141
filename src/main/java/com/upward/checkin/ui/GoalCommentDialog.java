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

import static com.upward.base.ui.Translations.tr;

/** The mentor reads the comments on one of their mentee's goals and adds one. */
class GoalCommentDialog extends Dialog {

    final TextArea comment = TextLimits.area(tr("checkin.goal-comments.comment"),
            tr("checkin.goal-comments.placeholder"), Texts.LIMIT);
    final Button send = new Button(tr("checkin.goal-comments.send"));

    GoalCommentDialog(GoalService goals, long goalId, String title) {
        setHeaderTitle(tr("checkin.goal-comments.title", title));
        setWidth("min(36rem, 96vw)");
        var earlier = goals.comments(goalId);
        if (earlier.isEmpty()) {
            add(new Paragraph(tr("checkin.goal-comments.none")));
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
                Toasts.success(tr("checkin.goal-comments.added"));
                close();
            } catch (BusinessRuleException refusal) {
                comment.setErrorMessage(tr(refusal.text()));
                comment.setInvalid(true);
            }
        });
        getFooter().add(new Button(tr("checkin.goal-comments.cancel"), e -> close()), send);
    }
}
