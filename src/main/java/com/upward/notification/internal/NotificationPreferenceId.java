package com.upward.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** Key of {@link NotificationPreference}: one row per user and notification type. */
@Embeddable
public record NotificationPreferenceId(
        @Column(name = "user_id") Long userId,
        @Column(name = "type", length = 40) String type) implements Serializable {
}
