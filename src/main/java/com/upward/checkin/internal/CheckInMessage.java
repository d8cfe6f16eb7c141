package com.upward.checkin.internal;

import com.upward.base.AbstractEntity;
import com.upward.directory.Employee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One message of a check-in's conversation between the mentee and their mentor; never changed once written. */
@Entity
@Table(name = "check_in_message")
public class CheckInMessage extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "check_in_id", nullable = false, updatable = false)
    private CheckIn checkIn;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Employee author;
    @Column(nullable = false, updatable = false)
    private boolean fromMentee;
    @Column(nullable = false, updatable = false)
    private String body;
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    protected CheckInMessage() {
    }

    public CheckInMessage(CheckIn checkIn, Employee author, boolean fromMentee, String body, Instant createdAt) {
        this.checkIn = checkIn;
        this.author = author;
        this.fromMentee = fromMentee;
        this.body = body;
        this.createdAt = createdAt;
    }

    public CheckIn getCheckIn() { return checkIn; }
    public Employee getAuthor() { return author; }
    public boolean isFromMentee() { return fromMentee; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
