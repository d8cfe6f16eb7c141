package com.upward.notification.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The scheduled jobs, each under a ShedLock lock in the shared database so that it runs once per slot however many
 * app nodes there are ({@code lockAtLeastFor} covers clock skew between nodes). The schedules are properties
 * ({@code upward.jobs.*}); the jobs are idempotent, so a run that is repeated sends nothing twice.
 */
@Component
class NotificationJobs {

    static final String OUTBOX = "email-outbox";
    static final String DUE_REMINDERS = "check-in-due-reminders";
    static final String OVERDUE_REMINDERS = "check-in-overdue-reminders";
    static final String HR_DIGEST = "hr-weekly-digest";
    static final String PROPOSAL_REMINDERS = "pair-proposal-reminders";
    static final String REPORT_DELIVERY = "report-delivery";

    private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);

    private final OutboxDispatcher dispatcher;
    private final CheckInReminders reminders;
    private final HrDigest digest;
    private final ProposalReminders proposals;
    private final ReportDeliveries reports;
    private final Clock clock;

    NotificationJobs(OutboxDispatcher dispatcher, CheckInReminders reminders, HrDigest digest,
                     ProposalReminders proposals, ReportDeliveries reports, Clock clock) {
        this.dispatcher = dispatcher;
        this.reminders = reminders;
        this.digest = digest;
        this.proposals = proposals;
        this.reports = reports;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${upward.jobs.outbox-delay}", initialDelayString = "${upward.jobs.outbox-delay}")
    @SchedulerLock(name = OUTBOX, lockAtMostFor = "PT10M")
    void sendOutbox() {
        int sent = dispatcher.dispatchDue();
        if (sent > 0) {
            log.info("Outbox: {} emails sent", sent);
        }
    }

    @Scheduled(cron = "${upward.jobs.due-reminders-cron}")
    @SchedulerLock(name = DUE_REMINDERS, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void remindDueCheckIns() {
        log.info("Check-in due reminders: {} written", reminders.remindDueSoon(LocalDate.now(clock)));
    }

    @Scheduled(cron = "${upward.jobs.overdue-reminders-cron}")
    @SchedulerLock(name = OVERDUE_REMINDERS, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void remindOverdueCheckIns() {
        log.info("Check-in overdue reminders: {} written", reminders.remindOverdue(LocalDate.now(clock)));
    }

    @Scheduled(cron = "${upward.jobs.proposal-reminders-cron}")
    @SchedulerLock(name = PROPOSAL_REMINDERS, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void remindWaitingPairs() {
        log.info("Pair proposal reminders: {} written", proposals.remind());
    }

    @Scheduled(cron = "${upward.jobs.hr-digest-cron}")
    @SchedulerLock(name = HR_DIGEST, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void sendHrDigest() {
        log.info("HR weekly digest: {} written", digest.send(LocalDate.now(clock)));
    }

    /** Subscribed reports whose month or quarter has ended (PDF rendering can take a while: a long lock). */
    @Scheduled(cron = "${upward.jobs.report-delivery-cron}")
    @SchedulerLock(name = REPORT_DELIVERY, lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    void deliverReports() {
        var run = reports.deliverDue(LocalDate.now(clock));
        log.info("Report subscriptions: {} sent, {} skipped, {} failed", run.sent(), run.skipped(), run.failed());
    }
}
