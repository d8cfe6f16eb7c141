package com.upward.notification.internal;

import com.upward.security.AppUser;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

import java.util.Objects;

/** Whether a user also wants notifications of one type by email (in-app ones are always shown). */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference implements Persistable<NotificationPreferenceId> {

    @EmbeddedId
    private NotificationPreferenceId id;
    @MapsId("userId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private AppUser user;
    private boolean emailEnabled;

    /** An assigned key: tells Spring Data to persist, not merge, a preference that was never saved. */
    @Transient
    private boolean isNew = true;

    protected NotificationPreference() {
    }

    public NotificationPreference(AppUser user, String type, boolean emailEnabled) {
        this.id = new NotificationPreferenceId(user.getId(), type);
        this.user = user;
        this.emailEnabled = emailEnabled;
    }

    @PostLoad
    @PostPersist
    void markNotNew() {
        isNew = false;
    }

    @Override
    public NotificationPreferenceId getId() { return id; }
    @Override
    public boolean isNew() { return isNew; }
    public AppUser getUser() { return user; }
    public String getType() { return id.type(); }
    public boolean isEmailEnabled() { return emailEnabled; }
    public void setEmailEnabled(boolean emailEnabled) { this.emailEnabled = emailEnabled; }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NotificationPreference that && Objects.equals(id, that.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
