package com.upward.checkin.ui;

import com.upward.base.BusinessRuleException;
import com.upward.base.ui.Formats;
import com.upward.base.ui.TextLimits;
import com.upward.checkin.internal.CheckInConversationService;
import com.upward.checkin.internal.CheckInConversationService.Conversation;
import com.upward.checkin.internal.CheckInConversationService.Message;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import static com.upward.base.ui.Translations.tr;

/**
 * A check-in's conversation between the mentee and their mentor, on both their pages: the messages, oldest first,
 * then a reply box. What each may read and write is the service's decision; this shows it.
 */
class ConversationPanel extends Div {

    final TextArea reply = TextLimits.area(tr("checkin.conversation.reply"),
            tr("checkin.conversation.reply-placeholder"), CheckInConversationService.MAX_LENGTH);
    final Button send = new Button(tr("checkin.conversation.send"));
    final Div messages = new Div();
    private final H3 heading = new H3();
    private final Paragraph closed = new Paragraph();
    private final CheckInConversationService conversations;
    private final long checkInId;

    ConversationPanel(CheckInConversationService conversations, long checkInId) {
        this.conversations = conversations;
        this.checkInId = checkInId;
        addClassNames("checkin-section", "checkin-conversation");
        var privacy = new Paragraph(tr("checkin.conversation.privacy"));
        privacy.addClassName("page-intro");
        messages.addClassName("conversation-messages");
        messages.getElement().setAttribute("role", "log");
        closed.addClassName("page-intro");
        reply.setHelperText(tr("checkin.conversation.shortcut"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(reply);
        send.addClickListener(e -> send());
        add(heading, privacy, messages, closed, reply, send);
        refresh();
    }

    void refresh() {
        Conversation conversation = conversations.conversation(checkInId);
        messages.getElement().setAttribute("aria-label", heading(conversation));
        heading.setText(heading(conversation));
        messages.removeAll();
        for (Message message : conversation.messages()) {
            String postedAt = Formats.instant(message.postedAt(), "");
            var author = new Span(message.mine() ? tr("checkin.conversation.by-you", postedAt)
                    : tr("checkin.conversation.by", message.authorName(), postedAt));
            author.addClassName("conversation-author");
            var body = new Paragraph(message.body());
            var item = new Div(author, body);
            item.addClassNames("conversation-message", message.mine() ? "mine" : "theirs");
            messages.add(item);
        }
        if (conversation.messages().isEmpty()) {
            messages.add(new Paragraph(conversation.asMentee() ? tr("checkin.conversation.empty-for-mentee")
                    : tr("checkin.conversation.empty-for-mentor")));
        }
        closed.setText(conversation.canReply() ? "" : tr(conversation.whyNoReply()));
        closed.setVisible(!conversation.canReply());
        reply.setVisible(conversation.canReply());
        send.setVisible(conversation.canReply());
    }

    private static String heading(Conversation conversation) {
        return conversation.otherName() == null ? tr("checkin.conversation.title")
                : tr("checkin.conversation.title-with", conversation.otherName());
    }

    private void send() {
        if (TextLimits.overLimit(reply)) {
            return;
        }
        try {
            conversations.post(checkInId, reply.getValue());
        } catch (BusinessRuleException refusal) {
            reply.setErrorMessage(tr(refusal.text()));
            reply.setInvalid(true);
            return;
        }
        reply.clear();
        reply.setInvalid(false);
        refresh();
    }
}
