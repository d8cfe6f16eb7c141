package com.upward.program.ui;

import com.upward.base.ui.Formats;
import com.upward.program.Cadence;
import com.vaadin.flow.component.html.Span;

import java.time.LocalDate;
import java.util.Locale;

/** One wording for the program feature's enums and date ranges. */
final class Labels {

    private Labels() {
    }

    /** "NOT_STARTED" → "Not started". */
    static String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String cadence(Cadence cadence) {
        return switch (cadence) {
            case WEEKLY -> "Weekly";
            case BIWEEKLY -> "Every 2 weeks";
            case MONTHLY -> "Monthly";
        };
    }

    static String range(LocalDate from, LocalDate to) {
        return Formats.date(from) + " – " + Formats.date(to);
    }

    /** A pill with the status text, coloured per status in upward.css. */
    static Span badge(Enum<?> status) {
        var badge = new Span(of(status));
        badge.addClassNames("status-badge", "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }
}
