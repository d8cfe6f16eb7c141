package com.upward.reporting.internal;

import com.upward.reporting.SmallCells;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The three points on page 1 of the program outcome report that most need attention, chosen from the cohorts'
 * figures by these rules:
 * <ol>
 * <li>Three kinds of point, each about one cohort: running pairs at risk (PRODUCT.md's at-risk rule), most first;
 * some mentors over the cohort maximum (only in cohorts of at least 5 mentors, so no one mentor can be made out);
 * check-in completion under {@value #LOW_COMPLETION} %, lowest first (only where it covers at least 5 mentees).</li>
 * <li>The first point of each kind comes first, in that order; the remaining places go to the next points of at-risk
 * pairs, then mentor load, then completion.</li>
 * <li>A cohort's at-risk count that the report hides (1–4 pairs, or a count that would reveal one,
 * {@link SmallCells#hiddenParts}) reads "fewer than 5" and ranks after the counts shown.</li>
 * <li>No person is ever named, only cohorts. With no point at all, one sentence says nothing stands out.</li>
 * </ol>
 */
public final class AttentionPoints {

    public static final int MAX = 3;
    public static final int LOW_COMPLETION = 60;

    /** What the rules read of one cohort; {@code completion} is null when not shown (small cell or nothing due). */
    public record Cohort(String name, long atRiskPairs, boolean atRiskHidden, long mentors, long busiestMentor,
                         int maximum, Double completion) {
    }

    private AttentionPoints() {
    }

    public static List<String> choose(List<Cohort> cohorts, Locale locale, OutcomeSummary.Words words) {
        List<String> atRisk = cohorts.stream().filter(c -> c.atRiskPairs() > 0)
                .sorted(Comparator.comparing(Cohort::atRiskHidden)
                        .thenComparing(Comparator.comparingLong(Cohort::atRiskPairs).reversed())
                        .thenComparing(Cohort::name))
                .map(c -> c.atRiskHidden() ? words.tr("report.attention.at-risk-few", c.name())
                        : words.tr("report.attention.at-risk", c.name(), c.atRiskPairs())).toList();
        List<String> overCapacity = cohorts.stream()
                .filter(c -> !SmallCells.suppressed(c.mentors()) && c.busiestMentor() > c.maximum())
                .map(c -> words.tr("report.attention.over-capacity", c.name(), c.maximum())).toList();
        List<String> lowCompletion = cohorts.stream()
                .filter(c -> c.completion() != null && c.completion() < LOW_COMPLETION)
                .sorted(Comparator.comparingDouble(Cohort::completion).thenComparing(Cohort::name))
                .map(c -> words.tr("report.attention.completion", c.name(),
                        Headline.format(Headline.Figure.COMPLETION, c.completion(), locale))).toList();

        List<List<String>> kinds = List.of(atRisk, overCapacity, lowCompletion);
        List<String> points = new ArrayList<>();
        kinds.stream().filter(k -> !k.isEmpty()).forEach(k -> points.add(k.getFirst()));
        kinds.forEach(k -> k.stream().skip(1).forEach(points::add));
        if (points.isEmpty()) {
            return List.of(words.tr("report.attention.none",
                    Headline.format(Headline.Figure.COMPLETION, LOW_COMPLETION, locale)));
        }
        return List.copyOf(points.subList(0, Math.min(MAX, points.size())));
    }
}
