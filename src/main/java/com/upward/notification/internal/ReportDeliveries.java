package com.upward.notification.internal;

import com.upward.base.ReadModel;
import com.upward.reporting.CompanyReportService;
import com.upward.reporting.ReportRequester;
import com.upward.reporting.ReportScope;
import com.upward.reporting.ReportingService;
import com.upward.security.AppUser;
import com.upward.security.UserPrincipal;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.upward.notification.internal.Message.tr;

/**
 * Sends the subscribed reports that are due: for each subscription whose month or quarter has ended, the report of
 * that period, generated as the subscriber (their roles now: the report's service decides whether they may still
 * read it), in their language and zone, queued in the outbox as a PDF attachment. Each subscription in a transaction
 * of its own, which queues the email and marks the period delivered together: queuing is the commit point (the
 * outbox retries a failed send), and a rerun finds nothing due. One failing subscription never stops the others.
 */
@ReadModel("a report's email names its program: it reads program.name")
@Component
class ReportDeliveries {

    static final String TEMPLATE = "report";
    private static final Logger log = LoggerFactory.getLogger(ReportDeliveries.class);

    /** What became of the due subscriptions in one run. */
    record Run(int sent, int skipped, int failed) {
    }

    private final ReportSubscriptionRepository subscriptions;
    private final ReportingService reporting;
    private final CompanyReportService company;
    private final EmailOutboxRepository outbox;
    private final EmailComposer composer;
    private final EntityManager em;
    private final TransactionTemplate transaction;

    ReportDeliveries(ReportSubscriptionRepository subscriptions, ReportingService reporting,
                     CompanyReportService company, EmailOutboxRepository outbox, EmailComposer composer,
                     EntityManager em, TransactionTemplate transaction) {
        this.subscriptions = subscriptions;
        this.reporting = reporting;
        this.company = company;
        this.outbox = outbox;
        this.composer = composer;
        this.em = em;
        this.transaction = transaction;
    }

    Run deliverDue(LocalDate today) {
        List<Long> due = new ArrayList<>();
        for (DeliveryFrequency frequency : DeliveryFrequency.values()) {
            due.addAll(transaction.execute(status -> subscriptions.dueIds(frequency,
                    frequency.lastCompleteBefore(today).to())));
        }
        int sent = 0;
        int skipped = 0;
        int failed = 0;
        for (long id : due) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> deliver(id, today)))) {
                    sent++;
                } else {
                    skipped++;
                }
            } catch (AccessDeniedException refused) {
                skip(id, today, ReportSubscription.Skip.NOT_ALLOWED);
                skipped++;
            } catch (RuntimeException e) {
                // left due: the next run tries the period again
                log.warn("Report subscription {} not delivered, retried on the next run", id, e);
                failed++;
            }
        }
        return new Run(sent, skipped, failed);
    }

    /** Sends the due period; false when it was not due (any more) or there is nobody to send it to. */
    private boolean deliver(long id, LocalDate today) {
        ReportSubscription subscription = subscriptions.findById(id).orElse(null);
        DeliveryFrequency.Period period = subscription == null ? null : subscription.dueOn(today);
        if (period == null) {
            return false;
        }
        AppUser subscriber = subscription.getSubscriber();
        if (!subscriber.isEnabled() || subscriber.getEmail() == null || subscriber.getEmail().isBlank()) {
            log.info("Report subscription {}: {} not sent, the account is disabled or has no email", id, period);
            subscription.skipped(period, ReportSubscription.Skip.NO_RECIPIENT);
            return false;
        }
        RecipientLanguage language = RecipientLanguage.of(subscriber);
        var requester = new ReportRequester(language.locale(), RecipientLanguage.zoneOf(subscriber));
        var pdf = new ByteArrayOutputStream();
        String fileName = asSubscriber(subscriber, () -> write(subscription, period, requester, pdf));
        String about = subscription.getProgramId() == null ? "" : em.createQuery(
                        "select p.name from Program p where p.id = :id", String.class)
                .setParameter("id", subscription.getProgramId()).getSingleResult();
        String kind = subscription.getReportKind().name();
        EmailOutbox email = composer.composeAccountEmail(subscriber, tr("email.report.title." + kind, about),
                tr("email.report.body." + subscription.getFrequency().name(), period.from(), period.to()),
                "profile", tr("email.report.button"), TEMPLATE, Map.of());
        email.attach(fileName, "application/pdf", pdf.toByteArray());
        outbox.save(email);
        subscription.delivered(period);
        return true;
    }

    /**
     * Writes the subscription's report of {@code period} to {@code out} and returns its file name: the one place
     * that knows which report a kind is.
     */
    private String write(ReportSubscription subscription, DeliveryFrequency.Period period, ReportRequester requester,
                         ByteArrayOutputStream out) {
        return switch (subscription.getReportKind()) {
            case PROGRAM_OUTCOME -> {
                var scope = new ReportScope(subscription.getProgramId(), null, period.from(), period.to());
                reporting.writeProgramOutcomePdf(scope, requester, out);
                yield reporting.programOutcomeFileName(scope, requester);
            }
            case CROSS_PROGRAM -> {
                company.writeCompanyOutcomePdf(period.from(), period.to(), requester, out);
                yield company.companyOutcomeFileName(requester);
            }
        };
    }

    /** Records a period the subscriber may no longer have, so that it is not tried again every day. */
    private void skip(long id, LocalDate today, ReportSubscription.Skip reason) {
        transaction.executeWithoutResult(status -> subscriptions.findById(id).ifPresent(subscription -> {
            DeliveryFrequency.Period period = subscription.dueOn(today);
            if (period != null) {
                log.info("Report subscription {}: {} not sent, {}", id, period, reason);
                subscription.skipped(period, reason);
            }
        }));
    }

    /** Runs {@code work} signed in as the subscriber with their roles now, then restores whoever ran the job. */
    private static <T> T asSubscriber(AppUser subscriber, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UserPrincipal principal = UserPrincipal.of(subscriber);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
