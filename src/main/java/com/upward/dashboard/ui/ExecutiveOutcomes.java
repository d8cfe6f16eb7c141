package com.upward.dashboard.ui;

import com.upward.base.ui.ChartView;
import com.upward.base.ui.light.DrawnMarkup;
import com.upward.base.ui.Markup;
import com.upward.base.ui.SummaryTable;
import com.upward.base.ui.SummaryTable.Column;
import com.upward.base.ui.Tiles;
import com.upward.reporting.DashboardFigures;
import com.upward.reporting.DashboardFigures.ProgramFigures;
import com.upward.reporting.OutcomeMetrics;
import com.upward.reporting.ReportScope;
import com.upward.reporting.ReportingService;
import com.upward.reporting.OutcomeCharts;
import com.upward.reporting.OutcomeCharts.Chart;
import com.upward.reporting.SmallCells.DepartmentCells;
import com.upward.reporting.ReportingService.MonthCompletion;
import com.upward.reporting.ReportingService.ProgramChoice;
import com.upward.reporting.SmallCells;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.slf4j.LoggerFactory;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The executive's answer to "is mentoring working?": per program over the last twelve months, the key figures,
 * the completion trend, the departments (hidden cells read "fewer than 5 people", see {@link SmallCells}) and the
 * outcome report to download. Every figure comes from {@link ReportingService}, the same queries as the PDF.
 */
@Uses(ChartView.class)
class ExecutiveOutcomes extends Div {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);
    /** The attribute that holds the address of the outcome reports; each program's link adds its id. */
    private static final String REPORTS = "data-outcome-reports";

    ExecutiveOutcomes(DashboardFigures figures, ReportingService reporting) {
        addClassName("home-section");
        add(new H3("Is mentoring working?"));
        List<ProgramFigures> programs = figures.programs();
        if (programs.isEmpty()) {
            add(Tiles.emptyState("No program has a cohort that has started yet. Figures appear here once the first "
                    + "cohort runs."));
            return;
        }
        // one download for every program's report, told by the link which one: a download per link would keep a
        // handler and its registration per program in the session
        getElement().setAttribute(REPORTS, pdf(figures, reporting));
        String reports = getElement().getAttribute(REPORTS);
        add(new DrawnMarkup("program-outcomes-list", markup(programs, reports),
                () -> markup(figures.programs(), reports)));
    }

    private static String markup(List<ProgramFigures> programs, String reports) {
        return programs.stream().map(p -> program(p, reports)).collect(Collectors.joining());
    }

    private static String program(ProgramFigures figures, String reports) {
        OutcomeMetrics m = figures.metrics();
        ProgramChoice program = figures.program();
        var html = new StringBuilder("<div class=\"program-outcomes\"><h4>").append(Markup.text(program.name()))
                .append("</h4><p>The last twelve months. ").append(Markup.text(SmallCells.RULE)).append("</p>")
                .append(Tiles.markup(List.of(
                        Tiles.tile(SmallCells.participants(m.mentees(), m.mentors()), "Participants"),
                        Tiles.tile(SmallCells.percent(m.matchRate()), "Match rate"),
                        Tiles.tile(SmallCells.percent(m.learningGoals().achieved()), "Learning goals achieved"),
                        Tiles.tile(SmallCells.percent(m.outcomeGoals().achieved()), "Outcome goals achieved"),
                        Tiles.tile(SmallCells.percent(m.failingForward()), "Failing-forward rate"),
                        Tiles.tile(SmallCells.percent(m.bounceBack()), "Bounce-back rate"),
                        Tiles.tile(SmallCells.delta(m.growthDelta()), "Growth delta"),
                        Tiles.tile(SmallCells.nps(m.nps()), "NPS"))));

        Chart<MonthCompletion> trend = OutcomeCharts.completion(figures.trend());
        if (trend.shown()) {
            List<String> months = trend.data().stream().map(t -> MONTH.format(t.month())).toList();
            List<Double> rates = trend.data().stream().map(OutcomeCharts::rate).toList();
            html.append(ChartView.lineMarkup("Check-in completion by month", "Month", months,
                    new ChartView.Series("Completion %", rates), "%", 100.0, summary(program.name(), months, rates)));
        } else {
            html.append("<p class=\"chart-note\">").append(Markup.text(trend.note())).append("</p>");
        }

        html.append("<h4>Departments</h4>").append(SummaryTable.markup("Departments of " + program.name(),
                "No mentees in the last twelve months.", SmallCells.departments(figures.departments()),
                Column.text("Department", DepartmentCells::department),
                Column.number("Mentees", DepartmentCells::mentees),
                Column.number("Check-in completion", DepartmentCells::completion),
                Column.number("Goals achieved", DepartmentCells::goalsAchieved)));
        return html.append("<a class=\"primary-link download-outcome\" download href=\"")
                .append(Markup.text(reports + "?program=" + program.id())).append("\" aria-label=\"")
                .append(Markup.text("Download the outcome report of " + program.name()))
                .append("\">Download outcome report (PDF)</a></div>").toString();
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

    /** The report of the program the link names, if it is one of the programs on this page; else "not found". */
    private static DownloadHandler pdf(DashboardFigures figures, ReportingService reporting) {
        return (DownloadEvent event) -> {
            String asked = event.getRequest().getParameter("program");
            ReportScope scope = figures.programs().stream()
                    .filter(p -> String.valueOf(p.program().id()).equals(asked))
                    .map(ProgramFigures::scope).findFirst().orElse(null);
            if (scope == null) {
                event.getResponse().setStatus(404);
                return;
            }
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
