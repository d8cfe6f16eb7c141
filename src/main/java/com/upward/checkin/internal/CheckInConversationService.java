package com.upward.checkin.internal;

import com.upward.base.BusinessRuleException;
import com.upward.base.i18n.Text;
import com.upward.base.Role;
import com.upward.base.Texts;
import com.upward.checkin.CheckInMessagePosted;
import com.upward.checkin.CheckInStatus;
import com.upward.directory.Employee;
import com.upward.matching.MentorPairs;
import com.upward.security.CurrentUser;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The short conversation on a submitted check-in between the mentee and their current mentor (issue 24: feedback
 * went one way). Only those two read and write it; HR, executives and anyone else are refused, like the check-in's
 * text. Each message tells the other person, without its text.
 */
@Service
public class CheckInConversationService {

    private static final String EMPLOYEE = "hasRole('" + Role.Names.EMPLOYEE + "')";
    static final String REFUSED = "Only the mentee and their mentor read this conversation.";
    /** A short thread, not a chat: past this, the pair talks in their meeting. */
    public static final int MAX_MESSAGES = 50;
    public static final int MAX_LENGTH = 1000;

    private final EntityManager em;
    private final MentorPairs pairs;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CheckInConversationService(EntityManager em, MentorPairs pairs, CurrentUser currentUser,
                               ApplicationEventPublisher publisher, Clock clock) {
        this.em = em;
        this.pairs = pairs;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    public record Message(long id, String authorName, boolean mine, String body, Instant postedAt) {
    }

    /**
     * {@code otherName}: the mentor for the mentee, the mentee for the mentor (null when the mentee has no mentor
     * now); {@code whyNoReply} is null when the signed-in person may write.
     */
    public record Conversation(long checkInId, boolean asMentee, String otherName, List<Message> messages,
                               Text whyNoReply) {

        public boolean canReply() {
            return whyNoReply == null;
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EMPLOYEE)
    public Conversation conversation(long checkInId) {
        Side side = side(checkInId);
        long me = currentUser.requireEmployeeId();
        List<Message> messages = em.createQuery("""
                        select m from CheckInMessage m join fetch m.author
                        where m.checkIn.id = :checkIn order by m.createdAt, m.id""", CheckInMessage.class)
                .setParameter("checkIn", checkInId).getResultList().stream()
                .map(m -> new Message(m.getId(), m.getAuthor().getFullName(), m.getAuthor().getId() == me,
                        m.getBody(), m.getCreatedAt()))
                .toList();
        Text whyNot = side.otherEmployeeId().isEmpty() ? Text.of("checkin.rule.pair-ended")
                : messages.size() >= MAX_MESSAGES ? Text.of("checkin.rule.conversation-full", MAX_MESSAGES)
                : null;
        String other = side.otherEmployeeId().map(id -> em.find(Employee.class, id).getFullName()).orElse(null);
        return new Conversation(checkInId, side.mentee(), other, messages, whyNot);
    }

    /** Adds a message and tells the other person; refused when the conversation is closed or the text is empty. */
    @Transactional
    @PreAuthorize(EMPLOYEE)
    public Message post(long checkInId, String body) {
        Side side = side(checkInId);
        String text = Texts.checked(body, "message", true);
        if (text.length() > MAX_LENGTH) {
            throw new BusinessRuleException("message", "checkin.rule.message-too-long", MAX_LENGTH);
        }
        long recipient = side.otherEmployeeId().orElseThrow(() -> new BusinessRuleException("message",
                "checkin.rule.pair-ended"));
        Long count = em.createQuery("select count(m) from CheckInMessage m where m.checkIn.id = :checkIn",
                Long.class).setParameter("checkIn", checkInId).getSingleResult();
        if (count >= MAX_MESSAGES) {
            throw new BusinessRuleException("message", "checkin.rule.conversation-full", MAX_MESSAGES);
        }
        Employee author = em.find(Employee.class, currentUser.requireEmployeeId());
        var message = new CheckInMessage(side.checkIn(), author, side.mentee(), text, clock.instant());
        em.persist(message);
        CheckIn ci = side.checkIn();
        publisher.publishEvent(new CheckInMessagePosted(ci.getId(), recipient, side.mentee(), author.getFullName(),
                ci.getEnrollment().getCohort().getName(), ci.getPeriodNumber()));
        return new Message(message.getId(), author.getFullName(), true, text, message.getCreatedAt());
    }

    /** The signed-in person's side of a submitted check-in, and who the other side is now. */
    private record Side(CheckIn checkIn, boolean mentee, Optional<Long> otherEmployeeId) {
    }

    private Side side(long checkInId) {
        CheckIn ci = em.find(CheckIn.class, checkInId);
        if (ci == null || !currentUser.isEmployee()
                || ci.getStatus() != CheckInStatus.SUBMITTED && ci.getStatus() != CheckInStatus.REVIEWED) {
            throw new AccessDeniedException(REFUSED);
        }
        long me = currentUser.requireEmployeeId();
        long enrollment = ci.getEnrollment().getId();
        if (ci.getEnrollment().getEmployee().getId() == me) {
            return new Side(ci, true, pairs.mentorOf(enrollment));
        }
        if (pairs.mentors(me, enrollment)) {
            return new Side(ci, false, Optional.of(ci.getEnrollment().getEmployee().getId()));
        }
        throw new AccessDeniedException(REFUSED);
    }
}
