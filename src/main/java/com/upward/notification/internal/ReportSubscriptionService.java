package com.upward.notification.internal;

import com.upward.base.BusinessRuleException;
import com.upward.base.ReadModel;
import com.upward.base.Role;
import com.upward.security.AppUser;
import com.upward.security.CurrentUser;
import com.upward.security.UserPrincipal;
import jakarta.persistence.EntityManager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Subscriptions to reports by email, each person's own: those who may read outcome reports subscribe; anyone signed
 * in lists and ends their own (also after losing the role that let them subscribe). Deliveries: {@link
 * ReportDeliveries}.
 */
@ReadModel("a subscription names its program: it reads program.name")
@Service
public class ReportSubscriptionService {

    static final String OUTCOME_READERS = "hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "', '"
            + Role.Names.EXECUTIVE + "')";

    /**
     * One of my subscriptions: {@code programName} null for a company-wide report; {@code next} the period the next
     * email covers (it arrives on {@code next.deliveredOn()}); {@code skipped} why the last period was not sent.
     */
    public record SubscriptionRow(long id, ReportKind kind, Long programId, String programName,
                                  DeliveryFrequency frequency, DeliveryFrequency.Period next,
                                  LocalDate skippedThrough, ReportSubscription.Skip skipped) {
    }

    private final ReportSubscriptionRepository subscriptions;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;

    ReportSubscriptionService(ReportSubscriptionRepository subscriptions, CurrentUser currentUser, EntityManager em,
                              Clock clock) {
        this.subscriptions = subscriptions;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
    }

    /**
     * Subscribes the signed-in person; the first email covers the period running today. Refused when they already
     * subscribe to the same report as often, or when a program-wide report names no existing program.
     */
    @Transactional
    @PreAuthorize(OUTCOME_READERS)
    public long subscribe(ReportKind kind, Long programId, DeliveryFrequency frequency) {
        UserPrincipal me = currentUser.require();
        if (kind.perProgram() != (programId != null)
                || programId != null && em.createQuery("select count(p) from Program p where p.id = :id", Long.class)
                .setParameter("id", programId).getSingleResult() == 0) {
            throw new BusinessRuleException("program", "notification.rule.subscription-program");
        }
        if (subscriptions.existsBySubscriberIdAndReportKindAndProgramIdAndFrequency(me.userId(), kind, programId,
                frequency)) {
            throw new BusinessRuleException("frequency", "notification.rule.subscription-duplicate." + frequency.name());
        }
        var subscription = new ReportSubscription(em.getReference(AppUser.class, me.userId()), kind, programId,
                frequency, clock.instant(), LocalDate.now(clock));
        return subscriptions.save(subscription).getId();
    }

    /** The signed-in person's subscriptions, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SubscriptionRow> mySubscriptions() {
        return em.createQuery("""
                        select s, p.name from ReportSubscription s left join Program p on p.id = s.programId
                        where s.subscriber.id = :me order by s.createdAt, s.id""", Object[].class)
                .setParameter("me", currentUser.require().userId()).getResultList().stream()
                .map(row -> row((ReportSubscription) row[0], (String) row[1])).toList();
    }

    /** The next period is the one after the last handled: the running one, or one that ended and is due today. */
    private static SubscriptionRow row(ReportSubscription s, String programName) {
        return new SubscriptionRow(s.getId(), s.getReportKind(), s.getProgramId(), programName, s.getFrequency(),
                s.getFrequency().periodOf(s.getDeliveredThrough().plusDays(1)),
                s.getSkippedReason() == null ? null : s.getDeliveredThrough(), s.getSkippedReason());
    }

    /** Ends one of the signed-in person's own subscriptions; anyone else's is refused as if it did not exist. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void unsubscribe(long subscriptionId) {
        long me = currentUser.require().userId();
        ReportSubscription subscription = subscriptions.findById(subscriptionId)
                .filter(s -> s.getSubscriber().getId() == me)
                .orElseThrow(() -> new AccessDeniedException("No such subscription of yours"));
        subscriptions.delete(subscription);
    }
}
