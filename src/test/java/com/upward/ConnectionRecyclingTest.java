package com.upward;

import com.upward.audit.AuditLogService;
import com.upward.audit.AuditLogService.AuditFilter;
import com.upward.checkin.internal.CheckInService;
import com.upward.checkin.internal.CheckInModels.CheckInInput;
import com.upward.checkin.internal.CheckInModels.GoalProgress;
import com.upward.checkin.internal.MentorCheckInService;
import com.upward.goals.GoalService;
import com.upward.goals.GoalStatus;
import com.upward.notification.NudgeService;
import com.upward.program.internal.EnrollmentService;
import com.upward.program.EnrollmentSide;
import com.upward.program.ProgramTestData;
import com.upward.reporting.ReportFormat;
import com.upward.reporting.ReportRequester;
import com.upward.reporting.ReportingService;
import com.upward.security.internal.MyAccountService;
import com.upward.security.internal.NewAccount;
import com.upward.base.Role;
import com.upward.security.internal.UserAccountService;
import com.upward.testsupport.CommittedPairsTest;
import com.upward.testsupport.RunningPairs;
import com.upward.testsupport.RunningPairs.Pair;
import com.upward.testsupport.TestTime;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every connection of the pool is retired while the app runs, as Hikari does with each one after its max-lifetime
 * (30 minutes by default), and then every kind of write that records an audit event still works and leaves its row.
 * H2 2.4.240 failed exactly here: it tied the {@code IN (...)} list of the CHECK constraint ck_audit_action to the
 * session that created it (Flyway's), so once that connection was closed every audited write failed with "Check
 * constraint invalid" caused by "The database has been closed" (h2database#4302 and #4308, fixed in 2.5.x).
 * <p>
 * Which connections exist is observed, not assumed: the database's own session ids (H2 {@code SESSION_ID()},
 * MariaDB/MySQL {@code CONNECTION_ID()}) of Flyway's connections, of every pool connection before, of the sessions
 * still open on the server after the eviction, and of every pool connection after the writes. On H2 the test has a
 * database of its own, so that Flyway migrates it in this context's pool; on MariaDB/MySQL (UPWARD_TEST_DB_URL) it
 * uses the test database, and removes what it committed.
 */
@SpringBootTest(properties = "spring.datasource.url=${UPWARD_TEST_DB_URL:jdbc:h2:mem:upward-recycling-test;"
        + "MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1}")
@Import(ConnectionRecyclingTest.FlywaySessions.class)
@DirtiesContext
@Tag("db")
class ConnectionRecyclingTest extends CommittedPairsTest {

    static final Logger LOG = LoggerFactory.getLogger(ConnectionRecyclingTest.class);
    static final String NEW_PASSWORD = "Recycled-connections-hold";
    static final Duration CLOSE_WITHIN = Duration.ofSeconds(30);

    /** One audit row as the assertions compare it. */
    record Audit(String actor, String action, String entity, Long id) {
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    FlywaySessions flyway;
    @Autowired
    ProgramTestData data;
    @Autowired
    Clock clock;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    CheckInService checkIns;
    @Autowired
    MentorCheckInService mentorCheckIns;
    @Autowired
    GoalService goals;
    @Autowired
    UserAccountService accounts;
    @Autowired
    MyAccountService myAccount;
    @Autowired
    EnrollmentService enrollments;
    @Autowired
    NudgeService nudges;
    @Autowired
    ReportingService reports;
    @Autowired
    AuditLogService auditLog;

    HikariDataSource pool;
    boolean h2;
    long auditBefore;
    String newUsername;

    @BeforeEach
    void pool() throws SQLException {
        pool = dataSource.unwrap(HikariDataSource.class);
        try (Connection c = pool.getConnection()) {
            h2 = c.getMetaData().getDatabaseProductName().equals("H2");
        }
        auditBefore = lastAuditId();
    }

    @AfterEach
    void removeWhatTheWritesAdded() {
        SecurityContextHolder.clearContext();
        jdbc.update("delete from audit_event where id > ?", auditBefore);
        if (newUsername != null) {
            jdbc.update("delete from app_user where username = ?", newUsername);
        }
    }

    @Test
    void everyAuditedWriteWorksAfterEveryConnectionFromStartUpWasClosed() throws Exception {
        RunningPairs.Run run = commit(1, e -> { });
        Pair pair = run.pairs().getFirst();
        String mentee = pair.menteeUsername();
        long checkIn = pair.checkInId();
        long goal = pair.goalId();

        Set<Long> before = poolSessions();
        assertThat(flyway.sessions()).as("Flyway's sessions").isNotEmpty();
        assertThat(before).as("the pool holds the connections Flyway migrated with").containsAll(flyway.sessions());

        pool.getHikariPoolMXBean().softEvictConnections();
        awaitClosed(before);

        assertThat(audited(mentee, () -> checkIns.saveDraft(checkIn, checkIns.detail(checkIn).version(),
                new CheckInInput(false, null, null, List.of(), "Draft after recycling", null, null, null, null,
                        false, null, null, null))))
                .as("check-in draft").contains(new Audit(mentee, "UPDATE", "CheckIn", checkIn));
        assertThat(text("select wins from check_in where id = ?", checkIn)).isEqualTo("Draft after recycling");

        assertThat(audited(mentee, () -> checkIns.submit(checkIn, checkIns.detail(checkIn).version(),
                new CheckInInput(true, LocalDate.now(clock), 30, List.of(new GoalProgress(goal, 40,
                        GoalStatus.IN_PROGRESS, false)), "Submitted after recycling", null, null, null, null, false,
                        null, 4, null))))
                .as("check-in submission").contains(new Audit(mentee, "UPDATE", "CheckIn", checkIn));
        assertThat(text("select status from check_in where id = ?", checkIn)).isEqualTo("SUBMITTED");

        assertThat(audited(mentee, () -> goals.addMilestone(goal, goalVersion(goal), "After recycling")))
                .as("new milestone").extracting(Audit::action, Audit::entity).contains(tuple("CREATE", "Milestone"));
        long milestone = id("select id from milestone where goal_id = ?", goal);
        assertThat(audited(mentee, () -> goals.tickMilestone(goal, goalVersion(goal), milestone, true)))
                .as("milestone ticked").contains(new Audit(mentee, "UPDATE", "Milestone", milestone));
        assertThat(jdbc.queryForObject("select done from milestone where id = ?", Boolean.class, milestone)).isTrue();

        var comment = written(mentee, () -> goals.comment(goal, "Written after recycling"));
        assertThat(comment.audit()).as("goal comment")
                .contains(new Audit(mentee, "CREATE", "GoalComment", comment.result()));

        String mentor = pair.mentorUsername();
        var read = written(mentor, () -> mentorCheckIns.read(checkIn));
        assertThat(read.result().wins()).isEqualTo("Submitted after recycling");
        assertThat(read.audit()).as("mentor reads the check-in")
                .contains(new Audit(mentor, "READ", "CheckIn", checkIn));

        newUsername = "recycled-" + Long.toString(System.nanoTime(), 36);
        String initial = "One-time-" + newUsername;
        var account = written("admin", () -> accounts.createAccount(new NewAccount(newUsername,
                newUsername + "@example.test", "Recycled Connection", initial, null, Set.of(Role.EMPLOYEE))));
        assertThat(account.audit()).as("account created")
                .contains(new Audit("admin", "CREATE", "AppUser", account.result()));

        assertThat(audited(newUsername, () -> myAccount.changeMyPassword(initial, NEW_PASSWORD, NEW_PASSWORD)))
                .as("password changed").contains(new Audit(newUsername, "UPDATE", "AppUser", account.result()));
        assertThat(passwordEncoder.matches(NEW_PASSWORD,
                text("select password_hash from app_user where id = ?", account.result()))).isTrue();

        long outsider = id("""
                select min(id) from employee where active = true
                and id not in (select employee_id from enrollment where cohort_id = ?)""", run.cohortId());
        var invited = written("hr", () -> enrollments.invite(run.cohortId(), outsider, EnrollmentSide.MENTEE, true));
        assertThat(invited.audit()).as("enrollment (an invitation outside the window)")
                .contains(new Audit("hr", "CREATE", "Enrollment", invited.result()));

        long assignment = id("select id from mentor_assignment where cohort_id = ?", run.cohortId());
        var nudged = written("hr", () -> nudges.nudgePair(assignment));
        assertThat(nudged.result()).isTrue();
        assertThat(nudged.audit()).as("pair nudged").contains(new Audit("hr", "CREATE", "PairNudge", assignment));

        var xlsx = new ByteArrayOutputStream();
        assertThat(audited("hr", () -> reports.writeCohortStatus(run.cohortId(), ReportFormat.XLSX,
                new ReportRequester(Locale.ENGLISH, TestTime.zone()), xlsx)))
                .as("report download").contains(new Audit("hr", "REPORT", "CohortStatusReport", run.cohortId()));
        assertThat(xlsx.toString(StandardCharsets.ISO_8859_1)).startsWith("PK");

        var csv = new StringWriter();
        assertThat(audited("admin", () -> exportCsv(new AuditFilter(mentee, null, null, null, null, null), csv)))
                .as("audit log export").contains(new Audit("admin", "EXPORT", "AuditLog", null));
        assertThat(csv.toString()).contains("Time (UTC),Local time (UTC),Actor,Action,Entity,Id,Details",
                mentee + ",UPDATE,CheckIn");

        Set<Long> after = poolSessions();
        LOG.info("Sessions: Flyway's {}, the pool's before the eviction {}, after the writes {}", flyway.sessions(),
                before, after);
        assertThat(after).as("every pool connection now is a new one").doesNotContainAnyElementsOf(before);
    }

    /** What a write returned, and the audit rows it added. */
    record Written<T>(T result, List<Audit> audit) {
    }

    /** Runs one write signed in as {@code username} (committed by the service) and returns the audit rows it added. */
    private List<Audit> audited(String username, Runnable write) {
        return written(username, () -> {
            write.run();
            return null;
        }).audit();
    }

    private <T> Written<T> written(String username, Supplier<T> write) {
        long last = lastAuditId();
        data.signIn(username);
        T result = write.get();
        return new Written<>(result, jdbc.query("select actor, action, entity_type, entity_id from audit_event"
                + " where id > ? order by id", (rs, row) -> new Audit(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getObject(4) == null ? null : rs.getLong(4)), last));
    }

    private void exportCsv(AuditFilter filter, StringWriter out) {
        try {
            auditLog.exportCsv(filter, Locale.ENGLISH, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The session ids of all the pool's connections: takes as many connections at once as the pool may hold (it
     * opens new ones as needed), so every physical connection is among them.
     */
    private Set<Long> poolSessions() throws SQLException {
        List<Connection> taken = new ArrayList<>();
        try {
            Set<Long> ids = new HashSet<>();
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                taken.add(pool.getConnection());
                ids.add(FlywaySessions.sessionId(taken.getLast()));
            }
            assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isEqualTo(pool.getMaximumPoolSize());
            assertThat(ids).hasSize(pool.getMaximumPoolSize());
            return ids;
        } finally {
            for (Connection c : taken) {
                c.close();
            }
        }
    }

    /** Waits until the database has closed each of these sessions (Hikari closes evicted ones in the background). */
    private void awaitClosed(Set<Long> sessions) throws InterruptedException {
        Supplier<Set<Long>> stillOpen = () -> {
            Set<Long> open = new HashSet<>(openSessions());
            open.retainAll(sessions);
            return open;
        };
        long deadline = System.nanoTime() + CLOSE_WITHIN.toNanos();
        while (!stillOpen.get().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(stillOpen.get()).as("sessions from before the eviction still open after " + CLOSE_WITHIN)
                .isEmpty();
    }

    /** Every session the database server has open now (for MariaDB/MySQL: those this user may see). */
    private List<Long> openSessions() {
        return jdbc.queryForList(h2 ? "select session_id from information_schema.sessions"
                : "select id from information_schema.processlist", Long.class);
    }

    private long lastAuditId() {
        return id("select coalesce(max(id), 0) from audit_event");
    }

    private long goalVersion(long goal) {
        return id("select version from goal where id = ?", goal);
    }

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private String text(String sql, Object... args) {
        return jdbc.queryForObject(sql, String.class, args);
    }

    /** Records the session id of every connection Flyway works on (all of them come from the pool). */
    static class FlywaySessions implements Callback {

        private final Set<Long> sessions = ConcurrentHashMap.newKeySet();

        Set<Long> sessions() {
            return Set.copyOf(sessions);
        }

        static long sessionId(Connection connection) throws SQLException {
            boolean h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery(h2 ? "select session_id()" : "select connection_id()")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        @Override
        public boolean supports(Event event, Context context) {
            return true; // Flyway also asks with no context, to learn whether any callback is there
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            if (context == null || context.getConnection() == null) {
                return;
            }
            try {
                sessions.add(sessionId(context.getConnection()));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String getCallbackName() {
            return "record-session-ids";
        }
    }
}
