package com.upward.notification.internal;

import com.upward.program.CohortCompleted;
import com.upward.program.CohortStarted;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Cohort started" and "cohort completed", with the survey link, to everyone taking part; once each. Calls the
 * listener itself: in the app it runs after the step's commit ({@code CohortLifecycleTest} takes that path).
 */
@SpringBootTest
@Tag("db")
@Transactional
class CohortNotificationsTest {

    @Autowired
    CohortNotifications listener;
    /** The listener itself: through its proxy it would run on another thread, after a commit that never comes. */
    CohortNotifications notifications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    @BeforeEach
    void unwrapTheListener() {
        notifications = AopTestUtils.getUltimateTargetObject(listener);
    }

    Map<String, Object> cohort(String status) {
        return jdbc.queryForMap("select id, name from cohort where status = ? order by id limit 1", status);
    }

    List<Map<String, Object>> sent(String type, long cohortId) {
        em.flush();
        return jdbc.queryForList("""
                select u.username, n.link from notification n join app_user u on u.id = n.recipient_id
                where n.type = ? and n.dedup_key like ? order by u.username""", type, "%:" + cohortId + ":%");
    }

    @Test
    void whenACohortStartsMenteesGetTheStartSurveyAndMentorsTheirMentees() {
        var cohort = cohort("ACTIVE");
        long id = ((Number) cohort.get("id")).longValue();
        var started = new CohortStarted(id, (String) cohort.get("name"), LocalDate.EPOCH, LocalDate.EPOCH);
        notifications.on(started);
        notifications.on(started);

        long startSurvey = jdbc.queryForObject("select id from survey where cohort_id = ? and kind = 'GROWTH_START'",
                Long.class, id);
        int accepted = jdbc.queryForObject("""
                select count(*) from enrollment e join app_user u on u.employee_id = e.employee_id
                where e.cohort_id = ? and e.status = 'ACCEPTED' and u.enabled = true""", Integer.class, id);
        List<Map<String, Object>> sent = sent("COHORT_STARTED", id);
        assertThat(sent).hasSize(accepted);
        assertThat(sent).filteredOn(n -> n.get("username").equals("mentee")).singleElement()
                .extracting(n -> n.get("link")).isEqualTo("surveys/" + startSurvey);
        assertThat(sent).filteredOn(n -> n.get("username").equals("mentor")).singleElement()
                .extracting(n -> n.get("link")).isEqualTo("mentees");
    }

    @Test
    void whenACohortIsCompletedEveryoneGetsTheClosingSurvey() {
        var cohort = cohort("COMPLETED");
        long id = ((Number) cohort.get("id")).longValue();
        notifications.on(new CohortCompleted(id, (String) cohort.get("name"), LocalDate.EPOCH, LocalDate.EPOCH, "done"));

        long closing = jdbc.queryForObject("select id from survey where cohort_id = ? and kind = 'CLOSING'",
                Long.class, id);
        List<Map<String, Object>> sent = sent("COHORT_COMPLETED", id);
        assertThat(sent).isNotEmpty().allSatisfy(n -> assertThat(n.get("link")).isEqualTo("surveys/" + closing));
        assertThat(jdbc.queryForObject("""
                select count(*) from email_outbox o join notification n on n.id = o.notification_id
                where n.type = 'COHORT_COMPLETED' and n.dedup_key like ?""", Integer.class, "%:" + id + ":%"))
                .isEqualTo(sent.size());
    }
}
