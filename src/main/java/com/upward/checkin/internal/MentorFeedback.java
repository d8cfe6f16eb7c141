package com.upward.checkin.internal;

import com.upward.base.VersionedEntity;
import com.upward.directory.Employee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The mentor's comment on a check-in (at most one per check-in), possibly acknowledging a help request. */
@Entity
@Table(name = "mentor_feedback")
public class MentorFeedback extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "check_in_id", nullable = false)
    private CheckIn checkIn;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Employee author;
    @Column(nullable = false)
    private String body;
    private boolean helpAcknowledged;

    protected MentorFeedback() {
    }

    public MentorFeedback(CheckIn checkIn, Employee author, String body) {
        this.checkIn = checkIn;
        this.author = author;
        this.body = body;
    }

    public CheckIn getCheckIn() { return checkIn; }
    public Employee getAuthor() { return author; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public boolean isHelpAcknowledged() { return helpAcknowledged; }
    public void setHelpAcknowledged(boolean helpAcknowledged) { this.helpAcknowledged = helpAcknowledged; }
}
