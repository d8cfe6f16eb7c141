package com.upward.notification.ui;

import com.upward.testsupport.TestTime;
import com.upward.testsupport.RenderedUi;
import com.upward.program.ProgramTestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** HR's deliveries page (failed emails, try again) and the email switches on the profile (writes rolled back). */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class EmailDeliveriesViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    @BeforeEach
    void oneSentAndOneFailedEmail() {
        var now = TestTime.utcNow();
        for (String status : List.of("SENT", "FAILED")) {
            jdbc.update("""
                    insert into email_outbox (recipient_email, subject, html_body, text_body, status, attempts,
                        next_attempt_at, last_error, created_at)
                    values ('zoe.odegard@upward.example', ?, '<p>Private words</p>', 'Private words', ?, ?,
                        ?, ?, ?)""",
                    "Test email " + status, status, "FAILED".equals(status) ? 5 : 1, now,
                    "FAILED".equals(status) ? "MailConnectException: Couldn't connect to host" : null, now);
        }
    }

    @Test
    void hrSeesTheFailedEmailsWithTheReasonAndQueuesOneAgain() {
        data.signIn("hr");
        EmailDeliveriesView view = navigate(EmailDeliveriesView.class);
        var grid = test(view.grid);
        int failed = jdbc.queryForObject("select count(*) from email_outbox where status = 'FAILED'", Integer.class);
        assertThat(grid.size()).isEqualTo(failed);
        assertThat(grid.getRow(0).subject()).isEqualTo("Test email FAILED");
        assertThat(grid.getCellText(0, 6)).contains("Couldn't connect to host");
        assertThat(RenderedUi.text(view)).doesNotContain("Private words");

        test((Button) grid.getCellComponent(0, 7)).click();
        em.flush();
        assertThat(jdbc.queryForObject("select status from email_outbox where subject = 'Test email FAILED'",
                String.class)).isEqualTo("PENDING");
        assertThat(test(view.grid).size()).isEqualTo(failed - 1);

        test(view.shown).selectItem("All");
        assertThat(test(view.grid).size()).isEqualTo(
                jdbc.queryForObject("select count(*) from email_outbox", Integer.class));
    }

    @Test
    void anEmployeeTurnsOneEmailTypeOffInTheProfile() {
        data.signIn("mentee");
        UI.getCurrent().navigate("profile");
        List<Checkbox> boxes = $(Checkbox.class).all();
        assertThat(boxes).extracting(Checkbox::getLabel).contains("Check-in due soon", "Mentor feedback")
                .doesNotContain("Weekly digest");
        assertThat(boxes).allMatch(Checkbox::getValue);

        Checkbox feedback = boxes.stream().filter(b -> b.getLabel().equals("Mentor feedback")).findFirst()
                .orElseThrow();
        test(feedback).click();
        em.flush();
        assertThat(jdbc.queryForObject("""
                select p.email_enabled from notification_preference p join app_user u on u.id = p.user_id
                where u.username = 'mentee' and p.type = 'MENTOR_FEEDBACK'""", Boolean.class)).isFalse();

        UI.getCurrent().navigate("profile");
        assertThat($(Checkbox.class).all()).filteredOn(b -> b.getLabel().equals("Mentor feedback"))
                .singleElement().extracting(Checkbox::getValue).isEqualTo(false);
    }

    @Test
    void hrAlsoChoosesTheWeeklyDigest() {
        data.signIn("hr");
        UI.getCurrent().navigate("profile");
        assertThat($(Checkbox.class).all()).extracting(Checkbox::getLabel).contains("Weekly digest");
    }

    @Test
    void aGermanReaderSeesTheDeliveriesAndTheEmailSwitchesInGerman() {
        data.signIn("hr");
        UI.getCurrent().setLocale(Locale.GERMAN);
        EmailDeliveriesView view = navigate(EmailDeliveriesView.class);

        assertThat(view.getPageTitle()).isEqualTo("E-Mail-Versand");
        assertThat(view.shown.getLabel()).isEqualTo("Anzeigen");
        assertThat(view.grid.getColumns()).extracting(c -> c.getHeaderText())
                .containsExactly("Erstellt", "Empfänger", "Betreff", "Status", "Versuche",
                        "Gesendet oder nächster Versuch", "Letzter Fehler", "Aktionen");
        assertThat(test(view.grid).getCellText(0, 5)).isEqualTo("Aufgegeben");
        assertThat(((Button) test(view.grid).getCellComponent(0, 7)).getText()).isEqualTo("Erneut versuchen");
        assertThat(RenderedUi.text(view)).contains("Warten auf Versand", "Gesendet", "Fehlgeschlagen");

        UI.getCurrent().navigate("profile");
        assertThat($(Checkbox.class).all()).extracting(Checkbox::getLabel)
                .contains("Wöchentliche Übersicht");
        Checkbox digest = $(Checkbox.class).all().stream()
                .filter(b -> b.getLabel().equals("Wöchentliche Übersicht")).findFirst().orElseThrow();
        assertThat(digest.getHelperText())
                .isEqualTo("Jeden Montag: die gefährdeten Paare und die offenen Hilfeanfragen.");
    }
}
