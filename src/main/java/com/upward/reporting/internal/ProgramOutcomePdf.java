package com.upward.reporting.internal;

import com.upward.reporting.GoalAchievement;
import com.upward.reporting.MentorLoad;
import com.upward.reporting.OutcomeCharts;
import com.upward.reporting.OutcomeCharts.Bar;
import com.upward.reporting.OutcomeCharts.Chart;
import com.upward.reporting.OutcomeCharts.GoalBar;
import com.upward.reporting.OutcomeMetrics;
import com.upward.reporting.ReportingService;
import com.upward.reporting.ReportingService.CohortOutcome;
import com.upward.reporting.ReportingService.MonthCompletion;
import com.upward.reporting.ReportingService.ProgramOutcome;
import com.upward.reporting.SmallCells;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.upward.reporting.SmallCells.count;
import static com.upward.reporting.SmallCells.percent;

/**
 * Fills {@code reports/program-outcome.jrxml} from a {@link ProgramOutcome} and writes the PDF to a stream. Every
 * figure goes in as text formatted by {@link SmallCells}, so the PDF prints exactly what the service computed.
 */
@Component
public class ProgramOutcomePdf {

    static final String TEMPLATE = "program-outcome";
    static final String DEPARTMENTS = "program-outcome-departments";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    private final ReportTemplates templates;
    private final ZoneId zone;

    ProgramOutcomePdf(ReportTemplates templates, Clock clock) {
        this.templates = templates;
        this.zone = clock.getZone();
    }

    public void write(ProgramOutcome outcome, OutputStream out) throws JRException {
        JasperPrint print = JasperFillManager.fillReport(templates.get(TEMPLATE), parameters(outcome),
                ReportOutput.rows(cohortRows(outcome.cohorts())));
        ReportOutput.pdf(print, "Mentoring outcome report: " + outcome.programName(), out);
    }

    /** The figures as the report prints them, by parameter name: also what the tests compare the PDF with. */
    static Map<String, String> kpis(OutcomeMetrics m) {
        Map<String, String> kpis = new HashMap<>();
        kpis.put("Participants", SmallCells.participantSides(m.mentees(), m.mentors()));
        kpis.put("MatchRate", percent(m.matchRate()));
        kpis.put("Completion", percent(m.completion()));
        kpis.put("OnTime", percent(m.onTime()));
        kpis.put("Learning", goals(m.learningGoals()));
        kpis.put("Outcome", goals(m.outcomeGoals()));
        kpis.put("FailingForward", percent(m.failingForward()));
        kpis.put("BounceBack", percent(m.bounceBack()));
        kpis.put("Growth", SmallCells.delta(m.growthDelta()));
        kpis.put("Nps", SmallCells.nps(m.nps()));
        kpis.put("Relationship", SmallCells.average(m.relationship()));
        kpis.put("AtRisk", count(m.atRiskPairs()));
        MentorLoad load = m.mentorLoad();
        kpis.put("MentorLoad", load.average() == null ? SmallCells.NO_DATA : SmallCells.suppressed(load.mentors())
                ? SmallCells.SUPPRESSED : String.format(Locale.ENGLISH, "%.1f of %d", load.average(), load.maximum()));
        return kpis;
    }

    private static String goals(GoalAchievement goals) {
        String achieved = percent(goals.achieved());
        return SmallCells.suppressed(goals.achieved().people()) ? achieved
                : achieved + SmallCells.pivoted(goals.pivoted());
    }

    /** Everything the template receives: the tests read the chart rows here, as the PDF draws charts as pictures. */
    Map<String, Object> parameters(ProgramOutcome outcome) {
        Map<String, Object> p = new HashMap<>();
        p.put("programName", outcome.programName());
        p.put("scopeLabel", outcome.cohortName() == null ? "All cohorts of the program"
                : "Cohort: " + outcome.cohortName());
        p.put("periodLabel", ReportOutput.DAY.format(outcome.scope().from()) + " – " + ReportOutput.DAY.format(outcome.scope().to()));
        p.put("generatedLabel", ReportOutput.GENERATED.format(outcome.generatedAt().atZone(zone)));
        kpis(outcome.overall()).forEach((key, value) -> p.put("kpi" + key, value));

        OutcomeMetrics m = outcome.overall();
        // a month whose check-ins cover fewer than 5 mentees is left out of the line
        Chart<MonthCompletion> completion = OutcomeCharts.completion(outcome.completionByMonth());
        chart(p, "completion", completion, completion.data().stream().filter(month -> OutcomeCharts.rate(month) != null)
                .map(month -> Map.<String, Object>of("month", MONTH.format(month.month()), "rate",
                        OutcomeCharts.rate(month))).toList());
        Chart<GoalBar> goals = OutcomeCharts.goals(m);
        chart(p, "goal", goals, goals.data().stream().map(ProgramOutcomePdf::goalRow).toList());
        p.put("goalTitle", goals.title());
        chart(p, "growth", OutcomeCharts.growth(outcome.growth(), m.growthDelta()), ProgramOutcomePdf::barRow);
        chart(p, "nps", OutcomeCharts.nps(m.nps()), ProgramOutcomePdf::barRow);

        p.put("departmentsReport", templates.get(DEPARTMENTS));
        p.put("departmentData", ReportOutput.rows(SmallCells.departments(outcome.departments()).stream()
                .map(d -> Map.<String, Object>of("department", d.department(), "mentees", d.mentees(),
                        "completion", d.completion(), "goalsAchieved", d.goalsAchieved())).toList()));
        return p;
    }

    /** A chart's rows ("{name}Data"), whether it is drawn ("show…") and the sentence in its place ("{name}Note"). */
    private static void chart(Map<String, Object> p, String name, Chart<?> chart, List<Map<String, Object>> rows) {
        p.put(name + "Data", ReportOutput.rows(rows));
        p.put("show" + Character.toUpperCase(name.charAt(0)) + name.substring(1), chart.shown());
        p.put(name + "Note", chart.shown() ? "" : chart.note());
    }

    private static void chart(Map<String, Object> p, String name, Chart<Bar> chart,
                              java.util.function.Function<Bar, Map<String, Object>> row) {
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
    static List<Map<String, Object>> cohortRows(List<CohortOutcome> cohorts) {
        boolean[] participants = SmallCells.hiddenParts(cohorts.stream()
                        .mapToLong(c -> c.metrics().mentees() + c.metrics().mentors()).toArray(),
                toArray(cohorts.stream().map(c -> SmallCells.SUPPRESSED.equals(
                        SmallCells.participants(c.metrics().mentees(), c.metrics().mentors()))).toList()));
        boolean[] atRisk = SmallCells.hiddenParts(cohorts.stream().mapToLong(c -> c.metrics().atRiskPairs()).toArray());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < cohorts.size(); i++) {
            Map<String, Object> row = cohortRow(cohorts.get(i));
            OutcomeMetrics m = cohorts.get(i).metrics();
            row.put("c_kpiParticipants", participants[i] ? SmallCells.SUPPRESSED : count(m.mentees() + m.mentors()));
            row.put("c_kpiAtRisk", atRisk[i] ? SmallCells.SUPPRESSED : count(m.atRiskPairs()));
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

    private static Map<String, Object> cohortRow(CohortOutcome cohort) {
        Map<String, Object> row = new HashMap<>();
        row.put("cohortName", cohort.cohort().name());
        row.put("cohortStatus", ReportOutput.label(cohort.cohort().status().name()));
        row.put("cohortDates", ReportOutput.DAY.format(cohort.cohort().startsOn()) + " – " + ReportOutput.DAY.format(cohort.cohort().endsOn()));
        kpis(cohort.metrics()).forEach((key, value) -> row.put("c_kpi" + key, value));
        // the cohort cells are narrow: no "(n pivoted)" there
        row.put("c_kpiLearning", percent(cohort.metrics().learningGoals().achieved()));
        row.put("c_kpiOutcome", percent(cohort.metrics().outcomeGoals().achieved()));
        return row;
    }
}
