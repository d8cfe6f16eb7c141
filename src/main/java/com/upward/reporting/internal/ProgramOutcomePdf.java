package com.upward.reporting.internal;

import com.upward.reporting.GoalAchievement;
import com.upward.reporting.MentorLoad;
import com.upward.reporting.OutcomeCharts;
import com.upward.reporting.OutcomeCharts.Bar;
import com.upward.reporting.OutcomeCharts.Chart;
import com.upward.reporting.OutcomeCharts.GoalBar;
import com.upward.reporting.OutcomeMetrics;
import com.upward.reporting.ReportRequester;
import com.upward.reporting.ReportingService.CohortOutcome;
import com.upward.reporting.ReportingService.MonthCompletion;
import com.upward.reporting.ReportingService.ProgramOutcome;
import com.upward.reporting.SmallCells;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Fills {@code reports/program-outcome.jrxml} from a {@link ProgramOutcome} and writes the PDF to a stream. Every
 * figure goes in as text formatted by {@link SmallCells}, so the PDF prints exactly what the service computed, in the
 * requester's language ({@link ReportTexts}).
 */
@Component
public class ProgramOutcomePdf {

    static final String TEMPLATE = "program-outcome";
    static final String DEPARTMENTS = "program-outcome-departments";
    static final String HEADLINES = "program-outcome-headlines";

    private final ReportTemplates templates;

    ProgramOutcomePdf(ReportTemplates templates) {
        this.templates = templates;
    }

    public void write(ProgramOutcome outcome, ReportRequester requester, OutputStream out) throws JRException {
        ReportTexts texts = new ReportTexts(requester);
        JasperPrint print = JasperFillManager.fillReport(templates.get(TEMPLATE), parameters(outcome, texts),
                ReportOutput.rows(cohortRows(outcome.cohorts(), texts)));
        ReportOutput.pdf(print, texts.tr("report.outcome.metadata-title", outcome.programName()), out);
    }

    /** The figures as the report prints them, by parameter name: also what the tests compare the PDF with. */
    static Map<String, String> kpis(OutcomeMetrics m, ReportTexts texts) {
        SmallCells.Cells cells = texts.cells();
        Map<String, String> kpis = new HashMap<>();
        kpis.put("Participants", cells.participantSides(m.mentees(), m.mentors()));
        kpis.put("MatchRate", cells.percent(m.matchRate()));
        kpis.put("Completion", cells.percent(m.completion()));
        kpis.put("OnTime", cells.percent(m.onTime()));
        kpis.put("Learning", goals(m.learningGoals(), cells));
        kpis.put("Outcome", goals(m.outcomeGoals(), cells));
        kpis.put("FailingForward", cells.percent(m.failingForward()));
        kpis.put("BounceBack", cells.percent(m.bounceBack()));
        kpis.put("Growth", cells.delta(m.growthDelta()));
        kpis.put("Nps", cells.nps(m.nps()));
        kpis.put("Relationship", cells.average(m.relationship()));
        kpis.put("AtRisk", cells.count(m.atRiskPairs()));
        MentorLoad load = m.mentorLoad();
        Locale locale = texts.locale();
        kpis.put("MentorLoad", load.average() == null ? SmallCells.NO_DATA : SmallCells.suppressed(load.mentors())
                ? cells.hidden() : texts.tr("report.outcome.mentor-load", String.format(locale, "%.1f",
                load.average()), String.format(locale, "%d", load.maximum())));
        return kpis;
    }

    private static String goals(GoalAchievement goals, SmallCells.Cells cells) {
        String achieved = cells.percent(goals.achieved());
        return SmallCells.suppressed(goals.achieved().people()) ? achieved
                : achieved + cells.pivoted(goals.pivoted());
    }

    /** Everything the template receives: the tests read the chart rows here, as the PDF draws charts as pictures. */
    Map<String, Object> parameters(ProgramOutcome outcome, ReportTexts texts) {
        Map<String, Object> p = texts.fillParameters();
        p.put("programName", outcome.programName());
        p.put("scopeLabel", outcome.cohortName() == null ? texts.tr("report.outcome.scope.all")
                : texts.tr("report.outcome.scope.cohort", outcome.cohortName()));
        String period = texts.dateRange(outcome.scope().from(), outcome.scope().to());
        p.put("periodLabel", period);
        p.put("periodLine", texts.tr("report.outcome.period", period));
        String generated = texts.generated(outcome.generatedAt());
        p.put("generatedLine", texts.tr("report.common.generated", generated));
        p.put("footerLine", texts.tr("report.outcome.footer", generated));
        p.put("headerLine", texts.tr("report.outcome.header", outcome.programName()));
        kpis(outcome.overall(), texts).forEach((key, value) -> p.put("kpi" + key, value));
        SummaryPage.put(p, outcome, texts);
        p.put("headlinesReport", templates.get(HEADLINES));

        OutcomeMetrics m = outcome.overall();
        OutcomeCharts.Worded charts = texts.charts();
        // a month whose check-ins cover fewer than 5 mentees is left out of the line
        var month = DateTimeFormatter.ofPattern(texts.raw("report.outcome.chart.month-format"),
                Locale.of(texts.locale().getLanguage())); // "Sep" in Britain too, as on the executive home
        Chart<MonthCompletion> completion = charts.completion(outcome.completionByMonth());
        chart(p, "completion", completion, completion.data().stream().filter(c -> OutcomeCharts.rate(c) != null)
                .map(c -> Map.<String, Object>of("month", month.format(c.month()), "rate",
                        OutcomeCharts.rate(c))).toList());
        Chart<GoalBar> goals = charts.goals(m);
        chart(p, "goal", goals, goals.data().stream().map(ProgramOutcomePdf::goalRow).toList());
        chart(p, "growth", charts.growth(outcome.growth(), m.growthDelta()), ProgramOutcomePdf::barRow);
        chart(p, "nps", charts.nps(m.nps()), ProgramOutcomePdf::barRow);

        p.put("departmentsReport", templates.get(DEPARTMENTS));
        p.put("departmentData", ReportOutput.rows(texts.cells().departments(outcome.departments()).stream()
                .map(d -> Map.<String, Object>of("department", d.department(), "mentees", d.mentees(),
                        "completion", d.completion(), "goalsAchieved", d.goalsAchieved())).toList()));
        ComparisonSection.put(p, outcome.comparison(), templates, texts);
        return p;
    }

    /**
     * A chart's rows ("{name}Data"), whether it is drawn ("show…"), its title ("{name}Title") and the sentence in
     * its place ("{name}Note").
     */
    private static void chart(Map<String, Object> p, String name, Chart<?> chart, List<Map<String, Object>> rows) {
        p.put(name + "Data", ReportOutput.rows(rows));
        p.put("show" + Character.toUpperCase(name.charAt(0)) + name.substring(1), chart.shown());
        p.put(name + "Title", chart.title());
        p.put(name + "Note", chart.shown() ? "" : chart.note());
    }

    private static void chart(Map<String, Object> p, String name, Chart<Bar> chart,
                              Function<Bar, Map<String, Object>> row) {
        chart(p, name, chart, chart.data().stream().map(row).toList());
    }

    private static Map<String, Object> goalRow(GoalBar bar) {
        Map<String, Object> row = new HashMap<>(); // the count may be null
        row.put("type", bar.type());
        row.put("outcome", bar.outcome());
        row.put("goals", bar.goals());
        return row;
    }

    private static Map<String, Object> barRow(Bar bar) {
        return Map.of("label", bar.label(), "count", bar.count());
    }

    /**
     * The cohort sections. Their participants and at-risk pairs add up to the program's, so a hidden cohort cell
     * hides the next smallest cohort's too (see {@link SmallCells#hiddenParts}).
     */
    static List<Map<String, Object>> cohortRows(List<CohortOutcome> cohorts, ReportTexts texts) {
        SmallCells.Cells cells = texts.cells();
        boolean[] participants = SmallCells.hiddenParts(cohorts.stream()
                        .mapToLong(c -> c.metrics().mentees() + c.metrics().mentors()).toArray(),
                toArray(cohorts.stream().map(c -> cells.hidden().equals(
                        cells.participants(c.metrics().mentees(), c.metrics().mentors()))).toList()));
        boolean[] atRisk = SmallCells.hiddenParts(cohorts.stream().mapToLong(c -> c.metrics().atRiskPairs()).toArray());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < cohorts.size(); i++) {
            Map<String, Object> row = cohortRow(cohorts.get(i), texts);
            OutcomeMetrics m = cohorts.get(i).metrics();
            row.put("c_kpiParticipants", participants[i] ? cells.hidden() : cells.count(m.mentees() + m.mentors()));
            row.put("c_kpiAtRisk", atRisk[i] ? cells.hidden() : cells.count(m.atRiskPairs()));
            rows.add(row);
        }
        return rows;
    }

    private static boolean[] toArray(List<Boolean> flags) {
        boolean[] array = new boolean[flags.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = flags.get(i);
        }
        return array;
    }

    private static Map<String, Object> cohortRow(CohortOutcome cohort, ReportTexts texts) {
        Map<String, Object> row = new HashMap<>();
        row.put("cohortName", cohort.cohort().name());
        row.put("cohortStatus", texts.status(cohort.cohort().status().name()));
        row.put("cohortDates", texts.dateRange(cohort.cohort().startsOn(), cohort.cohort().endsOn()));
        kpis(cohort.metrics(), texts).forEach((key, value) -> row.put("c_kpi" + key, value));
        // the cohort cells are narrow: no "(n pivoted)" there
        row.put("c_kpiLearning", texts.cells().percent(cohort.metrics().learningGoals().achieved()));
        row.put("c_kpiOutcome", texts.cells().percent(cohort.metrics().outcomeGoals().achieved()));
        return row;
    }
}
