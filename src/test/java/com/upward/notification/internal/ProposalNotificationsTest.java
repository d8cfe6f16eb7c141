package com.upward.notification.internal;

import com.upward.matching.AssignmentStatus;
import com.upward.matching.PairingTestData;
import com.upward.matching.PairProposed;
import com.upward.matching.ProposalClosed;
import com.upward.matching.ProposalClosed.Kind;
import com.upward.matching.internal.MatchingService;
import com.upward.matching.internal.PairingService;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.TestTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who hears of a pair that waits for answers, of a proposal that will not start, and when the people who have not
 * answered are reminded (every three days, three times at most, moved by the clock). The listener is called
 * directly: in the app it runs after the commit; {@code PairingServiceTest} checks what matching publishes.
 */
@SpringBootTest
@Tag("db")
@Transactional
class ProposalNotificationsTest {

    @Autowired
    ProposalNotifications listener;
    ProposalNotifications notifications;
    @Autowired
    ProposalReminders reminders;
    @Autowired
    MatchingService matching;
    @Autowired
    PairingService pairing;
    @Autowired
    ProgramTestData data;
    @Autowired
    PairingTestData pairingData;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void unwrapTheListener() {
        notifications = AopTestUtils.getUltimateTargetObject(listener);
    }

    long employeeOf(String username) {
        return jdbc.queryForObject("select employee_id from app_user where username = ?", Long.class, username);
    }

    long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    List<String> toldSince(String username, long lastIdBefore) {
        return jdbc.queryForList("""
                select concat(n.type, ': ', n.title, ' | ', coalesce(n.body, '')) from notification n
                join app_user u on u.id = n.recipient_id where u.username = ? and n.id > ? order by n.id""",
                String.class, username, lastIdBefore);
    }

    long lastNotification() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
    }

    ProposalClosed closed(Kind kind) {
        return new ProposalClosed(kind, -1, -2, "Spring cohort", userId("hr"), employeeOf("mentor"), "Zoë Ødegård",
                employeeOf("mentee"), "Łukasz Wiśniewski", "Too busy this quarter");
    }

    @Test
    void aProposalAsksBothPeopleAndARequestAsksTheMentor() {
        long before = lastNotification();
        notifications.on(new PairProposed(-1, -2, "Spring cohort", employeeOf("mentor"), "Zoë Ødegård",
                employeeOf("mentee"), "Łukasz Wiśniewski", false));
        assertThat(toldSince("mentee", before)).singleElement().asString()
                .startsWith("PAIR_PROPOSED: Proposed mentor: Zoë Ødegård");
        assertThat(toldSince("mentor", before)).singleElement().asString()
                .startsWith("PAIR_PROPOSED: Proposed mentee: Łukasz Wiśniewski");

        long afterFirst = lastNotification();
        notifications.on(new PairProposed(-1, -2, "Spring cohort", employeeOf("mentor"), "Zoë Ødegård",
                employeeOf("mentee"), "Łukasz Wiśniewski", true));
        assertThat(toldSince("mentee", afterFirst)).isEmpty();
        assertThat(toldSince("mentor", afterFirst)).singleElement().asString()
                .startsWith("PAIR_PROPOSED: Łukasz Wiśniewski asks you to be their mentor");
    }

    @Test
    void aDeclineTellsTheOtherWithoutTheReasonAndTheOwnerWithIt() {
        long before = lastNotification();
        notifications.on(closed(Kind.DECLINED_BY_MENTOR));
        assertThat(toldSince("mentee", before)).singleElement().asString()
                .startsWith("PAIR_ENDED: Your proposed mentor declined").doesNotContain("Too busy");
        assertThat(toldSince("mentor", before)).isEmpty();
        assertThat(toldSince("hr", before)).singleElement().asString()
                .startsWith("PAIR_DECLINED: Pair declined in Spring cohort")
                .contains("Zoë Ødegård (mentor) declined", "Too busy this quarter");
    }

    @Test
    void aWithdrawalByHrTellsBothAndNotTheOwner() {
        long before = lastNotification();
        notifications.on(closed(Kind.WITHDRAWN_BY_HR));
        assertThat(toldSince("mentee", before)).singleElement().asString().startsWith("PAIR_ENDED: Proposal withdrawn");
        assertThat(toldSince("mentor", before)).singleElement().asString().startsWith("PAIR_ENDED: Proposal withdrawn");
        assertThat(toldSince("hr", before)).isEmpty();
    }

    @Test
    void peopleWhoHaveNotAnsweredAreRemindedEveryThreeDaysThreeTimesAtMost() {
        var people = pairingData.cohortWith(true, false);
        long pair = matching.assign(people.cohort(), people.mentor().getId(), people.mentee().getId(), null).assignmentId();
        data.flushAndClear();
        long before = lastNotification();

        TestTime.clock().advance(Duration.ofDays(2));
        assertThat(reminders.remind()).isZero();
        TestTime.clock().advance(Duration.ofDays(1)); // three days
        assertThat(reminders.remind()).isEqualTo(2);
        assertThat(reminders.remind()).as("a repeated run sends nothing new").isZero();
        assertThat(toldSince("mentor", before)).singleElement().asString()
                .startsWith("PAIR_PROPOSED: Waiting for your answer: ").contains("waited 3 days");

        data.signIn("mentee");
        pairing.accept(pair);
        data.flushAndClear();
        TestTime.clock().advance(Duration.ofDays(3)); // six days: only the mentor still owes an answer
        assertThat(reminders.remind()).isEqualTo(1);
        TestTime.clock().advance(Duration.ofDays(3));
        assertThat(reminders.remind()).isEqualTo(1);
        TestTime.clock().advance(Duration.ofDays(3)); // twelve days: three reminders were enough
        assertThat(reminders.remind()).isZero();
        assertThat(toldSince("mentor", before)).hasSize(3);
        assertThat(toldSince("mentee", before)).hasSize(1);
        assertThat(jdbc.queryForObject("select status from mentor_assignment where id = ?", String.class, pair))
                .isEqualTo(AssignmentStatus.PROPOSED.name());
    }
}
