package com.upward.notification.internal;

import com.upward.checkin.DemoCheckIns;
import com.upward.notification.internal.CheckInReminders.OpenCheckIn;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which check-ins the due and overdue jobs pick on a given day, driven by the date the job is handed (the job
 * passes {@code LocalDate.now(clock)}), on the demo mentee's open draft due on day D. Writes are rolled back.
 */
@SpringBootTest
@Tag("db")
@Transactional
class ReminderSelectionTest {

    @Autowired
    CheckInReminders reminders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    long draft;
    LocalDate dueOn;

    @BeforeEach
    void theDemoMenteesDraft() {
        draft = DemoCheckIns.of(jdbc, "mentee", "DRAFT");
        dueOn = jdbc.queryForObject("select due_on from check_in where id = ?", LocalDate.class, draft);
    }

    static List<Long> ids(List<OpenCheckIn> rows) {
        return rows.stream().map(OpenCheckIn::checkInId).toList();
    }

    @Test
    void dueSoonFromTwoDaysBeforeTheDueDateUntilTheDueDate() {
        assertThat(ids(reminders.dueSoon(dueOn.minusDays(3)))).doesNotContain(draft);
        assertThat(ids(reminders.dueSoon(dueOn.minusDays(2)))).contains(draft);
        assertThat(ids(reminders.dueSoon(dueOn))).contains(draft);
        assertThat(ids(reminders.dueSoon(dueOn.plusDays(1)))).doesNotContain(draft);
    }

    @Test
    void overdueOnceTheTwoGraceDaysHavePassedAndForAWeekAfter() {
        assertThat(ids(reminders.newlyOverdue(dueOn.plusDays(2)))).doesNotContain(draft);
        assertThat(ids(reminders.newlyOverdue(dueOn.plusDays(3)))).contains(draft);
        assertThat(ids(reminders.newlyOverdue(dueOn.plusDays(9)))).contains(draft);
        assertThat(ids(reminders.newlyOverdue(dueOn.plusDays(10)))).doesNotContain(draft);
    }

    @Test
    void submittedCheckInsAndEndedPairsAreNeverReminded() {
        long submitted = DemoCheckIns.of(jdbc, "mentee", "SUBMITTED");
        LocalDate submittedDue = jdbc.queryForObject("select due_on from check_in where id = ?", LocalDate.class,
                submitted);
        assertThat(ids(reminders.dueSoon(submittedDue))).doesNotContain(submitted);
        assertThat(ids(reminders.newlyOverdue(submittedDue.plusDays(3)))).doesNotContain(submitted);

        jdbc.update("update mentor_assignment set status = 'ENDED' where id = (select assignment_id from check_in"
                + " where id = ?)", draft);
        assertThat(ids(reminders.dueSoon(dueOn))).doesNotContain(draft);
    }

    @Test
    void theDueReminderIsWrittenOnceWithItsEmailAndCalendarEntryHoweverOftenTheJobRuns() {
        LocalDate today = dueOn.minusDays(2);
        int first = reminders.remindDueSoon(today);
        assertThat(first).isPositive();
        assertThat(reminders.remindDueSoon(today)).isZero();
        assertThat(reminders.remindDueSoon(today.plusDays(1))).isZero();
        em.flush();

        assertThat(jdbc.queryForList("""
                select n.title from notification n join app_user u on u.id = n.recipient_id
                where u.username = 'mentee' and n.dedup_key = ?""", String.class, "check-in-due:" + draft))
                .singleElement().asString().startsWith("Check-in due on ");
        var email = jdbc.queryForMap("""
                select o.recipient_email, o.subject, o.text_body, o.ics_attachment, o.status from email_outbox o
                join notification n on n.id = o.notification_id where n.dedup_key = ?""", "check-in-due:" + draft);
        assertThat(email.get("status")).isEqualTo("PENDING");
        assertThat((String) email.get("text_body")).contains("checkins/" + draft);
        assertThat((String) email.get("ics_attachment")).contains("BEGIN:VEVENT")
                .contains("DTSTART;VALUE=DATE:" + dueOn.toString().replace("-", ""));
    }

    @Test
    void theOverdueReminderGoesToTheMenteeAndTheMentorOnce() {
        LocalDate today = dueOn.plusDays(3);
        reminders.remindOverdue(today);
        assertThat(reminders.remindOverdue(today.plusDays(1))).isZero();
        em.flush();
        assertThat(jdbc.queryForList("""
                select u.username from notification n join app_user u on u.id = n.recipient_id
                where n.dedup_key like ? order by u.username""", String.class, "check-in-overdue:" + draft + ":%"))
                .containsExactly("mentee", "mentor");
    }

    @Test
    void anEmailTurnedOffStillGivesTheInAppNotificationButQueuesNoEmail() {
        jdbc.update("""
                insert into notification_preference (user_id, type, email_enabled)
                select id, 'CHECK_IN_DUE', false from app_user where username = 'mentee'""");
        reminders.remindDueSoon(dueOn);
        em.flush();
        assertThat(jdbc.queryForObject("select count(*) from notification where dedup_key = ?", Integer.class,
                "check-in-due:" + draft)).isOne();
        assertThat(jdbc.queryForObject("""
                select count(*) from email_outbox o join notification n on n.id = o.notification_id
                where n.dedup_key = ?""", Integer.class, "check-in-due:" + draft)).isZero();
    }
}
