package com.upward.notification.internal;

import com.upward.base.AbstractEntity;
import com.upward.base.Texts;
import com.upward.security.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** An in-app notification. {@code dedupKey} is unique, so a scheduled job never creates the same one twice. */
@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false)
    private AppUser recipient;
    @Column(nullable = false, length = 40)
    private String type;
    static final int TITLE_MAX = 200;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;
    private String body;
    @Column(length = 300)
    private String link;
    @Column(length = 200)
    private String dedupKey;
    @Column(nullable = false, updatable = false)
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {
    }

    public Notification(AppUser recipient, String type, String title, Instant createdAt) {
        this.recipient = recipient;
        this.type = type;
        setTitle(title);
        this.createdAt = createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public AppUser getRecipient() { return recipient; }
    public String getType() { return type; }
    public String getTitle() { return title; }
    /** Titles quote names ("Check-in from " and a full name of up to 201 characters): kept within the column. */
    public void setTitle(String title) {
        this.title = Texts.abbreviate(title, TITLE_MAX);
    }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
    public String getDedupKey() { return dedupKey; }
    public void setDedupKey(String dedupKey) { this.dedupKey = dedupKey; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public void setReadAt(Instant readAt) { this.readAt = readAt; }
}
