package com.upward.reporting;

import com.upward.base.i18n.Messages;
import com.upward.reporting.ReportingService.GrowthBucket;
import com.upward.reporting.ReportingService.MonthCompletion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The data of every outcome chart as it may leave the server, by the rule of {@link SmallCells}: no bar, slice,
 * label or point stands for 1–4 people, and a chart with nothing left to draw carries a sentence saying why instead
 * of an empty axis. The PDF and the executive home draw from these, never from the raw figures. Titles, notes and
 * labels are worded for one language ({@link #in}); the static methods word them in English.
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

    private static final Worded ENGLISH = new Worded(Locale.ENGLISH);

    private OutcomeCharts() {
    }

    /** The charts worded in {@code locale}'s language, its numbers written as it writes them. */
    public static Worded in(Locale locale) {
        return new Worded(locale);
    }

    public static Chart<MonthCompletion> completion(List<MonthCompletion> months) {
        return ENGLISH.completion(months);
    }

    /** The completion rate a month may show: null (a gap) when it covers fewer than 5 mentees. */
    public static Double rate(MonthCompletion month) {
        return SmallCells.suppressed(month.completion().people()) ? null : month.completion().percent();
    }

    public static Chart<GoalBar> goals(OutcomeMetrics m) {
        return ENGLISH.goals(m);
    }

    public static Chart<Bar> growth(List<GrowthBucket> buckets, Mean growthDelta) {
        return ENGLISH.growth(buckets, growthDelta);
    }

    public static Chart<Bar> nps(Nps nps) {
        return ENGLISH.nps(nps);
    }

    /** The charts with their words from the {@code report} bundle in one language. */
    public static final class Worded {

        private final Locale locale;

        private Worded(Locale locale) {
            this.locale = locale;
        }

        private String words(String key, Object... args) {
            return Messages.shared().format(locale, key, args);
        }

        public Chart<MonthCompletion> completion(List<MonthCompletion> months) {
            String title = words("report.outcome.chart.completion.title");
            if (months.isEmpty()) {
                return Chart.note(title, words("report.outcome.chart.completion.none-due"));
            }
            if (months.stream().allMatch(m -> SmallCells.suppressed(m.completion().people()))) {
                return Chart.note(title, words("report.outcome.chart.completion.too-few"));
            }
            boolean gaps = months.stream().anyMatch(m -> SmallCells.suppressed(m.completion().people()));
            return new Chart<>(gaps ? words("report.outcome.chart.completion.title-gaps") : title, months, null);
        }

        /**
         * Achieved, pivoted and other goals per type. A type covering fewer than 5 people is left out. Pivoted goals
         * of 1–4 are counted with the other goals (a null segment); a type whose achieved or other goals would still
         * be 1–4 is left out, as the type's rate and the segment shown would give the hidden one back. Every charted
         * type has all three segments, so the colours mean the same in every report.
         */
        public Chart<GoalBar> goals(OutcomeMetrics m) {
            List<GoalBar> bars = new ArrayList<>();
            boolean[] merged = {false};
            addGoals(bars, merged, words("report.outcome.chart.goals.learning"), m.learningGoals());
            addGoals(bars, merged, words("report.outcome.chart.goals.outcome"), m.outcomeGoals());
            String title = words("report.outcome.chart.goals.title");
            if (m.learningGoals().achieved().denominator() + m.outcomeGoals().achieved().denominator() == 0) {
                return Chart.note(title, words("report.outcome.chart.goals.none"));
            }
            if (bars.isEmpty()) {
                return Chart.note(title, words("report.outcome.chart.goals.too-few"));
            }
            return new Chart<>(merged[0] ? words("report.outcome.chart.goals.title-merged") : title, bars, null);
        }

        private void addGoals(List<GoalBar> bars, boolean[] merged, String type, GoalAchievement goals) {
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
            bars.add(new GoalBar(type, words("report.outcome.chart.goals.achieved"), nonZero(achieved.numerator())));
            bars.add(new GoalBar(type, words("report.outcome.chart.goals.pivoted"), nonZero(pivoted)));
            bars.add(new GoalBar(type, words("report.outcome.chart.goals.other"), nonZero(other)));
        }

        /**
         * Mentees per growth change, neighbouring changes merged until every bar covers at least 5 mentees (a last
         * bar under 5 joins the one before), labelled "+0.5" or "+0.0 to +1.0".
         */
        public Chart<Bar> growth(List<GrowthBucket> buckets, Mean growthDelta) {
            String title = words("report.outcome.chart.growth.title");
            if (growthDelta.people() == 0) {
                return Chart.note(title, words("report.outcome.chart.growth.none"));
            }
            if (SmallCells.suppressed(growthDelta.people())) {
                return Chart.note(title, words("report.outcome.chart.growth.too-few"));
            }
            return new Chart<>(title, mergedBars(buckets).stream().map(b -> new Bar(b[0] == b[1] ? signed(b[0])
                    : words("report.outcome.chart.growth.range", signed(b[0]), signed(b[1])), (long) b[2])).toList(),
                    null);
        }

        private String signed(double value) {
            return String.format(locale, "%+.1f", value);
        }

        /** Promoters, passives and detractors, each with its count, only when no group covers 1–4 people. */
        public Chart<Bar> nps(Nps nps) {
            String title = words("report.outcome.chart.nps.title");
            if (nps.answers() == 0) {
                return Chart.note(title, words("report.outcome.chart.nps.none"));
            }
            if (SmallCells.suppressed(nps.answers())) {
                return Chart.note(title, words("report.outcome.chart.nps.too-few"));
            }
            if (SmallCells.small(nps.promoters()) || SmallCells.small(nps.passives())
                    || SmallCells.small(nps.detractors())) {
                return Chart.note(title, words("report.outcome.chart.nps.small-group"));
            }
            return new Chart<>(title, List.of(
                    new Bar(words("report.outcome.chart.nps.promoters", nps.promoters()), nps.promoters()),
                    new Bar(words("report.outcome.chart.nps.passives", nps.passives()), nps.passives()),
                    new Bar(words("report.outcome.chart.nps.detractors", nps.detractors()), nps.detractors())),
                    null);
        }
    }

    private static Long nonZero(long goals) {
        return goals == 0 ? null : goals;
    }

    /** The growth buckets merged into bars of at least 5 mentees: from, to, mentees. */
    private static List<double[]> mergedBars(List<GrowthBucket> buckets) {
        List<double[]> bars = new ArrayList<>();
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
        return bars;
    }
}
