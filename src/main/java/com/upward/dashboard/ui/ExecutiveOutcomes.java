package com.upward.dashboard.ui;

import com.upward.base.ui.ChartView;
import com.upward.base.ui.SummaryTable;
import com.upward.base.ui.SummaryTable.Column;
import com.upward.base.ui.Tiles;
import com.upward.reporting.DashboardFigures;
import com.upward.reporting.DashboardFigures.ProgramFigures;
import com.upward.reporting.OutcomeMetrics;
import com.upward.reporting.ReportScope;
import com.upward.reporting.ReportingService;
import com.upward.reporting.ReportingService.DepartmentRow;
import com.upward.reporting.ReportingService.MonthCompletion;
import com.upward.reporting.ReportingService.ProgramChoice;
import com.upward.reporting.SmallCells;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.slf4j.LoggerFactory;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The executive's answer to "is mentoring working?": per program over the last twelve months, the key figures,
 * the completion trend, the departments (small cells read "< 5") and the outcome report to download. Every figure
 * comes from {@link ReportingService}, the same queries as the PDF.
 */
class ExecutiveOutcomes extends Div {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    ExecutiveOutcomes(DashboardFigures figures, ReportingService reporting) {
        addClassName("home-section");
        add(new H3("Is mentoring working?"));
        List<ProgramFigures> programs = figures.programs();
        if (programs.isEmpty()) {
            add(Tiles.emptyState("No program has a cohort that has started yet. Figures appear here once the first "
                    + "cohort runs."));
            return;
        }
        for (ProgramFigures program : programs) {
            add(program(reporting, program));
        }
    }

    private static Div program(ReportingService reporting, ProgramFigures figures) {
        OutcomeMetrics m = figures.metrics();
        ProgramChoice program = figures.program();
        var section = new Div(new H4(program.name()));
        section.addClassName("program-outcomes");
        section.add(new Paragraph("The last twelve months. Figures covering fewer than 5 people read \u201c< 5\u201d."));
        section.add(Tiles.of(
                Tiles.tile(SmallCells.count(m.mentees() + m.mentors()), "Participants"),
                Tiles.tile(SmallCells.percent(m.matchRate()), "Match rate"),
                Tiles.tile(SmallCells.percent(m.learningGoals().achieved()), "Learning goals achieved"),
                Tiles.tile(SmallCells.percent(m.outcomeGoals().achieved()), "Outcome goals achieved"),
                Tiles.tile(SmallCells.percent(m.failingForward()), "Failing-forward rate"),
                Tiles.tile(SmallCells.percent(m.bounceBack()), "Bounce-back rate"),
                Tiles.tile(SmallCells.delta(m.growthDelta()), "Growth delta"),
                Tiles.tile(SmallCells.nps(m.nps()), "NPS")));

        List<MonthCompletion> trend = figures.trend();
        if (!trend.isEmpty()) {
            List<String> months = trend.stream().map(t -> MONTH.format(t.month())).toList();
            List<Double> rates = trend.stream().map(t -> SmallCells.suppressed(t.completion().people()) ? null
                    : t.completion().percent()).toList();
            section.add(ChartView.line("Check-in completion by month", "Month", months,
                    new ChartView.Series("Completion %", rates), "%", 100.0, summary(program.name(), months, rates)));
        }

        var departments = SummaryTable.of("Departments of " + program.name(), "No mentees in the last twelve months.",
                figures.departments(),
                Column.text("Department", DepartmentRow::department),
                Column.number("Mentees", (DepartmentRow d) -> SmallCells.count(d.mentees())),
                Column.number("Check-in completion", (DepartmentRow d) -> SmallCells.suppressed(d.mentees())
                        ? SmallCells.SUPPRESSED : SmallCells.percent(d.completion())),
                Column.number("Goals achieved", (DepartmentRow d) -> SmallCells.suppressed(d.mentees())
                        ? SmallCells.SUPPRESSED : SmallCells.percent(d.goalsAchieved())));

        var download = new Anchor(pdf(reporting, figures.scope()), "Download outcome report (PDF)");
        download.addClassNames("primary-link", "download-outcome");
        download.getElement().setAttribute("aria-label", "Download the outcome report of " + program.name());
        section.add(new H4("Departments"), departments, download);
        return section;
    }

    /** The text alternative of the trend: every month's value, so nothing is only in the picture. */
    static String summary(String program, List<String> months, List<Double> rates) {
        var text = new StringBuilder("Check-in completion by month for " + program + ": ");
        for (int i = 0; i < months.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(months.get(i)).append(' ')
                    .append(rates.get(i) == null ? SmallCells.SUPPRESSED : Math.round(rates.get(i)) + "%");
        }
        return text.append('.').toString();
    }

    private static DownloadHandler pdf(ReportingService reporting, ReportScope scope) {
        return (DownloadEvent event) -> {
            event.setFileName(reporting.programOutcomeFileName(scope));
            event.setContentType("application/pdf");
            try (OutputStream out = event.getOutputStream()) {
                reporting.writeProgramOutcomePdf(scope, out);
            } catch (Exception e) {
                LoggerFactory.getLogger(ExecutiveOutcomes.class).error("Outcome report failed", e);
                event.getResponse().setStatus(500);
            }
        };
    }
}
