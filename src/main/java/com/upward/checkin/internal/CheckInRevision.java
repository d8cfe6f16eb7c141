package com.upward.checkin.internal;

import com.upward.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A submitted version of a check-in, as a JSON snapshot. Immutable once written. */
@Entity
@Table(name = "check_in_revision")
public class CheckInRevision extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "check_in_id", nullable = false)
    private CheckIn checkIn;
    private int revision;
    @Column(nullable = false)
    private Instant submittedAt;
    @Column(nullable = false)
    private String content;

    protected CheckInRevision() {
    }

    public CheckInRevision(CheckIn checkIn, int revision, Instant submittedAt, String content) {
        this.checkIn = checkIn;
        this.revision = revision;
        this.submittedAt = submittedAt;
        this.content = content;
    }

    public CheckIn getCheckIn() { return checkIn; }
    public int getRevision() { return revision; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getContent() { return content; }
}
