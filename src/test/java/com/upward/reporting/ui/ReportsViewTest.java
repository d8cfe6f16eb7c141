package com.upward.reporting.ui;

import com.upward.testsupport.TestTime;
import com.upward.testsupport.RenderedUi;
import com.upward.program.ProgramTestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports page: pick a program, cohort and period; the preview and the download name the program and date. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class ReportsViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anExecutiveGeneratesTheOutcomeReportForAProgram() {
        data.signIn("exec");
        ReportsView view = navigate(ReportsView.class);
        String program = view.program.getValue().name();
        assertThat(program).isEqualTo(jdbc.queryForObject("""
                select min(p.name) from program p join cohort c on c.program_id = p.id
                where c.status in ('ACTIVE', 'COMPLETED', 'ARCHIVED')""", String.class));
        assertThat(view.cohort.getValue()).isEqualTo(ReportsView.ALL_COHORTS);
        assertThat(view.from.getValue()).isEqualTo(TestTime.today().minusMonths(6));
        assertThat(view.to.getValue()).isEqualTo(TestTime.today());

        test(view.generate).click();

        assertThat(view.progressRow.isVisible()).isTrue();
        assertThat(view.preview).isNotNull();
        assertThat(view.download.getText()).isEqualTo("Download PDF");
        assertThat(RenderedUi.text(view)).contains("Upward outcome report - " + program + " - "
                + TestTime.today() + ".pdf");
        assertThat(view.download.getHref()).isNotBlank();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedBesideTheField() {
        data.signIn("hr");
        ReportsView view = navigate(ReportsView.class);
        test(view.from).setValue(LocalDate.of(2026, 6, 1));
        test(view.to).setValue(LocalDate.of(2026, 5, 1));
        test(view.generate).click();
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The period must end on or after its first day.");
        assertThat(view.preview).isNull();
    }

    @Test
    void theCohortListOffersTheProgramsStartedCohorts() {
        data.signIn("hr");
        ReportsView view = navigate(ReportsView.class);
        long programId = view.program.getValue().id();
        int started = jdbc.queryForObject("select count(*) from cohort where program_id = ? and status in"
                + " ('ACTIVE', 'COMPLETED', 'ARCHIVED')", Integer.class, programId);
        assertThat(test(view.cohort).getSuggestions()).hasSize(started + 1);
    }

    @Test
    void anExecutiveIsOfferedTheOutcomeReportsOnly() {
        data.signIn("exec");
        ReportsView view = navigate(ReportsView.class);
        assertThat(test(view.kind).getSuggestions()).containsExactly(ReportsView.Kind.OUTCOME.label(),
                ReportsView.Kind.COMPANY.label());
    }

    @Test
    void theCrossProgramReportNeedsAPeriodOnly() {
        data.signIn("exec");
        ReportsView view = navigate(ReportsView.class);
        test(view.kind).selectItem("All programs side by side (PDF)");
        assertThat(view.program.isEnabled()).isFalse();
        assertThat(view.cohort.isEnabled()).isFalse();
        assertThat(view.from.isEnabled()).isTrue();

        test(view.generate).click();
        assertThat(view.preview).isNotNull();
        assertThat(view.download.getHref()).isNotBlank();
        assertThat(RenderedUi.text(view)).contains("Upward outcomes across programs - " + TestTime.today() + ".pdf");
    }

    @Test
    void hrAlsoGetsTheCohortStatusReportAsPdfAndXlsx() {
        data.signIn("hr");
        ReportsView view = navigate(ReportsView.class);
        test(view.kind).selectItem(ReportsView.Kind.COHORT_STATUS.label());
        assertThat(view.from.isEnabled()).isFalse();
        assertThat(view.cohort.getValue()).isNotEqualTo(ReportsView.ALL_COHORTS);
        String cohortName = view.cohort.getValue().name();

        test(view.generate).click();
        assertThat(view.preview).isNotNull();
        assertThat(view.download.getText()).isEqualTo("Download PDF");
        assertThat(view.downloadXlsx.getText()).isEqualTo("Download XLSX");
        assertThat(RenderedUi.text(view)).contains("Upward cohort status - " + cohortName + " - "
                + TestTime.today() + ".pdf");
    }

    @Test
    void inGermanThePageSpeaksGerman() {
        data.signIn("hr");
        UI.getCurrent().setLocale(Locale.GERMAN);
        ReportsView view = navigate(ReportsView.class);

        assertThat(view.getPageTitle()).isEqualTo("Berichte");
        assertThat(test(view.kind).getSuggestions())
                .containsExactly("Programmergebnisbericht (PDF)", "Alle Programme im Vergleich (PDF)",
                        "Kohortenstatusbericht (PDF und XLSX)");
        assertThat(test(view.cohort).getSuggestions().getFirst()).isEqualTo("Alle Kohorten");
        assertThat(RenderedUi.text(view)).contains("Zahlen, die weniger als 5 Personen umfassen");

        test(view.from).setValue(LocalDate.of(2026, 6, 1));
        test(view.to).setValue(LocalDate.of(2026, 5, 1));
        test(view.generate).click();
        assertThat(view.to.getErrorMessage()).isEqualTo("Der Zeitraum muss am oder nach seinem ersten Tag enden.");

        test(view.from).setValue(LocalDate.of(2026, 1, 1));
        test(view.generate).click();
        assertThat(view.download.getText()).isEqualTo("PDF herunterladen");
    }
}
