package com.upward.reporting.ui;

import com.upward.base.ui.Translations;
import com.upward.base.ui.ViewerTimeZone;
import com.upward.reporting.CompanyReportService;
import com.upward.reporting.ProgramOutcomeActions;
import com.upward.reporting.ReportFormat;
import com.upward.reporting.ReportRequester;
import com.upward.reporting.ReportScope;
import com.upward.reporting.ReportingService;
import com.upward.reporting.ReportingService.CohortChoice;
import com.upward.reporting.ReportingService.ProgramChoice;
import com.upward.security.CurrentUser;
import com.upward.base.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.upward.base.ui.LocalizedDatePicker;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static com.upward.base.ui.Translations.tr;

/**
 * Pick a report, a program (or one of its cohorts) and a period, then preview the PDF in the page and download it
 * (the cohort status report also as XLSX). The PDF is filled in the download request itself and streamed to the browser, so the UI thread
 * never waits for it; a progress bar shows until the preview has loaded.
 */
@Route("reports")
@Menu(order = 70, icon = "vaadin:chart", title = "Reports")
@RolesAllowed({Role.Names.ADMIN, Role.Names.HR, Role.Names.EXECUTIVE})
class ReportsView extends Div implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ReportsView.class);
    /** The cohort select's "all cohorts" choice (a Select item cannot be null). */
    static final CohortChoice ALL_COHORTS = new CohortChoice(-1, "All cohorts", null, null, null);

    /**
     * The reports this page offers: one program's outcomes, every program side by side, and (for HR and
     * administrators) one cohort's status.
     */
    enum Kind {
        OUTCOME, COMPANY, COHORT_STATUS;

        String label() {
            return tr("reporting.view.kind." + name());
        }
    }

    private final ReportingService reporting;
    private final CompanyReportService company;
    private final ObjectProvider<ProgramOutcomeActions> outcomeActions;
    final Select<Kind> kind = new Select<>();
    final Select<ProgramChoice> program = new Select<>();
    final Select<CohortChoice> cohort = new Select<>();
    final DatePicker from = new LocalizedDatePicker(tr("reporting.view.from"));
    final DatePicker to = new LocalizedDatePicker(tr("reporting.view.to"));
    final Button generate = new Button(tr("reporting.view.generate"));
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span(tr("reporting.view.generating"));
    final Div progressRow = new Div(progressText, progress);
    final Div result = new Div();
    Anchor download;
    IFrame preview;

    Anchor downloadXlsx;

    ReportsView(ReportingService reporting, CompanyReportService company, CurrentUser currentUser, Clock clock,
                ObjectProvider<ProgramOutcomeActions> outcomeActions) {
        this.reporting = reporting;
        this.company = company;
        this.outcomeActions = outcomeActions;
        addClassNames("page", "reports-page");
        var intro = new Paragraph(tr("reporting.view.intro", tr("reporting.small-cells.rule")));
        intro.addClassName("page-intro");
        add(new H2(tr("reporting.view.title")), intro);

        List<ProgramChoice> programs = reporting.programs();
        if (programs.isEmpty()) {
            add(new Paragraph(tr("reporting.view.no-programs")));
            return;
        }
        boolean hr = currentUser.require().roles().stream()
                .anyMatch(role -> role == Role.HR || role == Role.ADMIN);
        kind.setLabel(tr("reporting.view.kind"));
        kind.setItems(hr ? List.of(Kind.values()) : List.of(Kind.OUTCOME, Kind.COMPANY));
        kind.setItemLabelGenerator(Kind::label);
        kind.setValue(Kind.OUTCOME);
        kind.addValueChangeListener(e -> kindChanged());
        program.setLabel(tr("reporting.view.program"));
        program.setItems(programs);
        program.setItemLabelGenerator(ProgramChoice::name);
        program.addValueChangeListener(e -> loadCohorts());
        cohort.setLabel(tr("reporting.view.cohort"));
        String allCohorts = tr("reporting.view.all-cohorts");
        cohort.setItemLabelGenerator(c -> c == ALL_COHORTS ? allCohorts : c.name());
        LocalDate today = LocalDate.now(clock);
        to.setValue(today);
        // half a year: a program's usual run, and the summary compares it with the half-year before
        from.setValue(today.minusMonths(6));
        from.addValueChangeListener(e -> validatePeriod());
        to.addValueChangeListener(e -> validatePeriod());
        program.setValue(programs.getFirst());

        generate.addThemeVariants(ButtonVariant.PRIMARY);
        generate.addClickListener(e -> generate());
        generate.addClickShortcut(Key.ENTER);
        var form = new Div(kind, program, cohort, from, to, generate);
        form.addClassName("report-form");

        progress.setIndeterminate(true);
        progressRow.addClassName("report-progress");
        progressRow.setVisible(false);
        result.addClassName("report-result");
        add(form, progressRow, result);
    }

    @Override
    public String getPageTitle() {
        return tr("reporting.view.title");
    }

    /**
     * The cohort status report is about one cohort and today, so it has no "all cohorts" and no period; the
     * cross-program report covers every program, so it has neither program nor cohort.
     */
    private void kindChanged() {
        boolean status = kind.getValue() == Kind.COHORT_STATUS;
        boolean everyProgram = kind.getValue() == Kind.COMPANY;
        from.setEnabled(!status);
        to.setEnabled(!status);
        program.setEnabled(!everyProgram);
        cohort.setEnabled(!everyProgram);
        loadCohorts();
        result.removeAll();
    }

    private void loadCohorts() {
        List<CohortChoice> choices = new ArrayList<>();
        if (kind.getValue() != Kind.COHORT_STATUS) {
            choices.add(ALL_COHORTS);
        }
        if (program.getValue() != null) {
            choices.addAll(reporting.cohorts(program.getValue().id()));
        }
        cohort.setItems(choices);
        cohort.setValue(choices.isEmpty() ? null : choices.getFirst());
    }

    private boolean validatePeriod() {
        boolean valid = from.getValue() != null && to.getValue() != null && !from.getValue().isAfter(to.getValue());
        to.setInvalid(!valid);
        to.setErrorMessage(from.getValue() == null || to.getValue() == null ? tr("reporting.view.both-dates")
                : tr("reporting.view.period-order"));
        return valid;
    }

    ReportScope scope() {
        Long cohortId = cohort.getValue() == null || cohort.getValue() == ALL_COHORTS ? null : cohort.getValue().id();
        return new ReportScope(program.getValue().id(), cohortId, from.getValue(), to.getValue());
    }

    void generate() {
        if (kind.getValue() == Kind.COMPANY) {
            generateCompany();
            return;
        }
        if (program.getValue() == null) {
            program.setInvalid(true);
            program.setErrorMessage(tr("reporting.view.choose-program"));
            return;
        }
        if (kind.getValue() == Kind.COHORT_STATUS) {
            generateCohortStatus();
            return;
        }
        if (!validatePeriod()) {
            return;
        }
        ReportScope scope = scope();
        ReportRequester requester = requester();
        String fileName = reporting.programOutcomeFileName(scope, requester);
        ProgramChoice chosen = program.getValue();
        show(fileName, out -> reporting.writeProgramOutcomePdf(scope, requester, out));
        addOutcomeActions(action -> action.create(chosen));
    }

    private void generateCompany() {
        if (!validatePeriod()) {
            return;
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        ReportRequester requester = requester();
        String fileName = company.companyOutcomeFileName(requester);
        show(fileName, out -> company.writeCompanyOutcomePdf(start, end, requester, out));
        addOutcomeActions(ProgramOutcomeActions::createForAllPrograms);
    }

    /** What other features offer beside an outcome report's download (subscribing to it, for one). */
    private void addOutcomeActions(Function<ProgramOutcomeActions, Component> action) {
        var row = (Div) result.getComponentAt(0);
        outcomeActions.orderedStream().forEach(a -> row.add(action.apply(a)));
    }

    private void generateCohortStatus() {
        if (cohort.getValue() == null) {
            cohort.setInvalid(true);
            cohort.setErrorMessage(tr("reporting.view.no-started-cohort"));
            return;
        }
        long cohortId = cohort.getValue().id();
        ReportRequester requester = requester();
        String pdfName = reporting.cohortStatusFileName(cohortId, ReportFormat.PDF, requester);
        String xlsxName = reporting.cohortStatusFileName(cohortId, ReportFormat.XLSX, requester);
        show(pdfName, out -> reporting.writeCohortStatus(cohortId, ReportFormat.PDF, requester, out));
        downloadXlsx = new Anchor(stream(xlsxName, false,
                out -> reporting.writeCohortStatus(cohortId, ReportFormat.XLSX, requester, out)),
                tr("reporting.view.download-xlsx"));
        downloadXlsx.addClassName("report-download");
        downloadXlsx.getElement().setAttribute("aria-label", tr("reporting.view.download-file", xlsxName));
        result.getComponentAt(0).getElement().appendChild(downloadXlsx.getElement());
    }

    /**
     * The person on this page, for the report's language and "generated" time: read here on the UI thread, as the
     * download request that fills the report has no current UI.
     */
    static ReportRequester requester() {
        return new ReportRequester(Translations.locale(), ViewerTimeZone.ofCurrentUi().id());
    }

    /** Shows the preview (with the progress bar until it has loaded) and the PDF download. */
    private void show(String fileName, Writer writer) {
        DownloadHandler inline = stream(fileName, true, writer);
        DownloadHandler attachment = stream(fileName, false, writer);
        result.removeAll();
        progressRow.setVisible(true);
        preview = new IFrame(inline);
        preview.setTitle(tr("reporting.view.preview-of", fileName));
        preview.addClassName("report-preview");
        preview.getElement().addEventListener("load", e -> progressRow.setVisible(false));
        download = new Anchor(attachment, tr("reporting.view.download-pdf"));
        download.addClassName("report-download");
        download.getElement().setAttribute("aria-label", tr("reporting.view.download-file", fileName));
        result.add(new Div(new Span(fileName), download), preview);
    }

    /** A report writer that may fail. */
    interface Writer {
        void write(OutputStream out) throws Exception;
    }

    /**
     * Streams a report, inline for the preview or as an attachment, filled in the download request itself (not on
     * the UI thread); each request is one audited generation.
     */
    private static DownloadHandler stream(String fileName, boolean inline, Writer writer) {
        return (DownloadEvent event) -> {
            if (inline) {
                event.inline(fileName);
            } else {
                event.setFileName(fileName);
            }
            event.setContentType(fileName.endsWith(".xlsx")
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/pdf");
            try (OutputStream out = event.getOutputStream()) {
                writer.write(out);
            } catch (Exception e) {
                log.error("Report {} failed", fileName, e);
                event.getResponse().setStatus(500);
            }
        };
    }
}
