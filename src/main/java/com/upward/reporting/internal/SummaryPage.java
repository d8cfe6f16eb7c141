package com.upward.reporting.internal;

import com.upward.reporting.ComparisonPeriod;
import com.upward.reporting.OutcomeMetrics;
import com.upward.reporting.ReportingService.CohortOutcome;
import com.upward.reporting.ReportingService.MonthCompletion;
import com.upward.reporting.ReportingService.MonthCount;
import com.upward.reporting.ReportingService.MonthMean;
import com.upward.reporting.ReportingService.MonthNps;
import com.upward.reporting.Mean;
import com.upward.reporting.Nps;
import com.upward.reporting.ReportingService.ProgramOutcome;
import com.upward.reporting.SmallCells;
import com.upward.reporting.internal.Headline.Direction;
import com.upward.reporting.internal.Headline.Figure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Page 1 of the program outcome report, the executive summary: the headline figures with their trend against the
 * previous period and a spark line, the sentences of {@link OutcomeSummary} and the points of
 * {@link AttentionPoints}, as template parameters.
 */
final class SummaryPage {

    /** The spark line's size in the PDF, in points. */
    static final int SPARK_WIDTH = 78;
    static final int SPARK_HEIGHT = 24;

    private SummaryPage() {
    }

    static List<Headline> headlines(ProgramOutcome outcome) {
        Map<Figure, List<Double>> sparks = new EnumMap<>(Figure.class);
        // a month of 1–4 people is left out, as a point of the line would show it
        sparks.put(Figure.PARTICIPANTS, outcome.participantsByMonth().stream().map(MonthCount::people)
                .filter(people -> !SmallCells.suppressed(people)).map(Long::doubleValue).toList());
        sparks.put(Figure.COMPLETION, monthly(outcome.completionByMonth()));
        sparks.put(Figure.LEARNING_GOALS, monthly(outcome.learningGoalsByMonth()));
        sparks.put(Figure.FAILING_FORWARD, monthly(outcome.failingForwardByMonth()));
        sparks.put(Figure.GROWTH, outcome.growthByMonth().stream().map(MonthMean::mean)
                .filter(m -> m.value() != null && !SmallCells.suppressed(m.people())).map(Mean::value).toList());
        sparks.put(Figure.NPS, outcome.npsByMonth().stream().map(MonthNps::nps)
                .filter(n -> !SmallCells.suppressed(n.answers())).map(Nps::score).toList());
        return Headline.of(outcome.overall(), outcome.previous(), sparks);
    }

    /** A month's rate when it covers at least 5 people; the small months are left out of the line. */
    private static List<Double> monthly(List<MonthCompletion> months) {
        return months.stream().map(m -> Headline.percent(m.completion())).filter(v -> v != null).toList();
    }

    static void put(Map<String, Object> p, ProgramOutcome outcome, ReportTexts texts) {
        List<Headline> headlines = headlines(outcome);
        ComparisonPeriod before = outcome.previousPeriod();
        p.put("summaryText", String.join(" ", OutcomeSummary.sentences(headlines, before, texts.locale(),
                texts::tr)));
        p.put("comparedLine", texts.tr("report.summary.compared", texts.dateRange(before.from(), before.to())));
        List<String> points = AttentionPoints.choose(attention(outcome.cohorts()), texts.locale(), texts::tr);
        for (int i = 0; i < AttentionPoints.MAX; i++) {
            p.put("attention" + (i + 1), i < points.size() ? "•  "
                    + points.get(i) : null);
        }
        p.put("headlineData", ReportOutput.rows(rows(headlines, texts)));
    }

    /** The rows of the headline table, as printed: also what the tests compare the PDF with. */
    static List<Map<String, Object>> rows(List<Headline> headlines, ReportTexts texts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Headline h : headlines) {
            Map<String, Object> row = new HashMap<>(); // the spark line may be null
            row.put("label", texts.tr(switch (h.figure()) {
                case PARTICIPANTS -> "report.outcome.metric.participants";
                case COMPLETION -> "report.outcome.metric.completion";
                case LEARNING_GOALS -> "report.outcome.metric.learning-goals";
                case FAILING_FORWARD -> "report.outcome.metric.failing-forward";
                case GROWTH -> "report.outcome.metric.growth-delta";
                case NPS -> "report.outcome.metric.nps";
            }));
            row.put("current", shown(h.figure(), h.current(), h.hidden(), texts));
            row.put("previous", shown(h.figure(), h.previous(), h.previousHidden(), texts));
            Direction direction = h.direction();
            row.put("change", direction == null ? SmallCells.NO_DATA : arrow(direction) + " "
                    + Headline.formatChange(h.figure(), h.change(), texts.locale()));
            row.put("spark", Sparkline.draw(h.spark(), SPARK_WIDTH, SPARK_HEIGHT));
            rows.add(row);
        }
        return rows;
    }

    private static String shown(Figure f, Double value, boolean hidden, ReportTexts texts) {
        return value != null ? Headline.format(f, value, texts.locale())
                : hidden ? texts.cells().hidden() : SmallCells.NO_DATA;
    }

    /** Shapes, not colours, so the trend reads in black and white. */
    static String arrow(Direction direction) {
        return switch (direction) {
            case UP -> "▲";
            case DOWN -> "▼";
            case STEADY -> "►";
        };
    }

    /** The cohorts as the attention rules read them; at-risk counts hidden as in the cohort sections. */
    static List<AttentionPoints.Cohort> attention(List<CohortOutcome> cohorts) {
        boolean[] hidden = SmallCells.hiddenParts(cohorts.stream().mapToLong(c -> c.metrics().atRiskPairs())
                .toArray());
        List<AttentionPoints.Cohort> list = new ArrayList<>();
        for (int i = 0; i < cohorts.size(); i++) {
            OutcomeMetrics m = cohorts.get(i).metrics();
            list.add(new AttentionPoints.Cohort(cohorts.get(i).cohort().name(), m.atRiskPairs(), hidden[i],
                    m.mentorLoad().mentors(), m.mentorLoad().highest(), m.mentorLoad().maximum(),
                    Headline.percent(m.completion())));
        }
        return list;
    }
}
