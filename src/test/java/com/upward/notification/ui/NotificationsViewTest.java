package com.upward.notification.ui;

import com.upward.program.ProgramTestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The bell's unread count in the navbar and the inbox page (writes rolled back). */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class NotificationsViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    long unread(String username) {
        em.flush();
        return jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.recipient_id"
                + " where u.username = ? and n.read_at is null", Long.class, username);
    }

    @Test
    void theBellShowsTheUnreadCountAndTheInboxMarksAllRead() {
        data.signIn("mentor");
        long unread = unread("mentor");
        assertThat(unread).isPositive();
        NotificationsView view = navigate(NotificationsView.class);

        NotificationBell.Bell bell = $(NotificationBell.Bell.class).single();
        assertThat(bell.getElement().getAttribute(NotificationBell.Bell.UNREAD)).isEqualTo(String.valueOf(unread));
        assertThat(bell.getHref()).isEqualTo("notifications");
        assertThat(bell.getAriaLabel()).contains("Notifications, " + unread + " unread");
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo((int) unread);

        test(view.markAll).click();
        assertThat(unread("mentor")).isZero();
        navigate(NotificationsView.class);
        bell = $(NotificationBell.Bell.class).single();
        assertThat(bell.getElement().hasAttribute(NotificationBell.Bell.UNREAD)).isFalse();
        assertThat(bell.getAriaLabel()).contains("Notifications, none unread");
    }

    @Test
    void timesAreShownInTheReadersOwnTimeZoneAndItIsNamed() {
        jdbc.update("""
                update employee set time_zone = 'Pacific/Auckland'
                where id = (select employee_id from app_user where username = 'mentor')""");
        data.signIn("mentor");
        NotificationsView view = navigate(NotificationsView.class);
        assertThat(view.grid.getColumns().get(1).getHeaderText()).isEqualTo("When (Pacific/Auckland)");
        var newest = jdbc.queryForObject("""
                select n.created_at from notification n join app_user u on u.id = n.recipient_id
                where u.username = 'mentor' order by n.created_at desc, n.id desc limit 1""",
                java.time.LocalDateTime.class);
        String expected = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.ENGLISH)
                .format(newest.atOffset(java.time.ZoneOffset.UTC)
                        .atZoneSameInstant(java.time.ZoneId.of("Pacific/Auckland")));
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo(expected);
    }

    @Test
    void openingANotificationMarksItReadAndFollowsItsLink() {
        data.signIn("mentor");
        NotificationsView view = navigate(NotificationsView.class);
        var row = test(view.grid).getRow(0);
        assertThat(test(view.grid).getLitRendererPropertyValue(0, 2, "openLabel", String.class))
                .isEqualTo("Open: " + row.title());

        test(view.grid).invokeLitRendererFunction(0, 2, "open");
        em.flush();

        assertThat(jdbc.queryForObject("select read_at from notification where id = ?", Object.class, row.id()))
                .isNotNull();
    }

    /** Leaves {@code n} of the user's notifications unread, the newest ones. */
    void leaveUnread(String username, int n) {
        em.flush();
        jdbc.update("""
                update notification set read_at = created_at
                where recipient_id = (select id from app_user where username = ?)""", username);
        jdbc.update("""
                update notification set read_at = null where id in (select n.id from notification n
                join app_user u on u.id = n.recipient_id where u.username = ?
                order by n.created_at desc, n.id desc limit ?)""", username, n);
    }

    private String lastToast() {
        return $(Notification.class).all().getLast().getElement().getProperty("text");
    }

    @Test
    void aGermanReaderReadsTheInboxAndTheBellInGermanWithPlurals() {
        data.signIn("mentor");
        leaveUnread("mentor", 1);
        UI.getCurrent().setLocale(Locale.GERMAN);
        NotificationsView view = navigate(NotificationsView.class);

        assertThat(view.getPageTitle()).isEqualTo("Benachrichtigungen");
        assertThat(view.markAll.getText()).isEqualTo("Alle als gelesen markieren");
        assertThat(view.grid.getColumns().get(0).getHeaderText()).isEqualTo("Benachrichtigung");
        assertThat(view.grid.getColumns().get(1).getHeaderText()).startsWith("Wann (");
        var row = test(view.grid).getRow(0);
        assertThat(test(view.grid).getLitRendererPropertyValue(0, 2, "openLabel", String.class))
                .isEqualTo("Öffnen: " + row.title());
        NotificationBell.Bell bell = $(NotificationBell.Bell.class).single();
        assertThat(bell.getAriaLabel()).contains("Benachrichtigungen, 1 ungelesen");

        test(view.markAll).click();
        assertThat(lastToast()).isEqualTo("1 Benachrichtigung als gelesen markiert.");

        leaveUnread("mentor", 2);
        navigate(NotificationsView.class);
        test($(NotificationsView.class).single().markAll).click();
        assertThat(lastToast()).isEqualTo("2 Benachrichtigungen als gelesen markiert.");
        navigate(NotificationsView.class);
        assertThat($(NotificationBell.Bell.class).single().getAriaLabel())
                .contains("Benachrichtigungen, keine ungelesen");
    }
}
