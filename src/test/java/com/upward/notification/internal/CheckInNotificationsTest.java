package com.upward.notification.internal;

import com.upward.checkin.CheckInSubmitted;
import com.upward.checkin.HelpUrgency;
import com.upward.checkin.FeedbackGiven;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who hears of a check-in and of the mentor's feedback. Calls the listener itself: in the app it runs after the
 * commit of the check-in ({@code EventRetryTest} takes that path); the check-in tests check what is published.
 */
@SpringBootTest
@Tag("db")
@Transactional
class CheckInNotificationsTest {

    @Autowired
    CheckInNotifications listener;
    /** The listener itself: through its proxy it would run on another thread, after a commit that never comes. */
    CheckInNotifications notifications;
    @Autowired
    JdbcTemplate jdbc;

    long before;

    @BeforeEach
    void unwrapTheListener() {
        notifications = AopTestUtils.getUltimateTargetObject(listener);
        before = jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
    }

    long employeeOf(String username) {
        return jdbc.queryForObject("select employee_id from app_user where username = ?", Long.class, username);
    }

    /** The titles this test's calls wrote (earlier tests may have told the same people). */
    List<String> titlesFor(String username, String type) {
        return jdbc.queryForList("""
                select n.title from notification n join app_user u on u.id = n.recipient_id
                where u.username = ? and n.type = ? and n.id > ? order by n.id""", String.class, username, type,
                before);
    }

    CheckInSubmitted submitted(String menteeName, boolean first, HelpUrgency urgency) {
        return new CheckInSubmitted(-7, -8, "Spring cohort", employeeOf("mentee"), menteeName, employeeOf("mentor"),
                first, urgency != null, urgency);
    }

    @Test
    void anUrgentHelpRequestReachesTheMentorAndHrWithTheLinkButNoText() {
        notifications.on(submitted("Łukasz Wiśniewski", true, HelpUrgency.URGENT));

        assertThat(titlesFor("mentor", "CHECK_IN_SUBMITTED")).containsExactly("Check-in from Łukasz Wiśniewski");
        assertThat(titlesFor("mentor", "HELP_REQUESTED")).containsExactly("Urgent help request from Łukasz Wiśniewski");
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                where u.username = 'mentor' and n.link = 'mentees/checkins/-7' and n.id > ?""", Long.class, before))
                .isEqualTo(2);
        assertThat(titlesFor("hr", "HELP_REQUESTED")).containsExactly("Urgent help request in Spring cohort");
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join user_role r on r.user_id = n.recipient_id
                where r.role = 'HR' and n.type = 'HELP_REQUESTED' and n.link = 'cohorts/-8' and n.id > ?""", Long.class,
                before))
                .isPositive();
    }

    @Test
    void aHelpRequestThatIsNotUrgentStaysWithTheMentorAndAResubmissionIsNotNewsAgain() {
        notifications.on(submitted("Łukasz Wiśniewski", false, HelpUrgency.NORMAL));

        assertThat(titlesFor("mentor", "CHECK_IN_SUBMITTED")).isEmpty();
        assertThat(titlesFor("mentor", "HELP_REQUESTED")).containsExactly("Help request from Łukasz Wiśniewski");
        assertThat(titlesFor("hr", "HELP_REQUESTED")).isEmpty();
    }

    @Test
    void theLongestNamesStillMakeTitlesThatFit() {
        notifications.on(submitted("<b>" + "F".repeat(97) + " " + "L".repeat(100), true, HelpUrgency.URGENT));

        assertThat(titlesFor("mentor", "CHECK_IN_SUBMITTED")).singleElement()
                .satisfies(t -> assertThat(t).startsWith("Check-in from <b>F").hasSizeLessThanOrEqualTo(200));
        assertThat(titlesFor("mentor", "HELP_REQUESTED")).singleElement()
                .satisfies(t -> assertThat(t).startsWith("Urgent help request from <b>F")
                        .hasSizeLessThanOrEqualTo(200));
    }

    @Test
    void theMenteeHearsOfTheMentorsFeedback() {
        notifications.on(new FeedbackGiven(-7, employeeOf("mentee"), "Zoë Ødegård", "Spring cohort", 3));

        assertThat(titlesFor("mentee", "MENTOR_FEEDBACK")).containsExactly("Feedback from Zoë Ødegård");
        assertThat(jdbc.queryForObject("""
                select n.body from notification n join app_user u on u.id = n.recipient_id
                where u.username = 'mentee' and n.type = 'MENTOR_FEEDBACK' and n.id > ?""", String.class, before))
                .isEqualTo("Zoë Ødegård reviewed your check-in for period 3 in Spring cohort.");
    }
}
