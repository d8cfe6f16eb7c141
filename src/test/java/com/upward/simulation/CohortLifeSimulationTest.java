package com.upward.simulation;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.upward.checkin.internal.CheckInService;
import com.upward.checkin.internal.MentorCheckInService;
import com.upward.directory.DirectoryService;
import com.upward.goals.GoalService;
import com.upward.matching.internal.MatchingService;
import com.upward.notification.internal.EmailPreferenceService;
import com.upward.notification.internal.ScheduledJobRuns;
import com.upward.program.internal.ApplicationService;
import com.upward.program.Cadence;
import com.upward.program.internal.CohortService;
import com.upward.program.internal.EnrollmentService;
import com.upward.program.internal.ProgramService;
import com.upward.program.ProgramTestData;
import com.upward.reporting.DashboardFigures;
import com.upward.security.internal.UserAccountService;
import com.upward.simulation.SimLedger.CheckIn;
import com.upward.simulation.SimLedger.Cohort;
import com.upward.simulation.SimLedger.CohortState;
import com.upward.simulation.SimPeople.Habit;
import com.upward.simulation.SimPeople.Reviews;
import com.upward.survey.SurveyService;
import com.upward.testsupport.TestTime;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two cohorts of one program lived through day by day on the real application context, from the opening of
 * enrollment to their archive (about 170 days): a weekly and a monthly one. Each simulated day the scheduled jobs
 * run as in production (reminders at 07:00, overdue notices at 07:30, the HR digest on Mondays at 08:00, the outbox
 * morning and evening; the SMTP server is down for one morning), the simulated people act ({@link SimStory}), and
 * then the invariants are checked ({@link SimInvariants}, {@link SimFigures}). The pool retires its connections
 * during the run (max-lifetime 30 s, and every 30 days by hand).
 * <p>
 * The database is the embedded default (an H2 file database with the app's own URL settings, fresh in
 * {@code target/simulation/}), or MySQL/MariaDB when {@code UPWARD_SIM_DB_URL} names an empty database of its own
 * (CI: {@code upward_sim}); that one is cleaned first. The first day is the test run's today ({@link TestTime}),
 * so the date matrix moves the whole life to other calendars.
 */
@SpringBootTest(properties = {
        "upward.demo-data.enabled=false",
        "upward.jobs.enabled=false",
        "upward.dashboard.figures-max-age=PT0S",
        "spring.datasource.hikari.max-lifetime=30000",
        "spring.flyway.clean-disabled=false",
        "upward.mail.retry-delay=PT1M",
        "spring.mail.host=127.0.0.1"})
@Tag("db")
@Tag("simulation")
class CohortLifeSimulationTest {

    static final SimMail MAIL = new SimMail();
    static final String DB_URL = System.getenv().getOrDefault("UPWARD_SIM_DB_URL", "");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> MAIL.port);
        if (DB_URL.isBlank()) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:./target/simulation/upward-"
                    + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
                    + "AUTO_SERVER=FALSE");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
        } else {
            registry.add("spring.datasource.url", () -> DB_URL);
            registry.add("spring.datasource.username", () -> System.getenv("UPWARD_SIM_DB_USER"));
            registry.add("spring.datasource.password", () -> System.getenv("UPWARD_SIM_DB_PASSWORD"));
        }
    }

    @TestConfiguration
    static class EmptyDatabase {
        /** A database of the simulation's own: whatever an earlier run left is removed before migrating. */
        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }

    @Autowired ProgramService programs;
    @Autowired CohortService cohorts;
    @Autowired EnrollmentService enrollments;
    @Autowired ApplicationService applications;
    @Autowired MatchingService matching;
    @Autowired CheckInService checkIns;
    @Autowired MentorCheckInService mentorCheckIns;
    @Autowired GoalService goals;
    @Autowired SurveyService surveys;
    @Autowired EmailPreferenceService emailPreferences;
    @Autowired DirectoryService directory;
    @Autowired UserAccountService accounts;
    @Autowired DashboardFigures figures;
    @Autowired ScheduledJobRuns jobs;
    @Autowired ProgramTestData signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManager em;
    @Autowired TransactionTemplate tx;
    @Autowired DataSource dataSource;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @AfterEach
    void tidyUp() {
        root.detachAppender(log);
        MAIL.down();
        SecurityContextHolder.clearContext();
    }

    @Test
    void twoCohortsLiveFromEnrollmentToArchiveDayByDay() throws SQLException {
        MAIL.up();
        log.start();
        root.addAppender(log);
        LocalDate day0 = TestTime.today();
        SimClock clock = new SimClock(TestTime.clock());
        clock.at(day0, 8, 0);

        SimLedger ledger = new SimLedger();
        List<String> weeklyMentors = List.of("sim-mara", "sim-milo", "sim-mina", "sim-moss");
        List<String> weeklyMentees = List.of("sim-ella", "sim-eric", "sim-esme", "sim-evan", "sim-eden", "sim-enzo");
        List<String> monthlyMentors = List.of("sim-mila", "sim-marc", "sim-maya");
        List<String> monthlyMentees = List.of("sim-ava", "sim-ben", "sim-cleo", "sim-dan", "sim-eli", "sim-fay");
        LocalDate weeklyStart = day0.plusDays(14);
        LocalDate monthlyStart = day0.plusDays(21);
        ledger.cohorts.put("W", new Cohort("Weekly", Cadence.WEEKLY, day0, day0.plusDays(10), weeklyStart,
                weeklyStart.plusWeeks(12), weeklyMentors, weeklyMentees));
        ledger.cohorts.put("M", new Cohort("Monthly", Cadence.MONTHLY, day0, day0.plusDays(17), monthlyStart,
                monthlyStart.plusMonths(4), monthlyMentors, monthlyMentees));

        SimPeople people = SimPeople.hire(em, tx, directory, accounts, signIn,
                concat(weeklyMentors, monthlyMentors), concat(weeklyMentees, monthlyMentees),
                Map.of("sim-ella", "sim-mara"), day0);
        Map<String, Habit> habits = new LinkedHashMap<>();
        List<Habit> order = List.of(Habit.ON_TIME, Habit.DRAFTS_FIRST, Habit.LATE, Habit.STOPS_AFTER_TWO,
                Habit.EVERY_OTHER, Habit.NEVER);
        for (int i = 0; i < 6; i++) {
            habits.put(weeklyMentees.get(i), order.get(i));
            habits.put(monthlyMentees.get(i), order.get((i + 2) % 6));
        }
        Map<String, Reviews> reviewing = new LinkedHashMap<>();
        List<Reviews> reviews = List.of(Reviews.NEXT_DAY, Reviews.WITHIN_A_WEEK, Reviews.NEVER, Reviews.NEXT_DAY);
        for (int i = 0; i < weeklyMentors.size(); i++) {
            reviewing.put(weeklyMentors.get(i), reviews.get(i));
        }
        for (int i = 0; i < monthlyMentors.size(); i++) {
            reviewing.put(monthlyMentors.get(i), reviews.get((i + 1) % 4));
        }
        var services = new SimStory.Services(programs, cohorts, enrollments, applications, matching, checkIns,
                mentorCheckIns, goals, surveys, emailPreferences, jdbc);
        SimStory story = new SimStory(services, people, ledger, clock, habits, reviewing, "sim-eric", 5,
                "sim-esme", weeklyStart.plusDays(36));
        SimInvariants invariants = new SimInvariants(jdbc, ledger, people, clock, checkIns, surveys, MAIL, log);
        SimFigures dashboards = new SimFigures(jdbc, ledger, people, clock, figures);

        Cohort monthly = ledger.cohorts.get("M");
        LocalDate lastDay = monthly.endsOn.plusDays(24);
        // the morning the first reminders of the weekly cohort's third period are queued
        LocalDate smtpOutage = weeklyStart.plusWeeks(3).minusDays(2);
        Set<Connection> connections = Collections.newSetFromMap(new IdentityHashMap<>());
        int days = 0;
        int evictions = 0;
        for (LocalDate today = day0; !today.isAfter(lastDay); today = today.plusDays(1), days++) {
            clock.at(today, 7, 0);
            expectDueReminders(ledger, today);
            jobs.dueReminders();
            clock.at(today, 7, 30);
            expectOverdueNotices(ledger, today);
            jobs.overdueReminders();
            if (today.getDayOfWeek() == DayOfWeek.MONDAY) {
                clock.at(today, 8, 0);
                ledger.expectOnce("hr-digest:" + people.hr.userId() + ":" + today.get(IsoFields.WEEK_BASED_YEAR)
                        + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), people.hr.username());
                jobs.hrDigest();
            }
            clock.at(today, 8, 15);
            if (today.equals(smtpOutage)) {
                String pending = "select count(*) from email_outbox where status = 'PENDING'";
                assertThat(jdbc.queryForObject(pending, Long.class)).as("emails waiting for the morning run")
                        .isPositive();
                MAIL.down();
                jobs.outbox();
                MAIL.up();
                assertThat(jdbc.queryForObject(pending + " and attempts = 1", Long.class))
                        .as("emails kept for a retry while the SMTP server is down").isPositive();
            } else {
                jobs.outbox();
            }
            story.act(today);
            clock.at(today, 18, 0);
            jobs.outbox();
            if (days % 30 == 29) {
                ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
                evictions++;
            }
            clock.at(today, 23, 0);
            invariants.afterDay(today);
            dashboards.afterDay(today);
            connections.add(physicalConnection());
        }

        assertThat(days).as("simulated days").isGreaterThanOrEqualTo(120);
        assertThat(ledger.pairs.get("sim-ella")).extracting(p -> p.mentor).as("never paired with her manager")
                .doesNotContain("sim-mara");
        assertThat(ledger.cohorts.values()).extracting(c -> c.state).containsOnly(CohortState.ARCHIVED);
        assertThat(ledger.checkIns.values()).extracting(CheckIn::status).contains("DUE", "SUBMITTED", "REVIEWED");
        assertThat(ledger.checkIns.values()).as("drafts kept before submitting").anyMatch(c -> c.draftedAt != null);
        assertThat(ledger.expectedOnce.keySet()).anyMatch(k -> k.startsWith("check-in-due:"))
                .anyMatch(k -> k.startsWith("check-in-overdue:")).anyMatch(k -> k.startsWith("hr-digest:"));
        assertThat(jdbc.queryForObject("select count(*) from email_outbox where attempts > 1", Long.class))
                .as("emails that waited out the SMTP outage").isPositive();
        // each retirement of the pool's connections shows as another connection at the next day's end
        assertThat(connections).as("pool connections seen at the ends of days").hasSizeGreaterThan(evictions);
        LoggerFactory.getLogger(getClass()).info("Simulated {} days ({} to {}): {} check-ins, {} notifications,"
                + " {} emails sent, {} survey responses, {} audit events; pool retired by hand {} times,"
                + " {} physical connections seen", days, day0, lastDay, count("check_in"), count("notification"),
                jdbc.queryForObject("select count(*) from email_outbox where status = 'SENT'", Long.class),
                count("survey_response"), count("audit_event"), evictions, connections.size());
    }

    /**
     * The driver's connection behind the pool's proxy (database session ids are reused, objects are not). Straight
     * from the pool: JdbcTemplate's close-suppressing proxy would answer unwrap with a new proxy of its own each time.
     */
    private Connection physicalConnection() throws SQLException {
        try (Connection pooled = dataSource.getConnection()) {
            return pooled.unwrap(Connection.class);
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** 07:00: open check-ins of running pairs in running cohorts, due today or in the next two days. */
    private static void expectDueReminders(SimLedger ledger, LocalDate today) {
        for (CheckIn ci : ledger.checkIns.values()) {
            if (remindable(ledger, ci) && !ci.dueOn.isBefore(today) && !ci.dueOn.isAfter(today.plusDays(2))) {
                ledger.expectOnce("check-in-due:" + ci.id, ci.mentee);
            }
        }
    }

    /** 07:30: open check-ins that became overdue in the last week, to the mentee and to their mentor. */
    private static void expectOverdueNotices(SimLedger ledger, LocalDate today) {
        for (CheckIn ci : ledger.checkIns.values()) {
            long daysLate = ChronoUnit.DAYS.between(ci.dueOn, today);
            if (remindable(ledger, ci) && daysLate >= 3 && daysLate <= 9) {
                ledger.expectOnce("check-in-overdue:" + ci.id + ":mentee", ci.mentee);
                ledger.expectOnce("check-in-overdue:" + ci.id + ":mentor", ledger.runningPair(ci.mentee).mentor);
            }
        }
    }

    private static boolean remindable(SimLedger ledger, CheckIn ci) {
        return ci.open() && ci.cohort.state == CohortState.ACTIVE && ledger.runningPair(ci.mentee) != null;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
