package com.upward.notification.internal;

import com.upward.testsupport.EventListeners;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Runs the scheduled jobs the way the scheduler does in production: on the app's proxied job bean (so ShedLock's
 * lock is taken), with nobody signed in. ShedLock measures its locks with the database's clock, which a test
 * cannot move; so before each run the job's lock is ended (its row kept: ShedLock remembers the row exists and only
 * updates it), as the day (or hours) that passed in the simulation would have let it expire. A run that the lock
 * still blocked would send nothing, and the simulation's invariants would see the missing reminders and emails.
 */
@Component
public class ScheduledJobRuns {

    private final NotificationJobs jobs;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ScheduledJobRuns(NotificationJobs jobs, JdbcTemplate jdbc, Clock clock) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** 07:00 every day: check-ins due within two days. */
    public void dueReminders() {
        run(NotificationJobs.DUE_REMINDERS, jobs::remindDueCheckIns);
    }

    /** 07:30 every day: check-ins that have just become overdue. */
    public void overdueReminders() {
        run(NotificationJobs.OVERDUE_REMINDERS, jobs::remindOverdueCheckIns);
    }

    /** 08:00 on Mondays: the HR digest. */
    public void hrDigest() {
        run(NotificationJobs.HR_DIGEST, jobs::sendHrDigest);
    }

    /** 06:00 every day: the subscribed reports whose month or quarter has ended. */
    public void reportDelivery() {
        run(NotificationJobs.REPORT_DELIVERY, jobs::deliverReports);
    }

    /**
     * The email outbox, which runs every 30 seconds in production: here as many runs as it takes until nothing is
     * due (each run sends a batch of {@code upward.mail.batch-size}); an email waiting for a retry is not due yet.
     * First the listeners that queue emails after a commit finish, as they would long before the next run.
     */
    public void outbox() {
        EventListeners.awaitDone(jdbc);
        String due = "select count(*) from email_outbox where status = 'PENDING' and next_attempt_at <= ?";
        long before;
        do {
            before = jdbc.queryForObject(due, Long.class, utcNow());
            run(NotificationJobs.OUTBOX, jobs::sendOutbox);
        } while (before > 0 && jdbc.queryForObject(due, Long.class, utcNow()) < before);
    }

    private LocalDateTime utcNow() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private void run(String lockName, Runnable job) {
        var signedIn = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            jdbc.update("update shedlock set lock_until = locked_at where name = ?", lockName);
            job.run();
        } finally {
            SecurityContextHolder.setContext(signedIn);
        }
    }
}
