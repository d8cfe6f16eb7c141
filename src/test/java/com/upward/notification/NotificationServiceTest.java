package com.upward.notification;

import com.upward.notification.internal.NotificationService;
import com.upward.notification.internal.NotificationService.NotificationRow;
import com.upward.program.ProgramTestData;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The in-app inbox of the demo users: counts, order, marking read, and nobody else's notifications. */
@SpringBootTest
@Tag("db")
@Transactional
class NotificationServiceTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    ProgramTestData data;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;

    long unreadInDb(String username) {
        em.flush();
        return jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.recipient_id"
                + " where u.username = ? and n.read_at is null", Long.class, username);
    }

    @Test
    void theInboxCountsAndListsOnlyTheUsersOwnNewestFirst() {
        data.signIn("mentor");
        assertThat(notifications.unreadCount()).isEqualTo(unreadInDb("mentor")).isPositive();

        List<NotificationRow> page = notifications.mine(PageRequest.of(0, 50));
        assertThat(page).extracting(NotificationRow::createdAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(page).hasSize(jdbc.queryForObject("select count(*) from notification n join app_user u"
                + " on u.id = n.recipient_id where u.username = 'mentor'", Integer.class));
    }

    @Test
    void markingReadOneAndAllAndNeverSomeoneElses() {
        data.signIn("hr");
        long hrsOwn = notifications.mine(PageRequest.of(0, 1)).getFirst().id();
        data.signIn("mentor");
        assertThatThrownBy(() -> notifications.markRead(hrsOwn)).isInstanceOf(AccessDeniedException.class);

        NotificationRow first = notifications.mine(PageRequest.of(0, 50)).stream().filter(n -> !n.read())
                .findFirst().orElseThrow();
        long before = unreadInDb("mentor");
        notifications.markRead(first.id());
        assertThat(unreadInDb("mentor")).isEqualTo(before - 1);

        assertThat(notifications.markAllRead()).isEqualTo((int) before - 1);
        em.clear();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(unreadInDb("hr")).isPositive();
    }
}
