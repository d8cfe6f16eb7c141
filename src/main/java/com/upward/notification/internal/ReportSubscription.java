package com.upward.notification.internal;

import com.upward.base.AbstractEntity;
import com.upward.security.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's standing order for a report by email. {@code deliveredThrough} is the last day of the last period that
 * was handled (sent, or skipped for {@code skippedReason}): a period is due once it has ended after that day, and
 * moving it in the transaction that queues the email makes a rerun (or a second node) send nothing twice. The
 * version catches two deliveries of the same period at once.
 */
@Entity
@Table(name = "report_subscription")
public class ReportSubscription extends AbstractEntity {

    /** Why a period was not sent. */
    public enum Skip {
        /** The report's service refused the subscriber (a role they no longer have). */
        NOT_ALLOWED,
        /** The account is disabled or has no email address. */
        NO_RECIPIENT
    }

    @Version
    private long version;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscriber_id", nullable = false)
    private AppUser subscriber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReportKind reportKind;
    private Long programId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryFrequency frequency;
    @Column(nullable = false, updatable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private LocalDate deliveredThrough;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Skip skippedReason;

    protected ReportSubscription() {
    }

    /** Starting with the period running on {@code today}: the one that ended before is not sent. */
    ReportSubscription(AppUser subscriber, ReportKind reportKind, Long programId, DeliveryFrequency frequency,
                       Instant createdAt, LocalDate today) {
        this.subscriber = subscriber;
        this.reportKind = reportKind;
        this.programId = programId;
        this.frequency = frequency;
        this.createdAt = createdAt;
        this.deliveredThrough = frequency.lastCompleteBefore(today).to();
    }

    /** The period to deliver on {@code today}, if one is due. */
    DeliveryFrequency.Period dueOn(LocalDate today) {
        DeliveryFrequency.Period last = frequency.lastCompleteBefore(today);
        return last.to().isAfter(deliveredThrough) ? last : null;
    }

    void delivered(DeliveryFrequency.Period period) {
        deliveredThrough = period.to();
        skippedReason = null;
    }

    void skipped(DeliveryFrequency.Period period, Skip reason) {
        deliveredThrough = period.to();
        skippedReason = reason;
    }

    public AppUser getSubscriber() { return subscriber; }
    public ReportKind getReportKind() { return reportKind; }
    public Long getProgramId() { return programId; }
    public DeliveryFrequency getFrequency() { return frequency; }
    public Instant getCreatedAt() { return createdAt; }
    public LocalDate getDeliveredThrough() { return deliveredThrough; }
    public Skip getSkippedReason() { return skippedReason; }
}
