package com.upward.reporting.internal;

import com.upward.reporting.ComparisonPeriod;
import com.upward.reporting.internal.Headline.Direction;
import com.upward.reporting.internal.Headline.Figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The written summary on page 1 of the program outcome report, built from the headline figures by these rules:
 * <ol>
 * <li>One sentence per headline figure that is shown, in the order of {@link Figure}; a figure covering fewer than
 * 5 people, or with nothing to count, gets no sentence at all.</li>
 * <li>Participants, check-in completion, learning-goal achievement and NPS say how the figure moved against the
 * previous period of the same length ({@link ComparisonPeriod}): "rose from 72 % to 84 %", "fell from … to …", or
 * "held steady at …" when the change is under the figure's threshold ({@link Figure#steadyBelow}: 2 percentage
 * points, 2 NPS points, any change of people). Without a previous figure (none, or fewer than 5 people) the sentence
 * states the current figure only.</li>
 * <li>Failing forward states the share of setbacks recorded with a lesson, and the previous share when it moved.</li>
 * <li>Growth states how much higher (or lower) mentees rated their growth at the end than at the start.</li>
 * <li>When no figure is shown: one sentence saying the group is too small, or that there is nothing to count yet.</li>
 * </ol>
 * Changes are differences of the printed (rounded) figures. Texts are {@code report.summary.*}, ICU patterns whose
 * first argument selects the direction (up, down, steady, other).
 */
public final class OutcomeSummary {

    /** The report's texts: key and arguments in, the sentence in the reader's language out. */
    public interface Words {
        String tr(String key, Object... args);
    }

    private OutcomeSummary() {
    }

    public static List<String> sentences(List<Headline> headlines, ComparisonPeriod previous, Locale locale,
                                         Words words) {
        String period = previous.months() > 0 ? words.tr("report.summary.previous-months", previous.months())
                : words.tr("report.summary.previous-days", previous.days());
        List<String> sentences = new ArrayList<>();
        for (Headline h : headlines) {
            if (h.current() == null) {
                continue;
            }
            String current = Headline.format(h.figure(), h.current(), locale);
            String before = h.previous() == null ? "" : Headline.format(h.figure(), h.previous(), locale);
            String direction = h.direction() == null ? "other" : h.direction().name().toLowerCase(Locale.ROOT);
            sentences.add(switch (h.figure()) {
                case PARTICIPANTS -> words.tr("report.summary.participants", direction, before, current, period);
                case COMPLETION -> words.tr("report.summary.completion", direction, before, current, period);
                case LEARNING_GOALS -> words.tr("report.summary.learning-goals", direction, before, current, period);
                case FAILING_FORWARD -> words.tr("report.summary.failing-forward",
                        h.direction() == Direction.STEADY ? "other" : direction, before, current, period);
                case GROWTH -> words.tr("report.summary.growth", h.current() > 0 ? "up" : h.current() < 0 ? "down"
                        : "other", Headline.format(h.figure(), Math.abs(h.current()), locale).replace("+", ""));
                case NPS -> words.tr("report.summary.nps", direction, before, current, period);
            });
        }
        if (sentences.isEmpty()) {
            sentences.add(headlines.stream().anyMatch(Headline::hidden) ? words.tr("report.summary.too-small")
                    : words.tr("report.summary.nothing-yet"));
        }
        return sentences;
    }
}
