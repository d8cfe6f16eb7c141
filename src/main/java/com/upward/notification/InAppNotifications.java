package com.upward.notification;

import com.upward.security.AppUser;
import com.upward.security.Role;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes in-app notifications for people by employee id or for every HR coordinator; inactive accounts get none. */
@Component
class InAppNotifications {

    private final NotificationRepository notifications;
    private final EntityManager em;
    private final Clock clock;

    InAppNotifications(NotificationRepository notifications, EntityManager em, Clock clock) {
        this.notifications = notifications;
        this.em = em;
        this.clock = clock;
    }

    /** Active accounts by the employee they belong to. */
    Map<Long, AppUser> accountsOf(Collection<Long> employeeIds) {
        Map<Long, AppUser> byEmployee = new HashMap<>();
        em.createQuery("select u, u.employee.id from AppUser u where u.employee.id in :ids and u.enabled = true",
                        Object[].class)
                .setParameter("ids", employeeIds).getResultList()
                .forEach(row -> byEmployee.put((Long) row[1], (AppUser) row[0]));
        return byEmployee;
    }

    List<AppUser> hrCoordinators() {
        return em.createQuery("select u from AppUser u where :hr member of u.roles and u.enabled = true", AppUser.class)
                .setParameter("hr", Role.HR).getResultList();
    }

    /** Nothing for a missing recipient: not everyone in the directory has an account. */
    void send(AppUser recipient, String type, String title, String body, String link) {
        if (recipient == null) {
            return;
        }
        var notification = new Notification(recipient, type, title);
        notification.setBody(body);
        notification.setLink(link);
        notification.setCreatedAt(clock.instant());
        notifications.save(notification);
    }
}
