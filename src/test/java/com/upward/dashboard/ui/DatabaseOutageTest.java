package com.upward.dashboard.ui;

import com.upward.testsupport.PagedTableTester;
import com.upward.testsupport.RenderedUi;
import com.upward.base.ui.Failures;
import com.upward.base.ui.ServerErrorView;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.DatabaseOutage;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * HR's home while the database goes away and comes back, with the real views and services and the pool switched
 * off underneath (see {@link DatabaseOutage}): a page opened during the outage says "temporarily unavailable" and
 * no exception text, a click says it in a notification, a nudge that loses its connection half-way writes
 * nothing, and everything works again once the database is back, without a restart. Its own in-memory database:
 * the nudges here commit.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:upward-outage;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password="})
@Import(DatabaseOutage.Config.class)
@ViewPackages(packages = "com.upward")
@DirtiesContext
class DatabaseOutageTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private DatabaseOutage outage;

    @BeforeEach
    void signInAsHr() {
        outage = DatabaseOutage.of(dataSource);
        data.signIn("hr");
    }

    @AfterEach
    void databaseBack() {
        outage.end();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPageOpenedDuringTheOutageSaysTryAgainAndWorksOnceTheDatabaseIsBack() {
        outage.begin();
        UI.getCurrent().navigate("");

        assertThat(getCurrentView()).isInstanceOf(ServerErrorView.class);
        String page = RenderedUi.text(getCurrentView());
        assertThat(page).contains(Failures.unavailable()).doesNotContain("Exception", "SQL", "Hikari", "at com.");
        assertThat(((ServerErrorView) getCurrentView()).getPageTitle()).isEqualTo("Service unavailable | Upward");
        assertThat($(Anchor.class).single().getText()).isEqualTo("Try again");

        outage.end();
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void aClickDuringTheOutageShowsTheMessageAndTheNextOneWorks() {
        navigate(HomeView.class);
        Runnable nudge = nudgeAction(0);
        long before = nudges();

        outage.begin();
        clickThroughTheSessionErrorHandler(nudge);
        assertThat(notificationTexts()).containsExactly(Failures.unavailable());
        assertThat(getCurrentView()).isInstanceOf(HomeView.class); // the page stays, nothing typed is lost

        outage.end();
        $(Notification.class).all().forEach(Notification::close);
        nudge.run();
        assertThat(nudges()).isEqualTo(before + 2);
    }

    @Test
    void aNudgeThatLosesItsConnectionHalfWayWritesNothing() {
        navigate(HomeView.class);
        Runnable nudge = nudgeAction(1); // not the pair the other test nudges
        List<Long> before = rows();

        // the first write of the nudge (a notification) gets through, the second finds the connection gone
        outage.loseConnectionAtWrite(2);
        clickThroughTheSessionErrorHandler(nudge);

        assertThat(outage.lostTheConnection()).isTrue();
        assertThat(notificationTexts()).containsExactly(Failures.unavailable());
        assertThat(rows()).isEqualTo(before); // the notification written first was rolled back
    }

    /** A click on the row's Nudge button, as the table in the browser reports it. */
    private Runnable nudgeAction(int row) {
        var table = new PagedTableTester<>($(PairsNeedingAttention.class).single().atRisk);
        assertThat(table.shownRows()).hasSizeGreaterThan(row);
        long pair = table.shownRows().get(row).assignmentId();
        return () -> table.act("row:nudge", String.valueOf(pair));
    }

    /** Browserless fires the click directly; in the browser Vaadin hands the exception to the session's handler. */
    private void clickThroughTheSessionErrorHandler(Runnable click) {
        Throwable failure = catchThrowable(click::run);
        assertThat(failure).isNotNull();
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
    }

    private List<String> notificationTexts() {
        return $(Notification.class).all().stream().map(n -> n.getElement().getTextRecursively()).toList();
    }

    private long nudges() {
        return jdbc.queryForObject("select count(*) from notification where type = 'PAIR_NUDGE'", Long.class);
    }

    private List<Long> rows() {
        return List.of("notification", "email_outbox", "audit_event").stream()
                .map(table -> jdbc.queryForObject("select count(*) from " + table, Long.class)).toList();
    }
}
