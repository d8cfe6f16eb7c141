package com.upward.checkin;

import com.upward.base.BusinessRuleException;
import com.upward.checkin.internal.CheckInConversationService;
import com.upward.checkin.internal.CheckInConversationService.Conversation;
import com.upward.checkin.internal.CheckInService;
import com.upward.checkin.internal.MentorCheckInService;
import com.upward.program.ProgramTestData;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The conversation on a submitted check-in: the mentee and their mentor only, each message told to the other. */
@SpringBootTest
@Tag("db")
@Transactional
@RecordApplicationEvents
class CheckInConversationServiceTest {

    @Autowired
    CheckInConversationService conversations;
    @Autowired
    CheckInService checkIns;
    @Autowired
    MentorCheckInService mentor;
    @Autowired
    ProgramTestData data;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    long submitted;

    /** The demo mentee submits their draft and the mentor gives feedback. */
    @BeforeEach
    void aReviewedCheckIn() {
        submitted = DemoCheckIns.of(jdbc, "mentee", "DRAFT");
        data.signIn("mentee");
        DemoCheckIns.submitWithHelp(checkIns, submitted, HelpUrgency.NORMAL);
        em.flush();
        data.signIn("mentor");
        em.clear();
        mentor.giveFeedback(submitted, mentor.read(submitted).version(), "Try pairing on the next release.", false);
        em.flush();
    }

    long employeeOf(String username) {
        return jdbc.queryForObject("select employee_id from app_user where username = ?", Long.class, username);
    }

    @Test
    void theMenteeRepliesTheMentorAnswersAndEachIsToldWithoutTheText() {
        data.signIn("mentee");
        Conversation empty = conversations.conversation(submitted);
        assertThat(empty.asMentee()).isTrue();
        assertThat(empty.otherName()).isEqualTo("Zoë Ødegård");
        assertThat(empty.messages()).isEmpty();
        assertThat(empty.canReply()).isTrue();

        conversations.post(submitted, "  Thanks! Who would I pair with?  ");
        assertThat(events.stream(CheckInMessagePosted.class)).singleElement().satisfies(posted -> {
            assertThat(posted.recipientEmployeeId()).isEqualTo(employeeOf("mentor"));
            assertThat(posted.toMentor()).isTrue();
            assertThat(posted.checkInId()).isEqualTo(submitted);
        });

        data.signIn("mentor");
        conversations.post(submitted, "Sam, from the platform team.");
        Conversation seenByMentor = conversations.conversation(submitted);
        assertThat(seenByMentor.asMentee()).isFalse();
        assertThat(seenByMentor.messages()).extracting(CheckInConversationService.Message::body)
                .containsExactly("Thanks! Who would I pair with?", "Sam, from the platform team.");
        assertThat(seenByMentor.messages()).extracting(CheckInConversationService.Message::mine)
                .containsExactly(false, true);
        assertThat(events.stream(CheckInMessagePosted.class)).hasSize(2).last().satisfies(posted -> {
            assertThat(posted.recipientEmployeeId()).isEqualTo(employeeOf("mentee"));
            assertThat(posted.toMentor()).isFalse();
        });
        em.flush();
        assertThat(jdbc.queryForObject("select count(*) from check_in_message where check_in_id = ?", Long.class,
                submitted)).isEqualTo(2);
    }

    @Test
    void emptyOrLongMessagesAreRefusedBesideTheField() {
        data.signIn("mentee");
        assertThatThrownBy(() -> conversations.post(submitted, "   "))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getField()).isEqualTo("message"));
        assertThatThrownBy(() -> conversations.post(submitted, "x".repeat(1001)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("Keep a message under 1000 characters.");
    }

    @Test
    void aShortThreadNotAChat() {
        data.signIn("mentee");
        for (int i = 0; i < CheckInConversationService.MAX_MESSAGES; i++) {
            conversations.post(submitted, "Message " + i);
        }
        assertThat(conversations.conversation(submitted).canReply()).isFalse();
        assertThatThrownBy(() -> conversations.post(submitted, "One more"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("reached 50 messages");
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"mentor2", "mentee2", "hr", "exec", "admin"})
    void nobodyElseReadsOrWrites(String username) {
        data.signIn("mentee");
        conversations.post(submitted, "Just between us.");
        data.signIn(username);
        assertThatThrownBy(() -> conversations.conversation(submitted)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversations.post(submitted, "Let me in"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDraftHasNoConversation() {
        long draft = jdbc.queryForObject("""
                select ci.id from check_in ci join enrollment e on e.id = ci.enrollment_id
                join app_user u on u.employee_id = e.employee_id
                where u.username = 'mentee' and ci.status in ('DUE', 'DRAFT') order by ci.id limit 1""",
                Long.class);
        data.signIn("mentee");
        assertThatThrownBy(() -> conversations.conversation(draft)).isInstanceOf(AccessDeniedException.class);
    }
}
