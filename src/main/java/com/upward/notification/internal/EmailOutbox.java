package com.upward.notification.internal;

import com.upward.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** An email waiting to be sent (transactional outbox), retried with back-off until SENT or FAILED. */
@Entity
@Table(name = "email_outbox")
public class EmailOutbox extends AbstractEntity {

    @Version
    private long version;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "notification_id")
    private Notification notification;
    @Column(nullable = false, length = 254)
    private String recipientEmail;
    @Column(nullable = false, length = 300)
    private String subject;
    @Column(nullable = false)
    private String htmlBody;
    @Column(nullable = false)
    private String textBody;
    /** An iCalendar file to attach, if any. */
    private String icsAttachment;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutboxStatus status = OutboxStatus.PENDING;
    private int attempts;
    @Column(nullable = false)
    private Instant nextAttemptAt;
    @Column(length = 1000)
    private String lastError;
    @Column(nullable = false, updatable = false)
    private Instant createdAt;
    private Instant sentAt;
    /** Files to attach (a report's PDF): loaded only when the email is sent, never when the outbox is listed. */
    @OneToMany(mappedBy = "email", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    private List<EmailAttachment> attachments = new ArrayList<>();

    /**
     * Now, at the columns' microsecond precision: an email queued "now" must be due for a dispatcher that asks at
     * the same instant, and the database would otherwise round the stored value while comparing the full one.
     */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    protected EmailOutbox() {
    }

    /** An email queued at {@code queuedAt}, due to be sent from then on. */
    public EmailOutbox(String recipientEmail, String subject, String htmlBody, String textBody, Instant queuedAt) {
        this.recipientEmail = recipientEmail;
        this.subject = subject;
        this.htmlBody = htmlBody;
        this.textBody = textBody;
        this.createdAt = queuedAt;
        this.nextAttemptAt = queuedAt;
    }


    public long getVersion() { return version; }
    public Notification getNotification() { return notification; }
    public void setNotification(Notification notification) { this.notification = notification; }
    public String getRecipientEmail() { return recipientEmail; }
    public String getSubject() { return subject; }
    public String getHtmlBody() { return htmlBody; }
    public String getTextBody() { return textBody; }
    public String getIcsAttachment() { return icsAttachment; }
    public void setIcsAttachment(String icsAttachment) { this.icsAttachment = icsAttachment; }
    public List<EmailAttachment> getAttachments() { return attachments; }
    /** Adds a file to send with the email; stored with it. */
    public void attach(String fileName, String contentType, byte[] content) {
        attachments.add(new EmailAttachment(this, fileName, contentType, content));
    }
    public OutboxStatus getStatus() { return status; }
    public void setStatus(OutboxStatus status) { this.status = status; }
    public int getAttempts() { return attempts; }
    public void setAttempts(int attempts) { this.attempts = attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public void setNextAttemptAt(Instant nextAttemptAt) { this.nextAttemptAt = nextAttemptAt; }
    public String getLastError() { return lastError; }
    /** Truncated to the column's 1000 characters. */
    public void setLastError(String lastError) {
        this.lastError = lastError == null || lastError.length() <= 1000 ? lastError : lastError.substring(0, 1000);
    }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public void setSentAt(Instant sentAt) { this.sentAt = sentAt; }
}
