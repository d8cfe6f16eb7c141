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

/**
 * A check-in's conversation between the mentee and their mentor, on both their pages: the messages, oldest first,
 * then a reply box. What each may read and write is the service's decision; this shows it.
 */
class ConversationPanel extends Div {

    final TextArea reply = TextLimits.area("Your message", "Ask about the feedback, say what you tried, or thank "
            + "them.", CheckInConversationService.MAX_LENGTH);
    final Button send = new Button("Send message");
    final Div messages = new Div();
    private final H3 heading = new H3();
    private final Paragraph closed = new Paragraph();
    private final CheckInConversationService conversations;
    private final long checkInId;

    ConversationPanel(CheckInConversationService conversations, long checkInId) {
        this.conversations = conversations;
        this.checkInId = checkInId;
        addClassNames("checkin-section", "checkin-conversation");
        var privacy = new Paragraph("Only the two of you see this conversation; HR and executives never do.");
        privacy.addClassName("page-intro");
        messages.addClassName("conversation-messages");
        messages.getElement().setAttribute("role", "log");
        closed.addClassName("page-intro");
        reply.setHelperText("Ctrl+Enter sends.");
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
            var author = new Span((message.mine() ? "You" : message.authorName()) + " · "
                    + Formats.instant(message.postedAt(), ""));
            author.addClassName("conversation-author");
            var body = new Paragraph(message.body());
            var item = new Div(author, body);
            item.addClassNames("conversation-message", message.mine() ? "mine" : "theirs");
            messages.add(item);
        }
        if (conversation.messages().isEmpty()) {
            messages.add(new Paragraph(conversation.asMentee()
                    ? "No messages yet. Ask your mentor about their feedback, or tell them what you tried."
                    : "No messages yet. Ask how it went, or follow up on your feedback."));
        }
        closed.setText(conversation.canReply() ? "" : conversation.whyNoReply());
        closed.setVisible(!conversation.canReply());
        reply.setVisible(conversation.canReply());
        send.setVisible(conversation.canReply());
    }

    private static String heading(Conversation conversation) {
        return conversation.otherName() == null ? "Conversation" : "Conversation with " + conversation.otherName();
    }

    private void send() {
        if (TextLimits.overLimit(reply)) {
            return;
        }
        try {
            conversations.post(checkInId, reply.getValue());
        } catch (BusinessRuleException refusal) {
            reply.setErrorMessage(refusal.getMessage());
            reply.setInvalid(true);
            return;
        }
        reply.clear();
        reply.setInvalid(false);
        refresh();
    }
}
