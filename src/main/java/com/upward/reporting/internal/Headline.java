package com.upward.reporting.internal;

import com.upward.base.i18n.Messages;
import com.upward.reporting.Mean;
import com.upward.reporting.Nps;
import com.upward.reporting.OutcomeMetrics;
import com.upward.reporting.Ratio;
import com.upward.reporting.SmallCells;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One headline figure of the executive summary, now and in the previous period of the same length, each rounded as
 * the report prints it (percentages and NPS to whole numbers, growth to one decimal) so that the change is the
 * difference of the printed figures. A value is null when there is nothing to count or it covers fewer than 5 people
 * ({@code hidden}, {@code previousHidden}): then there is no change and no trend either.
 */
public record Headline(Figure figure, Double current, boolean hidden, Double previous, boolean previousHidden,
                       List<Double> spark) {

    /** The figures in the order the summary shows them; {@code steadyBelow} in the figure's own unit. */
    public enum Figure {
        /** Mentees and mentors accepted; any change in people counts; none at all is no figure. */
        PARTICIPANTS(1),
        /** Percentage points. */
        COMPLETION(2),
        LEARNING_GOALS(2),
        FAILING_FORWARD(2),
        /** Points of the 1–5 self-assessment scale. */
        GROWTH(0.1),
        /** NPS points. */
        NPS(2);

        /** A change smaller than this reads "held steady". */
        public final double steadyBelow;

        Figure(double steadyBelow) {
            this.steadyBelow = steadyBelow;
        }

        boolean percentage() {
            return this == COMPLETION || this == LEARNING_GOALS || this == FAILING_FORWARD;
        }
    }

    public enum Direction { UP, DOWN, STEADY }

    /** Current − previous, or null when either is missing. */
    public Double change() {
        return current == null || previous == null ? null : round(figure, current - previous);
    }

    /** Null without a change; steady when the change is under the figure's {@link Figure#steadyBelow}. */
    public Direction direction() {
        Double change = change();
        if (change == null) {
            return null;
        }
        return Math.abs(change) < figure.steadyBelow - 1e-9 ? Direction.STEADY
                : change > 0 ? Direction.UP : Direction.DOWN;
    }

    /** The six headline figures of {@code now} against {@code before}, with the spark line points given. */
    public static List<Headline> of(OutcomeMetrics now, OutcomeMetrics before, Map<Figure, List<Double>> sparks) {
        List<Headline> headlines = new ArrayList<>();
        for (Figure f : Figure.values()) {
            Double current = value(f, now);
            Double previous = value(f, before);
            headlines.add(new Headline(f, current, current == null && hasData(f, now), previous,
                    previous == null && hasData(f, before),
                    current == null ? List.of() : sparks.getOrDefault(f, List.of())));
        }
        return headlines;
    }

    /** The figure as printed, or null when there is nothing to count or it is a small cell. */
    static Double value(Figure f, OutcomeMetrics m) {
        return switch (f) {
            // nobody at all: no cohort ran, nothing to compare with
            case PARTICIPANTS -> small(m.mentees()) || small(m.mentors()) || m.mentees() + m.mentors() == 0 ? null
                    : (double) (m.mentees() + m.mentors());
            case COMPLETION -> percent(m.completion());
            case LEARNING_GOALS -> percent(m.learningGoals().achieved());
            case FAILING_FORWARD -> percent(m.failingForward());
            case GROWTH -> mean(m.growthDelta());
            case NPS -> nps(m.nps());
        };
    }

    private static boolean hasData(Figure f, OutcomeMetrics m) {
        return switch (f) {
            case PARTICIPANTS -> m.mentees() + m.mentors() > 0;
            case COMPLETION -> m.completion().denominator() > 0;
            case LEARNING_GOALS -> m.learningGoals().achieved().denominator() > 0;
            case FAILING_FORWARD -> m.failingForward().denominator() > 0;
            case GROWTH -> m.growthDelta().value() != null;
            case NPS -> m.nps().answers() > 0;
        };
    }

    /** 1–4 people; 0 reveals nobody. */
    private static boolean small(long people) {
        return people > 0 && SmallCells.suppressed(people);
    }

    /** A rate of a ratio over at least 5 people, rounded to a whole percent. */
    public static Double percent(Ratio r) {
        return r.denominator() == 0 || SmallCells.suppressed(r.people()) ? null : (double) Math.round(r.percent());
    }

    private static Double mean(Mean m) {
        return m.value() == null || SmallCells.suppressed(m.people()) ? null : round(Figure.GROWTH, m.value());
    }

    private static Double nps(Nps nps) {
        return nps.answers() == 0 || SmallCells.suppressed(nps.answers()) ? null : (double) Math.round(nps.score());
    }

    private static double round(Figure f, double value) {
        return f == Figure.GROWTH ? Math.round(value * 10) / 10.0 : Math.round(value);
    }

    /** "84 %", "+0.6", "+14", "1,204" in the reader's number format. */
    public static String format(Figure f, double value, Locale locale) {
        return switch (f) {
            case PARTICIPANTS -> String.format(locale, "%,.0f", value);
            case GROWTH -> String.format(locale, "%+.1f", value);
            case NPS -> String.format(locale, "%+.0f", value);
            default -> Messages.shared().format(locale, "reporting.small-cells.percent",
                    String.format(locale, "%.0f", value));
        };
    }

    /** A change: "+12 pp" for percentages, "+0.2", "+8" otherwise; "±0" for none. */
    public static String formatChange(Figure f, double change, Locale locale) {
        String number = change == 0 ? "±0" : String.format(locale, f == Figure.GROWTH ? "%+.1f" : "%+.0f", change)
                .replace('-', '−');
        return f.percentage() ? Messages.shared().format(locale, "report.summary.change.points", number) : number;
    }
}
