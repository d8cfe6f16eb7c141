package com.upward.audit.ui;

import com.upward.base.Role;
import com.upward.program.ProgramTestData;
import com.upward.security.AppUser;
import com.upward.security.UserPrincipal;
import com.upward.testsupport.Fixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit view: the demo's events in a lazy grid, filters that narrow it, the empty state; times and day filters
 * in the viewer's zone (employee record, else browser, else UTC), named in the header and the intro.
 */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class AuditLogViewTest extends SpringBrowserlessTest {

    /** 12:30 on 2 March in Auckland (UTC+13), 15:30 on 1 March in Los Angeles (UTC-8). */
    static final LocalDateTime LATE_UTC_EVENING = LocalDateTime.of(2031, 3, 1, 23, 30);

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    @Test
    void anAdministratorFiltersTheLog() {
        data.signIn("admin");
        AuditLogView view = navigate(AuditLogView.class);
        long all = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        assertThat(all).isPositive();
        assertThat(test(view.grid).size()).isEqualTo((int) all);

        String actor = jdbc.queryForObject("select actor from audit_event order by id limit 1", String.class);
        long byActor = jdbc.queryForObject("select count(*) from audit_event where actor = ?", Long.class, actor);
        test(view.actor).selectItem(actor);
        assertThat(test(view.grid).size()).isEqualTo((int) byActor);
        assertThat(view.total.getText()).isEqualTo(byActor == 1 ? "1 event"
                : String.format(Locale.ENGLISH, "%,d events", byActor));
        for (int row = 0; row < test(view.grid).size(); row++) {
            assertThat(test(view.grid).getCellText(row, 1)).isEqualTo(actor);
        }

        view.from.setValue(LocalDate.of(2099, 1, 1));
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.total.getText()).isEqualTo("0 events");
    }

    @Test
    void timesAndDaysAreInTheZoneOfTheViewersEmployeeRecord() {
        signInAdministratorWithEmployeeIn("Pacific/Auckland");
        String actor = eventAt(LATE_UTC_EVENING);
        useBrowserZone("America/Los_Angeles"); // the record wins over the browser
        AuditLogView view = navigate(AuditLogView.class);

        assertThat(view.grid.getColumns().getFirst().getHeaderText()).isEqualTo("Time (Pacific/Auckland)");
        assertThat(view.intro.getText())
                .contains("Times are shown in Pacific/Auckland, the time zone on your employee record;");
        test(view.actor).selectItem(actor);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("2 Mar 2031, 12:30");
        assertThat(shownOn(view, LocalDate.of(2031, 3, 2))).isEqualTo(1);
        assertThat(shownOn(view, LocalDate.of(2031, 3, 1))).isZero();
    }

    @Test
    void withoutAnEmployeeRecordTheBrowsersZoneCounts() {
        data.signIn("admin"); // the demo administrator has no employee record
        String actor = eventAt(LATE_UTC_EVENING);
        useBrowserZone("America/Los_Angeles");
        AuditLogView view = navigate(AuditLogView.class);

        assertThat(view.grid.getColumns().getFirst().getHeaderText()).isEqualTo("Time (America/Los_Angeles)");
        assertThat(view.intro.getText()).contains("Times are shown in America/Los_Angeles, your browser's time zone;");
        test(view.actor).selectItem(actor);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("1 Mar 2031, 15:30");
        assertThat(shownOn(view, LocalDate.of(2031, 3, 1))).isEqualTo(1);
    }

    @Test
    void withNeitherAnEmployeeRecordNorABrowserZoneTimesAreUtc() {
        data.signIn("admin");
        useBrowserZone("Not/AZone");
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(view.grid.getColumns().getFirst().getHeaderText()).isEqualTo("Time (UTC)");
        assertThat(view.intro.getText()).contains("Times are shown in UTC, as neither an employee record nor");
    }

    @Test
    void inGermanTheLogSpeaksGerman() {
        data.signIn("admin");
        useBrowserZone("Not/AZone");
        UI.getCurrent().setLocale(Locale.GERMAN);
        String actor = eventAt(LATE_UTC_EVENING);
        AuditLogView view = navigate(AuditLogView.class);

        assertThat(view.getPageTitle()).isEqualTo("Audit-Protokoll");
        assertThat(view.grid.getColumns().getFirst().getHeaderText()).isEqualTo("Zeit (UTC)");
        assertThat(view.intro.getText()).startsWith("Jede Änderung an Programmen")
                .contains("Zeiten werden in UTC angezeigt, da weder Personaldaten noch der Browser");
        long all = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        assertThat(view.total.getText()).isEqualTo(String.format(Locale.GERMAN, "%,d Ereignisse", all));

        test(view.actor).selectItem(actor);
        assertThat(view.total.getText()).isEqualTo("1 Ereignis");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Ändern");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Ziel");
        assertThat(test(view.action).getSuggestions()).contains("Anmeldung", "Export");
    }

    /** How many events the grid shows with From and To both on {@code day}. */
    private int shownOn(AuditLogView view, LocalDate day) {
        view.from.clear();
        view.to.setValue(day);
        view.from.setValue(day);
        return test(view.grid).size();
    }

    /** An event by a new actor at the UTC wall-clock time {@code at}; returns the actor. */
    private String eventAt(LocalDateTime at) {
        String actor = Fixtures.unique("zz-zone");
        jdbc.update("insert into audit_event (occurred_at, actor, action, entity_type, entity_id, details)"
                + " values (?, ?, 'UPDATE', 'Goal', 1, 'progress: 10 → 20')", at, actor);
        return actor;
    }

    private void signInAdministratorWithEmployeeIn(String zone) {
        AppUser user = Fixtures.account(em, Role.ADMIN, employee -> employee.setTimeZone(zone));
        em.flush();
        UserPrincipal principal = UserPrincipal.of(user);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /** As if the browser had sent its details with this zone id (the other details unknown). */
    private static void useBrowserZone(String zoneId) {
        UI ui = UI.getCurrent();
        ui.getInternals().setExtendedClientDetails(new ExtendedClientDetails(ui, null, null, null, null, null, null,
                null, null, null, null, zoneId, null, null, null, null, null, null, null));
    }
}
