package com.upward.reporting;

import com.upward.reporting.ReportingService.CohortOutcome;
import com.upward.reporting.ReportingService.ProgramOutcome;
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
class ProgramOutcomePdf {

    static final String TEMPLATE = "program-outcome";
    static final String DEPARTMENTS = "program-outcome-departments";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    private final ReportTemplates templates;
    private final ZoneId zone;

    ProgramOutcomePdf(ReportTemplates templates, Clock clock) {
        this.templates = templates;
        this.zone = clock.getZone();
    }

    void write(ProgramOutcome outcome, OutputStream out) throws JRException {
        JasperPrint print = JasperFillManager.fillReport(templates.get(TEMPLATE), parameters(outcome),
                ReportOutput.rows(outcome.cohorts().stream().map(ProgramOutcomePdf::cohortRow).toList()));
        ReportOutput.pdf(print, "Mentoring outcome report: " + outcome.programName(), out);
    }

    /** The figures as the report prints them, by parameter name: also what the tests compare the PDF with. */
    static Map<String, String> kpis(OutcomeMetrics m) {
        Map<String, String> kpis = new HashMap<>();
        kpis.put("Participants", count(m.mentees()) + " mentees, " + count(m.mentors()) + " mentors");
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
        return goals.pivoted() == 0 || SmallCells.suppressed(goals.achieved().people()) ? achieved
                : achieved + " (" + goals.pivoted() + " pivoted)";
    }

    private Map<String, Object> parameters(ProgramOutcome outcome) {
        Map<String, Object> p = new HashMap<>();
        p.put("programName", outcome.programName());
        p.put("scopeLabel", outcome.cohortName() == null ? "All cohorts of the program"
                : "Cohort: " + outcome.cohortName());
        p.put("periodLabel", ReportOutput.DAY.format(outcome.scope().from()) + " – " + ReportOutput.DAY.format(outcome.scope().to()));
        p.put("generatedLabel", ReportOutput.GENERATED.format(outcome.generatedAt().atZone(zone)));
        kpis(outcome.overall()).forEach((key, value) -> p.put("kpi" + key, value));

        // a month whose check-ins cover fewer than 5 mentees is left out of the line
        List<Map<String, Object>> completion = outcome.completionByMonth().stream()
                .filter(month -> !SmallCells.suppressed(month.completion().people()))
                .map(month -> Map.<String, Object>of("month", MONTH.format(month.month()), "rate",
                        month.completion().percent()))
                .toList();
        p.put("completionData", ReportOutput.rows(completion));
        p.put("goalData", ReportOutput.rows(goalRows(outcome.overall())));

        long growthAnswers = outcome.overall().growthDelta().people();
        p.put("showGrowth", !SmallCells.suppressed(growthAnswers));
        p.put("growthNote", growthAnswers == 0 ? "Growth delta: no mentee has answered both self-assessments yet."
                : "Growth delta: fewer than 5 mentees answered both self-assessments, so the distribution is not shown.");
        p.put("growthData", ReportOutput.rows(outcome.growth().stream()
                .map(b -> Map.<String, Object>of("bucket", String.format(Locale.ENGLISH, "%+.1f", b.delta()),
                        "mentees", b.mentees())).toList()));

        Nps nps = outcome.overall().nps();
        p.put("showNps", !SmallCells.suppressed(nps.answers()));
        p.put("npsNote", nps.answers() == 0 ? "NPS: no closing survey answers yet."
                : "NPS: fewer than 5 answers, so the breakdown is not shown.");
        p.put("npsData", ReportOutput.rows(List.of(
                Map.<String, Object>of("group", "Promoters (" + nps.promoters() + ")", "answers", nps.promoters()),
                Map.<String, Object>of("group", "Passives (" + nps.passives() + ")", "answers", nps.passives()),
                Map.<String, Object>of("group", "Detractors (" + nps.detractors() + ")", "answers",
                        nps.detractors()))));

        p.put("departmentsReport", templates.get(DEPARTMENTS));
        p.put("departmentData", ReportOutput.rows(outcome.departments().stream()
                .map(d -> Map.<String, Object>of("department", d.department(), "mentees", count(d.mentees()),
                        "completion", SmallCells.suppressed(d.mentees()) ? SmallCells.SUPPRESSED
                                : percent(d.completion()),
                        "goalsAchieved", SmallCells.suppressed(d.mentees()) ? SmallCells.SUPPRESSED
                                : percent(d.goalsAchieved()))).toList()));
        return p;
    }

    /** Achieved, pivoted and other goals per type; a type with fewer than 5 people is left out. */
    private static List<Map<String, Object>> goalRows(OutcomeMetrics m) {
        List<Map<String, Object>> rows = new ArrayList<>();
        addGoalRows(rows, "Learning", m.learningGoals());
        addGoalRows(rows, "Outcome", m.outcomeGoals());
        return rows;
    }

    private static void addGoalRows(List<Map<String, Object>> rows, String type, GoalAchievement goals) {
        Ratio achieved = goals.achieved();
        if (SmallCells.suppressed(achieved.people())) {
            return;
        }
        rows.add(Map.of("type", type, "outcome", "Achieved", "goals", achieved.numerator()));
        rows.add(Map.of("type", type, "outcome", "Pivoted", "goals", goals.pivoted()));
        rows.add(Map.of("type", type, "outcome", "Other", "goals",
                achieved.denominator() - achieved.numerator() - goals.pivoted()));
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
        row.put("c_kpiParticipants", count(cohort.metrics().mentees() + cohort.metrics().mentors()));
        return row;
    }
}
