package com.upward.demo;

import com.upward.demo.DemoModel.Cast;
import com.upward.demo.DemoModel.Enrollment;
import com.upward.demo.DemoModel.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;

/**
 * Fills an empty database with a deterministic, realistic demo company on start-up (after Flyway): a directory of
 * about 150 employees, accounts, two programs with a completed, an active and an enrolling cohort, pairs, goals,
 * check-ins, surveys and notifications. Runs only when {@code upward.demo-data.enabled=true} and the employee table
 * is empty, all in one transaction. Plain SQL against the Flyway schema; the same seed and start date give the
 * same data.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "upward.demo-data.enabled", havingValue = "true")
public class DemoDataGenerator implements ApplicationRunner {

    public static final long SEED = 20261122L;
    static final String ADMIN_EMAIL = "admin" + DemoDirectory.EMAIL_DOMAIN;
    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoDataGenerator(DataSource dataSource, PlatformTransactionManager transactionManager,
                      PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactionManager);
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        generateIfEmpty();
    }

    /** Generates the demo data unless there are employees already; returns whether it did. */
    public boolean generateIfEmpty() {
        Boolean generated = transaction.execute(status -> {
            Long employees = jdbc.queryForObject("SELECT COUNT(*) FROM employee", Long.class);
            if (employees != null && employees > 0) {
                log.info("Demo data: {} employees exist already, nothing generated", employees);
                return false;
            }
            long started = System.nanoTime();
            Map<String, Integer> counts = generate();
            log.info("Demo data generated in {} ms (seed {}): {}", (System.nanoTime() - started) / 1_000_000, SEED,
                    counts);
            return true;
        });
        return Boolean.TRUE.equals(generated);
    }

    private Map<String, Integer> generate() {
        Random random = new Random(SEED);
        DemoTime time = new DemoTime(clock);
        JdbcInserter db = new JdbcInserter(jdbc);
        DemoTexts texts = new DemoTexts(random);

        DemoDirectory directory = new DemoDirectory(db, random, time);
        Cast cast = directory.generate();
        directory.insertEmployees();
        String hash = passwordEncoder.encode(DemoAccounts.PASSWORD);
        Instant accountsCreated = time.at(time.today().minusDays(329), 8, 0, ZoneOffset.UTC);
        long adminId = createFixedAccounts(directory, cast, hash, accountsCreated);

        DemoPrograms programs = new DemoPrograms(db, random, time, texts);
        programs.planCohorts();
        programs.create(directory.people(), cast, cast.hr().userId);
        for (Enrollment e : programs.enrollments) {
            directory.ensureEmployeeAccount(e.person, hash, accountsCreated);
        }

        DemoJourneys journeys = new DemoJourneys(db, random, time, texts);
        journeys.create(programs, cast);
        new DemoSurveys(db, random, time).create(programs);
        DemoNotifications notifications = new DemoNotifications(db, time);
        notifications.create(cast, programs, journeys, adminId);
        new DemoDirectoryHistory(db, time).create(directory.people(), programs);
        Map<String, Integer> counts = db.counts();
        notifications.audit(programs, counts.get("employee"), counts.get("app_user"), counts.get("check_in"));
        return counts;
    }

    private static long createFixedAccounts(DemoDirectory directory, Cast cast, String hash, Instant createdAt) {
        Map<String, Person> people = Map.of("hr", cast.hr(), "exec", cast.exec(), "mentor", cast.mentor(),
                "mentee", cast.mentee(), "mentor2", cast.mentor2(), "mentor3", cast.mentor3(),
                "mentee2", cast.mentee2(), "mentee3", cast.mentee3());
        long adminId = directory.createAccount(DemoAccounts.ADMIN.username(), null, "Alex Admin", ADMIN_EMAIL, hash,
                createdAt, DemoAccounts.ADMIN.roles().toArray(String[]::new));
        for (DemoAccounts.DemoAccount account : DemoAccounts.ALL) {
            Person person = people.get(account.username());
            if (person != null) {
                directory.createAccount(account.username(), person, person.fullName(), person.email, hash, createdAt,
                        account.roles().toArray(String[]::new));
            }
        }
        return adminId;
    }
}
