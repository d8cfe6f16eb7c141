package com.upward.reporting.ui;

import com.upward.reporting.ReportScope;
import com.upward.reporting.ReportingService;
import com.upward.reporting.ReportingService.CohortChoice;
import com.upward.reporting.ReportingService.ProgramChoice;
import com.upward.security.Role;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Pick a program (or one of its cohorts) and a period, then preview the program outcome PDF in the page and
 * download it. The PDF is filled in the download request itself and streamed to the browser, so the UI thread
 * never waits for it; a progress bar shows until the preview has loaded.
 */
@Route("reports")
@PageTitle("Reports")
@Menu(order = 70, icon = "vaadin:chart", title = "Reports")
@RolesAllowed({Role.Names.ADMIN, Role.Names.HR, Role.Names.EXECUTIVE})
class ReportsView extends Div {

    private static final Logger log = LoggerFactory.getLogger(ReportsView.class);
    /** The cohort select's "all cohorts" choice (a Select item cannot be null). */
    static final CohortChoice ALL_COHORTS = new CohortChoice(-1, "All cohorts", null, null, null);

    private final ReportingService reporting;
    final Select<ProgramChoice> program = new Select<>();
    final Select<CohortChoice> cohort = new Select<>();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Button generate = new Button("Generate report");
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span("Generating the report…");
    final Div progressRow = new Div(progressText, progress);
    final Div result = new Div();
    Anchor download;
    IFrame preview;

    ReportsView(ReportingService reporting) {
        this.reporting = reporting;
        addClassNames("page", "reports-page");
        var intro = new Paragraph("The program outcome report: key figures, charts, a section per cohort and a "
                + "department breakdown, as a PDF to read here or to forward. Figures covering fewer than 5 people "
                + "print as \u201c< 5\u201d.");
        intro.addClassName("page-intro");
        add(new H2("Program outcome report"), intro);

        List<ProgramChoice> programs = reporting.programs();
        if (programs.isEmpty()) {
            add(new Paragraph("No program has a cohort that has started yet. The report has figures once HR has "
                    + "started a cohort under Programs."));
            return;
        }
        program.setLabel("Program");
        program.setItems(programs);
        program.setItemLabelGenerator(ProgramChoice::name);
        program.addValueChangeListener(e -> loadCohorts());
        cohort.setLabel("Cohort");
        cohort.setItemLabelGenerator(c -> c == ALL_COHORTS ? "All cohorts" : c.name());
        to.setValue(LocalDate.now());
        from.setValue(LocalDate.now().minusYears(1));
        from.addValueChangeListener(e -> validatePeriod());
        to.addValueChangeListener(e -> validatePeriod());
        program.setValue(programs.getFirst());

        generate.addThemeVariants(ButtonVariant.PRIMARY);
        generate.addClickListener(e -> generate());
        generate.addClickShortcut(Key.ENTER);
        var form = new Div(program, cohort, from, to, generate);
        form.addClassName("report-form");

        progress.setIndeterminate(true);
        progressRow.addClassName("report-progress");
        progressRow.setVisible(false);
        result.addClassName("report-result");
        add(form, progressRow, result);
    }

    private void loadCohorts() {
        List<CohortChoice> choices = new ArrayList<>();
        choices.add(ALL_COHORTS);
        if (program.getValue() != null) {
            choices.addAll(reporting.cohorts(program.getValue().id()));
        }
        cohort.setItems(choices);
        cohort.setValue(ALL_COHORTS);
    }

    private boolean validatePeriod() {
        boolean valid = from.getValue() != null && to.getValue() != null && !from.getValue().isAfter(to.getValue());
        to.setInvalid(!valid);
        to.setErrorMessage(from.getValue() == null || to.getValue() == null ? "Enter both dates."
                : "The period must end on or after its first day.");
        return valid;
    }

    ReportScope scope() {
        Long cohortId = cohort.getValue() == null || cohort.getValue() == ALL_COHORTS ? null : cohort.getValue().id();
        return new ReportScope(program.getValue().id(), cohortId, from.getValue(), to.getValue());
    }

    void generate() {
        if (program.getValue() == null) {
            program.setInvalid(true);
            program.setErrorMessage("Choose a program.");
            return;
        }
        if (!validatePeriod()) {
            return;
        }
        ReportScope scope = scope();
        String fileName = reporting.programOutcomeFileName(scope);
        result.removeAll();
        progressRow.setVisible(true);

        preview = new IFrame(pdf(scope, fileName, true));
        preview.setTitle("Preview of " + fileName);
        preview.addClassName("report-preview");
        preview.getElement().addEventListener("load", e -> progressRow.setVisible(false));
        download = new Anchor(pdf(scope, fileName, false), "Download PDF");
        download.addClassName("report-download");
        download.getElement().setAttribute("aria-label", "Download " + fileName);
        result.add(new Div(new Span(fileName), download), preview);
    }

    /** Streams the PDF, inline for the preview or as an attachment; each request is one audited generation. */
    private DownloadHandler pdf(ReportScope scope, String fileName, boolean inline) {
        return (DownloadEvent event) -> {
            if (inline) {
                event.inline(fileName);
            } else {
                event.setFileName(fileName);
            }
            event.setContentType("application/pdf");
            try (OutputStream out = event.getOutputStream()) {
                reporting.writeProgramOutcomePdf(scope, out);
            } catch (Exception e) {
                log.error("Outcome report for program {} failed", scope.programId(), e);
                event.getResponse().setStatus(500);
            }
        };
    }
}
