package com.upward.demo;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads the large data set beside the demo data (which the test profile loads first) and reports the load time:
 * 50,000 employees, 4 programs with 40 cohorts, 8,000 mentee and 3,000 mentor enrollments, pairs, goals with
 * milestones, about 300,000 check-ins with text, mentor feedback and surveys (issue 10, docs/benchmarks.md). Fixed
 * seed, explicit ids from {@link #ID_BASE} (no generated keys read back), multi-row inserts ({@link RowWriter}), one
 * transaction. Commits its data: use an empty {@code upward_scale} database. Loads nothing if it is there already.
 */
@SpringBootTest
@Tag("benchmark")
public class LargeDataSet {

    public static final long SEED = 20261201L;
    /** Above every demo id, so the two data sets never collide. */
    public static final long ID_BASE = 1_000_000L;
    public static final int EMPLOYEES = 50_000;
    public static final String MENTEE_USERNAME = "scale.mentee";

    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    @Test
    void load() throws SQLException {
        Map<String, Integer> counts = ensureLoaded(dataSource, clock);
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from employee where id >= ?",
                Long.class, ID_BASE)).isEqualTo(EMPLOYEES);
        System.out.println("Large data set: " + counts);
    }

    /** What every step draws from: the people, the ids, the one random sequence and the texts. */
    record Source(LargeDirectory people, Ids ids, Random random, DemoTexts texts) {
    }

    /** Next explicit id per table. */
    static final class Ids {
        private final Map<String, Long> next = new HashMap<>();

        long next(String table) {
            return next.merge(table, 1L, Long::sum) + ID_BASE - 1;
        }
    }

    /** Loads the data set unless it is there; returns the rows written per table (empty if none). */
    public static Map<String, Integer> ensureLoaded(DataSource dataSource, Clock clock) throws SQLException {
        var jdbc = new JdbcTemplate(dataSource);
        if (jdbc.queryForObject("select count(*) from employee where id = ?", Long.class, ID_BASE) > 0) {
            System.out.println("Large data set: already loaded");
            return Map.of();
        }
        long hrUser = jdbc.queryForObject("select id from app_user where username = 'hr'", Long.class);
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'mentee'",
                String.class);
        Map<String, Integer> counts = RowWriter.newCounts();
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Random random = new Random(SEED);
            DemoTexts texts = new DemoTexts(random);
            LocalDate today = LocalDate.now(clock);
            Instant now = clock.instant();
            LargeDirectory people = new LargeDirectory(EMPLOYEES, random);
            people.insert(connection, counts, today, now);
            int bigMentee = bigMentee(people);
            try (var users = new RowWriter(connection, counts, "app_user", "id", "version", "username", "email",
                    "display_name", "password_hash", "employee_id", "enabled", "locked", "must_change_password",
                    "created_at", "updated_at");
                 var roles = new RowWriter(connection, counts, "user_role", "user_id", "role").after(users)) {
                users.add(ID_BASE, 0L, MENTEE_USERNAME, "scale.mentee@scale.upward.example",
                        people.firstName[bigMentee] + " (large data)", hash, people.id[bigMentee], true, false, false,
                        now, now);
                roles.add(ID_BASE, "EMPLOYEE");
            }
            var source = new Source(people, new Ids(), random, texts);
            LargeCohorts cohorts = new LargeCohorts(source);
            cohorts.insert(connection, counts, today, hrUser, bigMentee);
            new LargeCheckIns(source).insert(connection, counts, cohorts.cohorts, today);
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                // fresh index statistics, as a database that grew over time would have
                for (String table : new String[]{"employee", "enrollment", "mentor_assignment", "goal", "check_in",
                    "check_in_goal_update", "survey_response", "survey_answer"}) {
                    statement.execute("ANALYZE TABLE " + table);
                }
            }
            connection.commit();
        }
        System.out.printf("Large data set loaded in %.1f s (seed %d): %s%n", (System.nanoTime() - started) / 1e9,
                SEED, counts);
        return counts;
    }

    /** A level 1–3 person at the bottom of the tree: a mentee in five completed cohorts and the large active one. */
    private static int bigMentee(LargeDirectory people) {
        for (int i = EMPLOYEES * 4 / 5; ; i++) {
            if (people.level[i] <= 3) {
                return i;
            }
        }
    }
}
