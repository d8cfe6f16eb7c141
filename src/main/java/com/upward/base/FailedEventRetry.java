package com.upward.base;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs again the listeners that failed on an event (a mail server or database hiccup): the event publication
 * registry keeps each such publication as FAILED, with the event, until its listener has run. Under a ShedLock lock,
 * so one node retries at a time. The listeners are idempotent or write in one transaction, so a retry never doubles
 * what a first run left half done.
 */
@Component
public class FailedEventRetry {

    static final String LOCK = "failed-event-retry";
    private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);

    private final FailedEventPublications failed;

    FailedEventRetry(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(fixedDelayString = "${upward.jobs.event-retry-delay}",
            initialDelayString = "${upward.jobs.event-retry-delay}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void retryFailedListeners() {
        log.debug("Retrying the listeners of failed event publications");
        failed.resubmit(ResubmissionOptions.defaults());
    }
}
