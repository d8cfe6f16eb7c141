package com.upward.notification.internal;

import com.upward.testsupport.TestTime;
import com.upward.reporting.AtRiskPairs.AtRiskPair;
import com.upward.reporting.OpenHelpRequests.OpenHelpRequest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly HR digest on the demo data, driven by the date it is handed: which pairs are at risk, which help
 * requests are open, and one digest per coordinator per week. Writes are rolled back.
 */
@SpringBootTest
@Tag("db")
@Transactional
class HrDigestTest {

    @Autowired
    HrDigest digest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    /** The demo mentee's running pair. */
    long menteesPair() {
        return jdbc.queryForObject("""
                select a.id from mentor_assignment a join enrollment e on e.id = a.mentee_enrollment_id
                join app_user u on u.employee_id = e.employee_id join cohort c on c.id = a.cohort_id
                where u.username = 'mentee' and a.status = 'ACTIVE' and c.status = 'ACTIVE'""", Long.class);
    }

    LocalDate lastSubmission(long pair) {
        return jdbc.queryForObject("""
                select max(ci.submitted_at) from check_in ci join mentor_assignment a
                on a.mentee_enrollment_id = ci.enrollment_id where a.id = ?
                and ci.status in ('SUBMITTED', 'REVIEWED')""", LocalDateTime.class, pair).toLocalDate();
    }

    static List<Long> pairIds(List<AtRiskPair> rows) {
        return rows.stream().map(AtRiskPair::assignmentId).toList();
    }

    @Test
    void aPairTurnsAtRiskWhenTwoPeriodsPassWithoutASubmission() {
        long pair = menteesPair();
        jdbc.update("update check_in set help_acknowledged_at = ? where help_requested = true",
                TestTime.utcNow());
        LocalDate last = lastSubmission(pair);
        String cadence = jdbc.queryForObject("select c.cadence from cohort c join mentor_assignment a"
                + " on a.cohort_id = c.id where a.id = ?", String.class, pair);
        LocalDate quietUntil = com.upward.program.Cadence.valueOf(cadence).plusPeriods(last, 2);

        assertThat(pairIds(digest.atRiskPairs(quietUntil))).doesNotContain(pair);
        assertThat(digest.atRiskPairs(quietUntil.plusDays(1))).filteredOn(p -> p.assignmentId() == pair)
                .singleElement().extracting(AtRiskPair::reason).asString().startsWith("No check-in since ");
    }

    @Test
    void anUnansweredUrgentHelpRequestIsAtRiskAndListedAsOpenUntilTheMentorAnswers() {
        long pair = menteesPair();
        long submitted = jdbc.queryForObject("select min(id) from check_in where assignment_id = ?"
                + " and status = 'SUBMITTED'", Long.class, pair);
        jdbc.update("update check_in set help_requested = true, help_urgency = 'URGENT',"
                + " help_acknowledged_at = null where id = ?", submitted);
        LocalDate today = lastSubmission(pair);

        assertThat(digest.atRiskPairs(today)).filteredOn(p -> p.assignmentId() == pair).singleElement()
                .extracting(AtRiskPair::reason).isEqualTo("Urgent help request open.");
        assertThat(digest.openHelpRequests()).extracting(OpenHelpRequest::checkInId).contains(submitted);

        jdbc.update("update check_in set help_acknowledged_at = ? where id = ?",
                TestTime.utcNow(), submitted);
        assertThat(digest.openHelpRequests()).extracting(OpenHelpRequest::checkInId).doesNotContain(submitted);
    }

    @Test
    void oneDigestPerCoordinatorPerWeekWithTheListsInTheEmail() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        int coordinators = jdbc.queryForObject("select count(*) from app_user u join user_role r on r.user_id = u.id"
                + " where r.role = 'HR' and u.enabled = true", Integer.class);
        assertThat(digest.send(monday)).isEqualTo(coordinators).isPositive();
        assertThat(digest.send(monday.plusDays(3))).isZero();
        assertThat(digest.send(monday.plusDays(7))).isEqualTo(coordinators);
        em.flush();

        var email = jdbc.queryForMap("""
                select o.subject, o.html_body, o.text_body from email_outbox o join notification n
                on n.id = o.notification_id join app_user u on u.id = n.recipient_id
                where u.username = 'hr' and n.dedup_key = ?""", "hr-digest:" + jdbc.queryForObject(
                "select id from app_user where username = 'hr'", Long.class) + ":2026-W49");
        List<AtRiskPair> atRisk = digest.atRiskPairs(monday);
        assertThat((String) email.get("subject")).startsWith("Weekly digest: " + atRisk.size() + " pair");
        assertThat((String) email.get("text_body")).contains("PAIRS AT RISK").contains("OPEN HELP REQUESTS");
        atRisk.forEach(p -> assertThat((String) email.get("html_body")).contains(p.reason()));
    }
}
