package com.upward.demo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data has the promised shape, with real numbers, on the test database: MariaDB/MySQL when
 * UPWARD_TEST_DB_URL is set, else an H2 database of its own, so that rows other tests commit cannot stop the
 * generator (it only runs on an empty directory).
 */
@SpringBootTest(properties = "spring.datasource.url=${UPWARD_TEST_DB_URL:jdbc:h2:mem:upward-demo-test;MODE=MySQL;"
        + "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1}")
@Tag("db")
class DemoDataGeneratorTest {

    static final List<String> TABLES = List.of("employee", "employee_skill", "employee_interest", "employee_language",
            "app_user", "user_role", "program", "cohort", "enrollment", "enrollment_topic", "mentor_assignment",
            "assignment_event", "goal", "milestone", "goal_comment", "check_in", "check_in_goal_update",
            "check_in_revision", "mentor_feedback", "survey", "survey_question", "survey_response", "survey_answer",
            "notification", "audit_event");

    @Autowired
    DataSource dataSource;
    @Autowired
    DemoDataGenerator generator;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Clock clock;

    JdbcTemplate jdbc;
    LocalDate today;

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(dataSource);
        today = LocalDate.now(clock);
    }

    @Test
    void directoryHasAbout150EmployeesInEightDepartmentsWithAReportingTree() {
        int employees = count("SELECT COUNT(*) FROM employee");
        assertThat(employees).isBetween(140, 160);
        assertThat(jdbc.queryForList("SELECT DISTINCT department FROM employee", String.class))
                .containsExactlyInAnyOrder("Engineering", "Product", "Design", "Sales", "Marketing", "Finance",
                        "People", "Operations");
        assertThat(count("SELECT COUNT(*) FROM employee WHERE job_level = 10 AND manager_id IS NULL")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM employee WHERE manager_id IS NULL")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM employee WHERE job_level BETWEEN 8 AND 9")).isEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM employee WHERE active = FALSE")).as("retired, and the leavers of the"
                + " history").isBetween(3 + DemoDirectoryHistory.LEAVERS, 4 + DemoDirectoryHistory.LEAVERS);
        assertThat(count("SELECT COUNT(DISTINCT location) FROM employee")).isEqualTo(6);
        assertThat(jdbc.queryForList("SELECT DISTINCT time_zone FROM employee", String.class))
                .contains("Europe/Berlin", "Europe/London", "America/New_York", "America/Chicago", "Europe/Warsaw",
                        "Asia/Singapore");
        List<String> names = jdbc.queryForList("SELECT CONCAT(first_name, ' ', last_name) FROM employee",
                String.class);
        assertThat(names).contains("Zoë Ødegård", "Łukasz Wiśniewski", "Ана Петрова").doesNotHaveDuplicates();
        assertThat(jdbc.queryForList("SELECT email FROM employee", String.class))
                .allMatch(e -> e.matches("[a-z0-9]+\\.[a-z0-9]+@upward\\.example"))
                .contains("zoe.odegard@upward.example", "lukasz.wisniewski@upward.example",
                        "ana.petrova@upward.example");
        assertThat(jdbc.queryForList("SELECT employee_number FROM employee", String.class))
                .allMatch(n -> n.matches("E1\\d{4}")).doesNotHaveDuplicates();
        assertThat(count("SELECT COUNT(*) FROM employee e WHERE NOT EXISTS "
                + "(SELECT 1 FROM employee_skill s WHERE s.employee_id = e.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM employee e WHERE NOT EXISTS "
                + "(SELECT 1 FROM employee_language l WHERE l.employee_id = e.id AND l.language = 'English')")).isZero();
    }

    @Test
    void threeCohortsCompletedActiveAndEnrollingAroundToday() {
        Map<String, Map<String, Object>> cohorts = new HashMap<>();
        jdbc.queryForList("SELECT * FROM cohort").forEach(c -> cohorts.put((String) c.get("status"), c));
        assertThat(cohorts).containsOnlyKeys("COMPLETED", "ACTIVE", "ENROLLING");
        Map<String, Object> a = cohorts.get("COMPLETED");
        Map<String, Object> b = cohorts.get("ACTIVE");
        Map<String, Object> c = cohorts.get("ENROLLING");
        assertThat(date(a, "ends_on")).isBetween(today.minusDays(75), today.minusDays(45));
        assertThat(date(b, "starts_on")).isBefore(today.minusDays(80));
        assertThat(date(b, "ends_on")).isAfter(today.plusDays(75));
        assertThat(date(c, "enrollment_opens_on")).isBeforeOrEqualTo(today);
        assertThat(date(c, "enrollment_closes_on")).isAfterOrEqualTo(today).isBefore(date(c, "starts_on"));
        assertThat(date(c, "starts_on")).isBetween(today.plusDays(25), today.plusDays(40));
        assertThat(b.get("cadence")).isEqualTo("BIWEEKLY");
        assertThat(count("SELECT COUNT(*) FROM program")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM mentor_assignment WHERE cohort_id = ?", c.get("id"))).isZero();
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM enrollment WHERE cohort_id = ?", String.class,
                c.get("id"))).contains("APPLIED", "ACCEPTED", "WAITLISTED");
        for (Map<String, Object> cohort : cohorts.values()) {
            assertThat(count("SELECT COUNT(*) FROM enrollment WHERE cohort_id = ? AND side = 'MENTOR'",
                    cohort.get("id"))).isBetween(10, 15);
            assertThat(count("SELECT COUNT(*) FROM enrollment WHERE cohort_id = ? AND side = 'MENTEE'",
                    cohort.get("id"))).isBetween(20, 30);
        }
    }

    @Test
    void everyDemoAccountExistsWithItsRolesAndThePasswordUpward() {
        for (DemoAccounts.DemoAccount account : DemoAccounts.ALL) {
            Map<String, Object> user = jdbc.queryForMap("SELECT * FROM app_user WHERE username = ?",
                    account.username());
            assertThat(passwordEncoder.matches(account.password(), (String) user.get("password_hash")))
                    .as(account.username()).isTrue();
            assertThat(jdbc.queryForList("SELECT role FROM user_role WHERE user_id = ?", String.class,
                    user.get("id"))).as(account.username()).containsExactlyInAnyOrderElementsOf(account.roles());
            assertThat(user.get("employee_id")).as(account.username())
                    .matches(id -> account == DemoAccounts.ADMIN ? id == null : id != null);
        }
        assertThat(jdbc.queryForObject("SELECT display_name FROM app_user WHERE username = 'admin'", String.class))
                .isEqualTo("Alex Admin");
        assertThat(employeeOf("exec").get("job_level")).isEqualTo(10);
        assertThat(employeeOf("hr").get("department")).isEqualTo("People");
        assertThat(count("SELECT COUNT(*) FROM enrollment e WHERE NOT EXISTS "
                + "(SELECT 1 FROM app_user u WHERE u.employee_id = e.employee_id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM app_user u JOIN employee e ON e.id = u.employee_id "
                + "WHERE u.email <> e.email")).isZero();
        // every account with the shared password is marked, so the sign-in page can warn (issue 21)
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE demo_account = FALSE")).isZero();
    }

    @Test
    void demoMenteeAndMentorHaveTheirStories() {
        Object mentee = employeeOf("mentee").get("id");
        Object mentor = employeeOf("mentor").get("id");
        assertThat(count("SELECT COUNT(*) FROM mentor_assignment a JOIN enrollment e ON e.id = a.mentee_enrollment_id "
                + "JOIN cohort c ON c.id = a.cohort_id WHERE e.employee_id = ? AND a.status = 'ACTIVE' "
                + "AND c.status = 'ACTIVE'", mentee)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM enrollment e JOIN cohort c ON c.id = e.cohort_id "
                + "WHERE e.employee_id = ? AND e.side = 'MENTEE' AND c.status IN ('ACTIVE', 'COMPLETED')", mentee))
                .isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM goal g JOIN enrollment e ON e.id = g.enrollment_id "
                + "WHERE e.employee_id = ?", mentee)).isGreaterThanOrEqualTo(4);
        List<Map<String, Object>> checkIns = jdbc.queryForList("SELECT ci.* FROM check_in ci "
                + "JOIN enrollment e ON e.id = ci.enrollment_id JOIN cohort c ON c.id = e.cohort_id "
                + "WHERE e.employee_id = ? AND c.status = 'ACTIVE'", mentee);
        assertThat(checkIns).anyMatch(this::isLate).anyMatch(this::isOverdue)
                .anyMatch(ci -> ci.get("status").equals("DRAFT") && date(ci, "due_on").isAfter(today));
        assertThat(count("SELECT COUNT(*) FROM mentor_assignment a JOIN enrollment e ON e.id = a.mentor_enrollment_id "
                + "JOIN cohort c ON c.id = a.cohort_id WHERE e.employee_id = ? AND a.status = 'ACTIVE' "
                + "AND c.status = 'ACTIVE'", mentor)).isBetween(2, 3);
        assertThat(count("SELECT COUNT(*) FROM mentor_assignment a JOIN enrollment e ON e.id = a.mentor_enrollment_id "
                + "JOIN cohort c ON c.id = a.cohort_id WHERE e.employee_id = ? AND c.status = 'COMPLETED'", mentor))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id "
                + "WHERE u.username = 'mentee' AND n.read_at IS NULL")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM assignment_event WHERE event_type = 'REMATCHED' "
                + "AND previous_assignment_id IS NOT NULL AND old_score IS NOT NULL")).isEqualTo(1);
    }

    @Test
    void noPairBreaksTheReportingLineOrTheMentorsCapacity() {
        Map<Long, Long> managers = new HashMap<>();
        jdbc.query("SELECT id, manager_id FROM employee", rs -> {
            long managerId = rs.getLong("manager_id");
            managers.put(rs.getLong("id"), rs.wasNull() ? null : managerId);
        });
        List<Map<String, Object>> pairs = jdbc.queryForList("SELECT a.*, mr.employee_id AS mentor_id, "
                + "me.employee_id AS mentee_id, c.max_mentees_per_mentor, c.ends_on AS cohort_ends_on "
                + "FROM mentor_assignment a JOIN enrollment mr ON mr.id = a.mentor_enrollment_id "
                + "JOIN enrollment me ON me.id = a.mentee_enrollment_id JOIN cohort c ON c.id = a.cohort_id");
        assertThat(pairs).hasSizeGreaterThan(40);
        Map<Object, Integer> concurrent = new HashMap<>();
        for (Map<String, Object> pair : pairs) {
            long mentor = ((Number) pair.get("mentor_id")).longValue();
            long mentee = ((Number) pair.get("mentee_id")).longValue();
            assertThat(mentor).isNotEqualTo(mentee);
            for (Long m = managers.get(mentee); m != null; m = managers.get(m)) {
                assertThat(m).as("mentor above mentee %d", mentee).isNotEqualTo(mentor);
            }
            assertThat(((Number) pair.get("score")).doubleValue()).isBetween(55.0, 95.0);
            assertThat((String) pair.get("score_explanation")).startsWith("{\"criteria\":[")
                    .contains("Focus areas vs skills", "Cross-department", "Level gap", "Shared language",
                            "Time-zone distance", "Stated preference");
            boolean runsToTheEnd = pair.get("ends_on") == null || date(pair, "ends_on").equals(date(pair, "cohort_ends_on"));
            if (runsToTheEnd) {
                concurrent.merge(pair.get("mentor_enrollment_id"), 1, Integer::sum);
                assertThat(concurrent.get(pair.get("mentor_enrollment_id")))
                        .isLessThanOrEqualTo(((Number) pair.get("max_mentees_per_mentor")).intValue());
            }
        }
    }

    @Test
    void checkInsAreUniquePerPeriodWithLateAndOverdueOnes() {
        assertThat(count("SELECT COUNT(*) FROM (SELECT enrollment_id, period_number FROM check_in "
                + "GROUP BY enrollment_id, period_number HAVING COUNT(*) > 1) d")).isZero();
        List<Map<String, Object>> checkIns = jdbc.queryForList("SELECT * FROM check_in");
        long late = checkIns.stream().filter(this::isLate).count();
        long overdue = checkIns.stream().filter(this::isOverdue).count();
        long past = checkIns.stream().filter(ci -> !date(ci, "due_on").isAfter(today)).count();
        assertThat(late).isPositive();
        assertThat(overdue).isPositive();
        assertThat((double) late / past).isBetween(0.05, 0.25);
        assertThat((double) overdue / past).isBetween(0.04, 0.2);
        assertThat(count("SELECT COUNT(*) FROM check_in ci WHERE ci.status = 'REVIEWED' AND (ci.reviewed_at IS NULL "
                + "OR NOT EXISTS (SELECT 1 FROM mentor_feedback f WHERE f.check_in_id = ci.id))")).isZero();
        assertThat(count("SELECT COUNT(*) FROM check_in ci WHERE ci.status IN ('SUBMITTED', 'REVIEWED') AND NOT EXISTS "
                + "(SELECT 1 FROM check_in_revision r WHERE r.check_in_id = ci.id AND r.revision = 1)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM check_in WHERE status = 'DUE' AND wins IS NOT NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM check_in_goal_update WHERE setback = TRUE")).isPositive();
    }

    @Test
    void failingForwardRateIsRealistic() {
        int withSetback = count("SELECT COUNT(*) FROM check_in WHERE status IN ('SUBMITTED', 'REVIEWED') "
                + "AND setbacks IS NOT NULL");
        int withLesson = count("SELECT COUNT(*) FROM check_in WHERE status IN ('SUBMITTED', 'REVIEWED') "
                + "AND setbacks IS NOT NULL AND lessons IS NOT NULL");
        assertThat(withSetback).isPositive();
        assertThat((double) withLesson / withSetback).isBetween(0.6, 0.95);
    }

    @Test
    void atLeastTwoPairsOfTheActiveCohortAreAtRisk() {
        LocalDateTime cutoff = today.minusDays(28).atStartOfDay();
        int silent = count("SELECT COUNT(*) FROM mentor_assignment a JOIN cohort c ON c.id = a.cohort_id "
                + "WHERE c.status = 'ACTIVE' AND a.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM check_in ci "
                + "WHERE ci.enrollment_id = a.mentee_enrollment_id AND ci.status IN ('SUBMITTED', 'REVIEWED') "
                + "AND ci.submitted_at >= ?)", cutoff);
        int urgent = count("SELECT COUNT(*) FROM check_in ci JOIN enrollment e ON e.id = ci.enrollment_id "
                + "JOIN cohort c ON c.id = e.cohort_id WHERE c.status = 'ACTIVE' AND ci.help_urgency = 'URGENT' "
                + "AND ci.help_acknowledged_at IS NULL");
        assertThat(silent).isGreaterThanOrEqualTo(2);
        assertThat(urgent).isGreaterThanOrEqualTo(1);
    }

    @Test
    void goalsAndSurveysTellAGrowthStory() {
        assertThat(count("SELECT COUNT(*) FROM goal WHERE status = 'PIVOTED' AND replaced_by_goal_id IS NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM goal WHERE status = 'ACHIEVED' AND progress <> 100")).isZero();
        assertThat(count("SELECT COUNT(*) FROM goal WHERE status = 'NOT_STARTED' AND progress <> 0")).isZero();
        assertThat(jdbc.queryForList("SELECT DISTINCT goal_type FROM goal", String.class))
                .containsExactlyInAnyOrder("LEARNING", "OUTCOME");
        Map<String, Double> growth = new TreeMap<>();
        jdbc.query("SELECT s.kind, AVG(1.0 * a.answer) AS score FROM survey_answer a "
                + "JOIN survey_question q ON q.id = a.question_id JOIN survey s ON s.id = q.survey_id "
                + "JOIN cohort c ON c.id = s.cohort_id WHERE c.status = 'COMPLETED' AND q.code LIKE 'growth%' "
                + "GROUP BY s.kind", rs -> {
                    growth.put(rs.getString("kind"), rs.getDouble("score"));
                });
        // +0.6 a statement on average by design; who is drawn into the cohort depends on the date (seen: 0.91)
        assertThat(growth.get("GROWTH_END") - growth.get("GROWTH_START")).isBetween(0.3, 1.1);
        assertThat(count("SELECT COUNT(*) FROM survey_question WHERE code = 'nps' AND scale_min = 0 "
                + "AND scale_max = 10")).isEqualTo(1);
    }

    @Test
    void runningTheGeneratorAgainChangesNothing() {
        Map<String, Integer> before = rowCounts();
        assertThat(generator.generateIfEmpty()).isFalse();
        assertThat(rowCounts()).isEqualTo(before);
        System.out.println("Demo data row counts: " + before);
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        TABLES.forEach(t -> counts.put(t, count("SELECT COUNT(*) FROM " + t)));
        return counts;
    }

    private boolean isLate(Map<String, Object> checkIn) {
        Object submitted = checkIn.get("submitted_at");
        return submitted != null && toDateTime(submitted).toLocalDate().isAfter(date(checkIn, "due_on").plusDays(2));
    }

    private boolean isOverdue(Map<String, Object> checkIn) {
        Set<String> open = new HashSet<>(List.of("DUE", "DRAFT"));
        return open.contains((String) checkIn.get("status")) && date(checkIn, "due_on").isBefore(today.minusDays(2));
    }

    private Map<String, Object> employeeOf(String username) {
        return jdbc.queryForMap("SELECT e.* FROM employee e JOIN app_user u ON u.employee_id = e.id "
                + "WHERE u.username = ?", username);
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    private static LocalDate date(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static LocalDateTime toDateTime(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
