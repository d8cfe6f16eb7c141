package com.upward.matching.ui;

import com.upward.matching.internal.CriterionScore;
import com.upward.matching.internal.MatchScore;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.math.BigDecimal;
import java.util.Locale;

import static com.upward.base.ui.Translations.tr;

/** Why a pair scores what it does: one line per criterion with its weight, its 0–100 part and the reason. */
final class ScoreBreakdown extends Div {

    ScoreBreakdown(MatchScore score) {
        addClassName("score-breakdown");
        getElement().setAttribute("role", "list");
        for (CriterionScore c : score.criteria()) {
            String label = tr("matching.criterion." + c.criterion().name());
            var name = new Span(label);
            name.addClassName("criterion-name");
            var weight = new Span(tr("matching.score.weight", c.weight()));
            weight.addClassName("criterion-weight");
            var bar = new ProgressBar(0, 1, c.subScore());
            bar.addClassName("criterion-bar");
            bar.getElement().setAttribute("aria-label", label + ": " + percent(c.subScore()));
            var part = new Span(percent(c.subScore()));
            part.addClassName("criterion-part");
            var reason = new Span(tr(c.reason()));
            reason.addClassName("criterion-reason");
            var line = new Div(name, weight, bar, part, reason);
            line.addClassName("criterion");
            line.getElement().setAttribute("role", "listitem");
            add(line);
        }
    }

    /** Scores read the same everywhere on the board: one decimal, "–" when there is none. */
    static String total(MatchScore score) {
        return String.format(Locale.ROOT, "%.1f", score.total());
    }

    static String of(BigDecimal score) {
        return score == null ? "–" : String.format(Locale.ROOT, "%.1f", score);
    }

    private static String percent(double subScore) {
        return Math.round(subScore * 100) + " / 100";
    }
}
