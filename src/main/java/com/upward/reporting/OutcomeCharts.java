package com.upward.reporting;

import com.upward.reporting.ReportingService.GrowthBucket;
import com.upward.reporting.ReportingService.MonthCompletion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The data of every outcome chart as it may leave the server, by the rule of {@link SmallCells}: no bar, slice,
 * label or point stands for 1–4 people, and a chart with nothing left to draw carries a sentence saying why instead
 * of an empty axis. The PDF and the executive home draw from these, never from the raw figures.
 */
public final class OutcomeCharts {

    /** What a chart draws, or, when {@code note} is set, the sentence printed in its place. */
    public record Chart<T>(String title, List<T> data, String note) {

        public boolean shown() {
            return note == null;
        }

        static <T> Chart<T> note(String title, String note) {
            return new Chart<>(title, List.of(), note);
        }
    }

    /** A bar or slice: its label and how many it counts. */
    public record Bar(String label, long count) {
    }

    /** One segment of a goal type's stacked bar; null draws nothing (not even a "0" label). */
    public record GoalBar(String type, String outcome, Long goals) {
    }

    private OutcomeCharts() {
    }

    public static Chart<MonthCompletion> completion(List<MonthCompletion> months) {
        String title = "Check-in completion by month (%)";
        if (months.isEmpty()) {
            return Chart.note(title, "Check-in completion: no check-ins were due in the period.");
        }
        if (months.stream().allMatch(m -> SmallCells.suppressed(m.completion().people()))) {
            return Chart.note(title, "Check-in completion: no month has check-ins of 5 or more mentees, so the"
                    + " line is not shown.");
        }
        return new Chart<>(title, months, null);
    }

    /** The completion rate a month may show: null (a gap) when it covers fewer than 5 mentees. */
    public static Double rate(MonthCompletion month) {
        return SmallCells.suppressed(month.completion().people()) ? null : month.completion().percent();
    }

    /**
     * Achieved, pivoted and other goals per type. A type covering fewer than 5 people is left out. Pivoted goals
     * of 1–4 are counted with the other goals (a null segment); a type whose achieved or other goals would still be
     * 1–4 is left out, as the type's rate and the segment shown would give the hidden one back. Every charted type
     * has all three segments, so the colours mean the same in every report.
     */
    public static Chart<GoalBar> goals(OutcomeMetrics m) {
        List<GoalBar> bars = new ArrayList<>();
        boolean[] merged = {false};
        addGoals(bars, merged, "Learning", m.learningGoals());
        addGoals(bars, merged, "Outcome", m.outcomeGoals());
        String title = "Goals by type and outcome";
        if (m.learningGoals().achieved().denominator() + m.outcomeGoals().achieved().denominator() == 0) {
            return Chart.note(title, "Goals by type: no mentee has set a goal yet.");
        }
        if (bars.isEmpty()) {
            return Chart.note(title, "Goals by type: each goal type covers fewer than 5 people, so the chart is not"
                    + " shown.");
        }
        return new Chart<>(merged[0] ? title + " (groups under 5 merged or left out)" : title, bars, null);
    }

    private static void addGoals(List<GoalBar> bars, boolean[] merged, String type, GoalAchievement goals) {
        Ratio achieved = goals.achieved();
        if (achieved.denominator() == 0) {
            return;
        }
        long pivoted = goals.pivoted();
        long other = achieved.denominator() - achieved.numerator() - pivoted;
        if (SmallCells.small(pivoted)) {
            other += pivoted;
            pivoted = 0;
            merged[0] = true;
        }
        if (SmallCells.suppressed(achieved.people()) || SmallCells.small(achieved.numerator())
                || SmallCells.small(other)) {
            merged[0] = true;
            return;
        }
        bars.add(new GoalBar(type, "Achieved", nonZero(achieved.numerator())));
        bars.add(new GoalBar(type, "Pivoted", nonZero(pivoted)));
        bars.add(new GoalBar(type, "Other", nonZero(other)));
    }

    private static Long nonZero(long goals) {
        return goals == 0 ? null : goals;
    }

    /**
     * Mentees per growth change, neighbouring changes merged until every bar covers at least 5 mentees (a last bar
     * under 5 joins the one before), labelled "+0.5" or "+0.0 to +1.0".
     */
    public static Chart<Bar> growth(List<GrowthBucket> buckets, Mean growthDelta) {
        String title = "Growth delta: mentees per change (end − start)";
        if (growthDelta.people() == 0) {
            return Chart.note(title, "Growth delta: no mentee has answered both self-assessments yet.");
        }
        if (SmallCells.suppressed(growthDelta.people())) {
            return Chart.note(title, "Growth delta: fewer than 5 mentees answered both self-assessments, so the"
                    + " distribution is not shown.");
        }
        List<double[]> bars = new ArrayList<>(); // from, to, mentees
        double[] open = null;
        for (GrowthBucket b : buckets) {
            if (open == null) {
                open = new double[]{b.delta(), b.delta(), 0};
            }
            open[1] = b.delta();
            open[2] += b.mentees();
            if (!SmallCells.suppressed((long) open[2])) {
                bars.add(open);
                open = null;
            }
        }
        if (open != null) {
            if (bars.isEmpty()) {
                bars.add(open);
            } else {
                double[] last = bars.getLast();
                last[1] = open[1];
                last[2] += open[2];
            }
        }
        return new Chart<>(title, bars.stream().map(b -> new Bar(b[0] == b[1] ? signed(b[0])
                : signed(b[0]) + " to " + signed(b[1]), (long) b[2])).toList(), null);
    }

    private static String signed(double value) {
        return String.format(Locale.ENGLISH, "%+.1f", value);
    }

    /** Promoters, passives and detractors, each with its count, only when no group covers 1–4 people. */
    public static Chart<Bar> nps(Nps nps) {
        String title = "NPS: promoters, passives, detractors";
        if (nps.answers() == 0) {
            return Chart.note(title, "NPS: no closing survey answers yet.");
        }
        if (SmallCells.suppressed(nps.answers())) {
            return Chart.note(title, "NPS: fewer than 5 answers, so the breakdown is not shown.");
        }
        if (SmallCells.small(nps.promoters()) || SmallCells.small(nps.passives())
                || SmallCells.small(nps.detractors())) {
            return Chart.note(title, "NPS: a group of answers covers fewer than 5 people, so the breakdown is not"
                    + " shown.");
        }
        return new Chart<>(title, List.of(new Bar("Promoters (" + nps.promoters() + ")", nps.promoters()),
                new Bar("Passives (" + nps.passives() + ")", nps.passives()),
                new Bar("Detractors (" + nps.detractors() + ")", nps.detractors())), null);
    }
}
