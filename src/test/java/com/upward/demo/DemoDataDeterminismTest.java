package com.upward.demo;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generation into fresh in-memory H2 databases (migrated with Flyway, no Spring context): the same seed and start
 * date give identical data, another start date gives the same people, and any start date gives a consistent story.
 */
class DemoDataDeterminismTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void sameStartDateGivesIdenticalDataAndAnotherDateTheSamePeople() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:30:00Z"), BERLIN);
        List<String> first = dump(generate("demo-determinism-1", clock));
        List<String> second = dump(generate("demo-determinism-2", clock));
        assertThat(first).hasSizeGreaterThan(3000).isEqualTo(second);

        JdbcTemplate later = generate("demo-determinism-3", Clock.fixed(Instant.parse("2027-03-09T16:00:00Z"), BERLIN));
        assertThat(names(later)).hasSize(150).isEqualTo(names(generate("demo-determinism-4", clock)));
    }

    @Test
    void everyStartDateGivesAConsistentStory() {
        for (int i = 0; i < 12; i++) {
            Instant now = Instant.parse("2026-01-03T23:30:00Z").plus(Duration.ofDays(31L * i + i % 5));
            Clock clock = Clock.fixed(now, i % 2 == 0 ? BERLIN : ZoneId.of("America/Chicago"));
            LocalDate today = LocalDate.now(clock);
            JdbcTemplate jdbc = generate("demo-dates-" + i, clock);
            Map<String, Object> scores = jdbc.queryForMap("SELECT MIN(score) AS low, MAX(score) AS high "
                    + "FROM mentor_assignment");
            assertThat(((Number) scores.get("low")).doubleValue()).as(now.toString()).isGreaterThanOrEqualTo(55);
            assertThat(((Number) scores.get("high")).doubleValue()).as(now.toString()).isLessThanOrEqualTo(95);
            Integer atRisk = jdbc.queryForObject("SELECT COUNT(*) FROM mentor_assignment a "
                    + "JOIN cohort c ON c.id = a.cohort_id WHERE c.status = 'ACTIVE' AND a.status = 'ACTIVE' "
                    + "AND NOT EXISTS (SELECT 1 FROM check_in ci WHERE ci.enrollment_id = a.mentee_enrollment_id "
                    + "AND ci.status IN ('SUBMITTED', 'REVIEWED') AND ci.submitted_at >= ?)", Integer.class,
                    today.minusDays(28).atStartOfDay());
            assertThat(atRisk).as(now.toString()).isGreaterThanOrEqualTo(2);
            String menteeCheckIns = "SELECT ci.status FROM check_in ci "
                    + "JOIN enrollment e ON e.id = ci.enrollment_id JOIN cohort c ON c.id = e.cohort_id "
                    + "JOIN app_user u ON u.employee_id = e.employee_id WHERE u.username = 'mentee' "
                    + "AND c.status = 'ACTIVE' AND ci.due_on %s ? ORDER BY ci.period_number";
            List<String> past = jdbc.queryForList(menteeCheckIns.formatted("<="), String.class, today);
            List<String> coming = jdbc.queryForList(menteeCheckIns.formatted(">"), String.class, today);
            assertThat(past).as(now.toString()).contains("DUE").hasSizeGreaterThan(4);
            // the whole schedule, as the app makes it at the start: the coming check-in drafted, the later ones due
            assertThat(coming).as(now.toString()).hasSizeGreaterThan(4).startsWith("DRAFT");
            assertThat(coming.subList(1, coming.size())).as(now.toString()).containsOnly("DUE");
            Map<String, Object> failingForward = jdbc.queryForMap("SELECT COUNT(*) AS setbacks, "
                    + "SUM(CASE WHEN lessons IS NOT NULL THEN 1 ELSE 0 END) AS lessons FROM check_in "
                    + "WHERE setbacks IS NOT NULL AND status IN ('SUBMITTED', 'REVIEWED')");
            double rate = ((Number) failingForward.get("lessons")).doubleValue()
                    / ((Number) failingForward.get("setbacks")).doubleValue();
            assertThat(rate).as(now.toString()).isBetween(0.6, 0.95);
        }
    }

    private static JdbcTemplate generate(String name, Clock clock) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:h2:mem:" + name
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE", "sa", "", true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        DemoDataGenerator generator = new DemoDataGenerator(dataSource, new DataSourceTransactionManager(dataSource),
                ENCODER, clock);
        assertThat(generator.generateIfEmpty()).isTrue();
        return new JdbcTemplate(dataSource);
    }

    /** Every row of every demo table (password hashes left out: bcrypt salts them randomly). */
    private static List<String> dump(JdbcTemplate jdbc) {
        List<String> rows = new ArrayList<>();
        for (String table : DemoDataGeneratorTest.TABLES) {
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                row.remove("password_hash");
                rows.add(table + " " + row);
            }
        }
        return rows;
    }

    private static List<String> names(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT CONCAT(employee_number, ' ', first_name, ' ', last_name, ' ', email) "
                + "FROM employee ORDER BY employee_number", String.class);
    }
}
