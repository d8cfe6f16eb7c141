package com.upward.notification.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

interface ReportSubscriptionRepository extends JpaRepository<ReportSubscription, Long> {

    /** Subscriptions of {@code frequency} whose last handled period ended before {@code periodEnd}, oldest first. */
    @Query("""
            select s.id from ReportSubscription s where s.frequency = :frequency and s.deliveredThrough < :periodEnd
            order by s.id""")
    List<Long> dueIds(DeliveryFrequency frequency, LocalDate periodEnd);

    boolean existsBySubscriberIdAndReportKindAndProgramIdAndFrequency(long subscriberId, ReportKind reportKind,
                                                                     Long programId, DeliveryFrequency frequency);
}
