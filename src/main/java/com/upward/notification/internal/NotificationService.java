package com.upward.notification.internal;

import com.upward.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The signed-in user's in-app notifications: the unread count, the list, marking read. Never anyone else's. */
@Service
public class NotificationService {

    /** One notification as the inbox shows it. */
    public record NotificationRow(long id, String type, String title, String body, String link, Instant createdAt,
                                  boolean read) {
    }

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(self());
    }

    /** Newest first, one page per call (the inbox grid is lazy). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<NotificationRow> mine(Pageable pageable) {
        return notifications.findByRecipientIdOrderByCreatedAtDesc(self(), pageable).stream()
                .map(n -> new NotificationRow(n.getId(), n.getType(), n.getTitle(), n.getBody(), n.getLink(),
                        n.getCreatedAt(), n.isRead()))
                .toList();
    }

    /** Marks one of the user's own notifications read; another person's is refused. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markRead(long notificationId) {
        Notification n = notifications.findById(notificationId)
                .filter(found -> found.getRecipient().getId() == self())
                .orElseThrow(() -> new AccessDeniedException("Not your notification."));
        if (n.getReadAt() == null) {
            n.setReadAt(clock.instant());
        }
    }

    /** Marks all of the user's unread notifications read; returns how many. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        return notifications.markAllRead(self(), clock.instant());
    }

    private long self() {
        return currentUser.require().userId();
    }
}
