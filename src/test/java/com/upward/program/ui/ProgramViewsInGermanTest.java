package com.upward.program.ui;

import com.upward.program.Cadence;
import com.upward.program.EnrollmentStatus;
import com.upward.program.internal.Capacity;
import com.upward.program.internal.CohortMove;
import com.upward.program.internal.EnrollmentService;
import com.upward.program.internal.ProgramForm;
import com.upward.program.internal.ProgramService;
import com.upward.testsupport.Fixtures;
import com.upward.testsupport.CohortPageTabs;
import com.upward.testsupport.ShownTabs;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The program screens in German: programs, a program, a cohort with its participants, and the open cohorts. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class ProgramViewsInGermanTest extends CohortPageTabs {

    @Autowired
    EnrollmentService enrollment;
    @Autowired
    ProgramService programs;

    @BeforeEach
    void inGerman() {
        data.signIn("hr");
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void theProgramsListAndAProgramsPageSpeakGerman() {
        ProgramsView list = navigate(ProgramsView.class);
        assertThat(list.getPageTitle()).isEqualTo("Programme");
        assertThat(list.create.getText()).isEqualTo("Neues Programm");
        assertThat(list.showInactive.getLabel()).isEqualTo("Inaktive Programme anzeigen");
        assertThat(list.grid.getColumns().stream().map(c -> c.getHeaderText()))
                .containsExactly("Name", "Verantwortlich", "Kohorten", "Status", "Aktionen");

        long id = programs.createProgram(new ProgramForm(Fixtures.unique("Programm"), null,
                data.signIn("hr").userId(), Cadence.BIWEEKLY, 1));
        ProgramView page = navigate("programs/" + id, ProgramView.class);
        assertThat(page.getPageTitle()).isEqualTo("Programm");
        assertThat($(Paragraph.class).withClassName("page-intro").first().getText())
                .contains("Check-ins standardmäßig alle 2 Wochen · bis zu 1 Mentee pro Mentor");
        assertThat(page.saveRules.getText()).isEqualTo("Regeln aktualisieren");
        assertThat($(H3.class).all().stream().map(H3::getText)).contains("Wer wie oft teilnehmen darf", "Kohorten");

        test(page.newCohort).click();
        CohortDialog dialog = $(CohortDialog.class).single();
        assertThat(dialog.opensOn.getLabel()).isEqualTo("Anmeldung öffnet");
        test(dialog.save).click();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Geben Sie einen Namen ein.");
        assertThat(dialog.endsOn.getErrorMessage()).isEqualTo("Geben Sie das Enddatum ein.");
    }

    @Test
    void aCohortsLifecycleTabsAndParticipantsSpeakGerman() {
        long id = demoCohort("ENROLLING");
        CohortView view = navigate("cohorts/" + id, CohortView.class);
        assertThat(view.getPageTitle()).isEqualTo("Kohorte");
        assertThat(view.moves.get(CohortMove.START).getText()).isEqualTo("Starten");
        assertThat(view.moves.get(CohortMove.OPEN_ENROLLMENT).getTooltip().getText())
                .isEqualTo("Öffnen der Anmeldung nicht möglich: Die Anmeldung ist bereits offen.");
        assertThat(IntStream.range(0, 2).mapToObj(i -> view.tabs.getTabAt(i).getLabel()))
                .containsExactly("Übersicht", "Teilnehmende");

        test(view.moves.get(CohortMove.CANCEL)).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).isEqualTo("Die Kohorte findet nicht statt. Bewerbungen bleiben, wie sie "
                + "sind. Das lässt sich nicht rückgängig machen.");
        assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("Abbrechen");
        confirm.close();

        test(view.tabs).select("Teilnehmende");
        roundTrip();
        ParticipantsTab tab = ShownTabs.content(view.tabs, "Teilnehmende");
        Capacity c = enrollment.capacity(id);
        assertThat(tab.capacityLine.getText()).startsWith("Mentorenkapazität: " + c.acceptedMentors()
                + (c.acceptedMentors() == 1 ? " angenommener Mentor × " : " angenommene Mentoren × ")
                + c.maxMenteesPerMentor() + " = " + c.places() + (c.places() == 1 ? " Platz; " : " Plätze; "));
        assertThat(tab.invite.getText()).isEqualTo("Jemanden einladen");

        tab.status.setValue(EnrollmentStatus.APPLIED);
        tab.grid.select(test(tab.grid).getRow(0));
        tab.grid.select(test(tab.grid).getRow(1));
        assertThat(tab.bulk.waitlist.getText()).isEqualTo("2 auf Warteliste");
        test(tab.bulk.waitlist).click();
        assertThat(ViewTestSupport.texts($(Notification.class).all()))
                .containsOnlyOnce("2 Personen auf die Warteliste gesetzt.");
    }

    @Test
    void anEmployeeAppliesInGerman() {
        data.signIn("mentee2");
        OpenCohortsView view = navigate(OpenCohortsView.class);
        assertThat(view.getPageTitle()).isEqualTo("Offene Kohorten");
        assertThat($(H3.class).all().stream().map(H3::getText))
                .containsExactly("Offen für Bewerbungen", "Meine Bewerbungen");
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Bewerbung bis ") && text.contains(" · Laufzeit ")
                        && text.contains(" · Check-ins "));

        test($(Button.class).withText("Als Mentee bewerben").first()).click();
        ApplicationDialog dialog = $(ApplicationDialog.class).single();
        assertThat(dialog.getHeaderTitle()).startsWith("Als Mentee bewerben: ");
        test(dialog.save).click();
        assertThat(dialog.topics.getErrorMessage()).isEqualTo("Fügen Sie mindestens einen Schwerpunkt hinzu.");
        assertThat(dialog.motivation.getErrorMessage()).isEqualTo("Beschreiben Sie, was Sie lernen möchten.");
        assertThat(dialog.save.getText()).isEqualTo("Bewerbung absenden");
    }
}
