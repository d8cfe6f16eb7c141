package com.upward.dashboard.ui;

import com.upward.base.ui.ChartView;
import com.upward.base.ui.light.DrawnMarkup;
import com.upward.base.ui.Markup;
import com.upward.base.ui.SummaryTable;
import com.upward.base.ui.SummaryTable.Column;
import com.upward.base.ui.Tiles;
import com.upward.base.ui.Translations;
import com.upward.base.ui.ViewerTimeZone;
import com.upward.reporting.DashboardFigures;
import com.upward.reporting.DashboardFigures.ProgramFigures;
import com.upward.reporting.OutcomeMetrics;
import com.upward.reporting.ReportRequester;
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

import static com.upward.base.ui.Translations.tr;

/**
 * The executive's answer to "is mentoring working?": per program over the last twelve months, the key figures,
 * the completion trend, the departments (hidden cells read "fewer than 5 people", see {@link SmallCells}) and the
 * outcome report to download. Every figure comes from {@link ReportingService}, the same queries as the PDF.
 */
@Uses(ChartView.class)
class ExecutiveOutcomes extends Div {

    /** The attribute that holds the address of the outcome reports; each program's link adds its id. */
    private static final String REPORTS = "data-outcome-reports";

    ExecutiveOutcomes(DashboardFigures figures, ReportingService reporting) {
        addClassName("home-section");
        add(new H3(tr("dashboard.outcomes.heading")));
        List<ProgramFigures> programs = figures.programs();
        if (programs.isEmpty()) {
            add(Tiles.emptyState(tr("dashboard.outcomes.none")));
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
                .append("</h4><p>").append(Markup.text(tr("dashboard.outcomes.last-twelve-months"))).append(' ')
                .append(Markup.text(cells().rule())).append("</p>")
                .append(Tiles.markup(List.of(
                        Tiles.tile(cells().participants(m.mentees(), m.mentors()),
                                tr("dashboard.outcomes.participants")),
                        Tiles.tile(cells().percent(m.matchRate()), tr("dashboard.outcomes.match-rate")),
                        Tiles.tile(cells().percent(m.learningGoals().achieved()),
                                tr("dashboard.outcomes.learning-goals-achieved")),
                        Tiles.tile(cells().percent(m.outcomeGoals().achieved()),
                                tr("dashboard.outcomes.outcome-goals-achieved")),
                        Tiles.tile(cells().percent(m.failingForward()), tr("dashboard.outcomes.failing-forward")),
                        Tiles.tile(cells().percent(m.bounceBack()), tr("dashboard.outcomes.bounce-back")),
                        Tiles.tile(cells().delta(m.growthDelta()), tr("dashboard.outcomes.growth-delta")),
                        Tiles.tile(cells().nps(m.nps()), tr("dashboard.outcomes.nps")))));

        Chart<MonthCompletion> trend = OutcomeCharts.completion(figures.trend());
        if (trend.shown()) {
            DateTimeFormatter month = monthFormat(Translations.locale());
            List<String> months = trend.data().stream().map(t -> month.format(t.month())).toList();
            List<Double> rates = trend.data().stream().map(OutcomeCharts::rate).toList();
            html.append(ChartView.lineMarkup(tr("dashboard.chart.completion-by-month"), tr("dashboard.chart.month"),
                    months, new ChartView.Series(tr("dashboard.chart.completion-percent"), rates), "%", 100.0,
                    summary(program.name(), months, rates)));
        } else {
            html.append("<p class=\"chart-note\">").append(Markup.text(figures.trend().isEmpty()
                    ? tr("dashboard.chart.no-check-ins-due") : tr("dashboard.chart.too-few-each-month")))
                    .append("</p>");
        }

        html.append("<h4>").append(Markup.text(tr("dashboard.outcomes.departments"))).append("</h4>")
                .append(SummaryTable.markup(tr("dashboard.outcomes.departments-of", program.name()),
                tr("dashboard.outcomes.no-mentees"), cells().departments(figures.departments()),
                Column.text(tr("dashboard.outcomes.department"), DepartmentCells::department),
                Column.number(tr("dashboard.outcomes.mentees"), DepartmentCells::mentees),
                Column.number(tr("dashboard.tile.check-in-completion"), DepartmentCells::completion),
                Column.number(tr("dashboard.outcomes.goals-achieved"), DepartmentCells::goalsAchieved)));
        return html.append("<a class=\"primary-link download-outcome\" download href=\"")
                .append(Markup.text(reports + "?program=" + program.id())).append("\" aria-label=\"")
                .append(Markup.text(tr("dashboard.outcomes.download-label", program.name()))).append("\">")
                .append(Markup.text(tr("dashboard.outcomes.download"))).append("</a></div>").toString();
    }

    /** A chart's month ("Mar 26", "März 26") in the reader's language. */
    static DateTimeFormatter monthFormat(Locale locale) {
        return DateTimeFormatter.ofPattern("MMM yy", Locale.of(locale.getLanguage())); // "Sep" in Britain too
    }

    /** The text alternative of the trend: every month's value, so nothing is only in the picture. */
    static String summary(String program, List<String> months, List<Double> rates) {
        var values = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            values.append(i == 0 ? "" : ", ").append(months.get(i)).append(' ')
                    .append(rates.get(i) == null ? cells().hidden() : Math.round(rates.get(i)) + "%");
        }
        return tr("dashboard.chart.summary", program, values.toString());
    }

    /** The report of the program the link names, if it is one of the programs on this page; else "not found". */
    private static DownloadHandler pdf(DashboardFigures figures, ReportingService reporting) {
        // the reader's language and zone, read on the UI thread: the download request has no current UI
        ReportRequester requester = new ReportRequester(Translations.locale(), ViewerTimeZone.ofCurrentUi().id());
        return (DownloadEvent event) -> {
            String asked = event.getRequest().getParameter("program");
            ReportScope scope = figures.programs().stream()
                    .filter(p -> String.valueOf(p.program().id()).equals(asked))
                    .map(ProgramFigures::scope).findFirst().orElse(null);
            if (scope == null) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setFileName(reporting.programOutcomeFileName(scope, requester));
            event.setContentType("application/pdf");
            try (OutputStream out = event.getOutputStream()) {
                reporting.writeProgramOutcomePdf(scope, requester, out);
            } catch (Exception e) {
                LoggerFactory.getLogger(ExecutiveOutcomes.class).error("Outcome report failed", e);
                event.getResponse().setStatus(500);
            }
        };
    }

    /** Small cells in the reader's language and number format. */
    private static SmallCells.Cells cells() {
        return SmallCells.in(Translations.locale());
    }
}
