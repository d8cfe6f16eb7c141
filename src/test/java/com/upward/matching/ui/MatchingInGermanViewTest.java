package com.upward.matching.ui;

import com.upward.matching.PairingTestData;
import com.upward.matching.internal.MatchingBoardService;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.PagedTableTester;
import com.upward.testsupport.RenderedUi;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The matching board, its auto-match preview and the pairing page read in German when the UI speaks German. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class MatchingInGermanViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    PairingTestData pairingData;
    @Autowired
    MatchingBoardService board;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void germanUi() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    long demoCohort(String status) {
        return jdbc.queryForObject("select min(id) from cohort where status = ?", Long.class, status);
    }

    @Test
    void theBoardAndTheAutoMatchPreviewSpeakGerman() throws Exception {
        data.signIn("hr");
        long id = demoCohort("ENROLLING");
        MatchingBoardView view = navigate("cohorts/" + id + "/matching", MatchingBoardView.class);
        roundTrip();

        assertThat(view.getPageTitle()).isEqualTo("Matching-Board");
        assertThat(view.autoMatch.getText()).isEqualTo("Auto-Matching");
        assertThat(view.weights.getText()).isEqualTo("Gewichtung");
        int capacity = board.summary(id).orElseThrow().capacity();
        assertThat(capacity).isGreaterThan(1);
        assertThat(RenderedUi.text(view)).contains("Matching-Board · ", "Mentees ohne Mentor", "Laufende Paare",
                "Bis zu " + capacity + " Mentees pro Mentor. Vorschläge verletzen nie eine feste Regel");
        var mentors = new PagedTableTester<>(view.mentors.table);
        var first = mentors.shownRows().getFirst();
        assertThat(view.mentors.table.page().get("columns").get(3).get("header").asString()).isEqualTo("Auslastung");
        assertThat(MentorsPane.load(first)).startsWith(first.load() + " von " + first.capacity());

        test(view.autoMatch).click();
        awaitAutoMatch(view);
        AutoMatchDialog dialog = $(AutoMatchDialog.class).single();
        int proposed = test(dialog.pairs).size();
        assertThat(proposed).isGreaterThan(1);
        assertThat(dialog.accept.getText()).isEqualTo(proposed + " Paare übernehmen");
        for (int row = 1; row < proposed; row++) {
            dialog.pairs.deselect(test(dialog.pairs).getRow(row));
        }
        assertThat(dialog.accept.getText()).isEqualTo("1 Paar übernehmen");
        assertThat(dialog.summary.getText()).startsWith(proposed + " von ")
                .contains("Mentees ohne Mentor können zugeordnet werden, mit einer Gesamtpunktzahl von ")
                .endsWith("Gespeichert wird erst, wenn Sie übernehmen; entfernen Sie den Haken bei Paaren, die Sie "
                        + "nicht möchten.");
        assertThat(dialog.spread.getText()).startsWith("Nach diesen Paaren: ")
                .endsWith("Gleichmäßige Verteilung 20 von 100: Der nächste Mentee eines Mentors kostet 5 Punkte für "
                        + "jeden Mentee, den der Mentor bereits hat.");
        test(dialog.discard).click();
    }

    @Test
    void aCompletedCohortSaysInGermanWhyNothingCanChange() {
        data.signIn("hr");
        MatchingBoardView view = navigate("cohorts/" + demoCohort("COMPLETED") + "/matching",
                MatchingBoardView.class);
        assertThat(view.weights.getTooltip().getText())
                .isEqualTo("Diese Kohorte ist abgeschlossen, ihre Paare können nicht mehr geändert werden.");
    }

    @Test
    void anUnknownCohortSaysSoInGerman() {
        data.signIn("hr");
        navigate("cohorts/999999/matching", MatchingBoardView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Kohorte nicht gefunden");
    }

    @Test
    void aMenteeChoosesAMentorInGerman() {
        var people = pairingData.cohortWith(false, true);
        int capacity = jdbc.queryForObject("select max_mentees_per_mentor from cohort where id = ?", Integer.class,
                people.cohort());
        data.signIn("mentee");
        PairingView view = navigate(PairingView.class);

        assertThat(view.getPageTitle()).isEqualTo("Ihre Paarbildung");
        assertThat($(H2.class, view).first().getText()).isEqualTo("Ihre Paarbildung");
        String mentor = people.mentor().getEmployee().getFullName();
        assertThat(view.requests.getFirst().getText()).isEqualTo(mentor + " anfragen");
        assertThat($(H4.class, view).all()).extracting(H4::getText).contains(mentor);
        assertThat(capacity).isGreaterThan(1);
        assertThat($(Span.class, view).all()).extracting(Span::getText).contains(capacity + " Plätze frei");
        assertThat(RenderedUi.text(view)).contains("Wählen Sie Ihren Mentor · ", "Warum diese Passung");
        // why the mentor fits, criterion by criterion, in German too
        var reasons = $(Span.class, view).all().stream().filter(span -> span.hasClassName("criterion-reason"))
                .map(Span::getText).toList();
        assertThat(reasons).isNotEmpty().anySatisfy(reason -> assertThat(reason)
                .containsAnyOf("Zeitunterschied", "Gleiche Zeitverschiebung", "Zeitzone unbekannt"));
        assertThat(reasons).noneMatch(reason -> reason.matches("(Shares|Both|Mentor is|Mentee asked|Wants|No |Same ).*")
                || reason.contains(" h apart"));
    }

    /** Runs what the click queued, waits for the background preview, then runs what it queued for the UI. */
    private static void awaitAutoMatch(MatchingBoardView view) throws Exception {
        var session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        view.autoMatchWork.get(30, TimeUnit.SECONDS);
        session.getService().runPendingAccessTasks(session);
    }
}
