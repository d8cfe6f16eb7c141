package com.upward.reporting;

import com.upward.base.i18n.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Why a pair is on the at-risk list, as data: worded in the reader's language by message key
 * {@code reporting.risk.<KIND>} with the date ({@link #in}; the screens and emails use the same keys), in English for
 * what has no reader ({@link #english()}).
 */
public record RiskReason(Kind kind, LocalDate on) {

    public enum Kind { URGENT_HELP, QUIET_SINCE_LAST_CHECK_IN, QUIET_SINCE_START, NO_LONGER_AT_RISK, NO_LONGER_RUNNING }

    /** "No check-in since 7 Dec 2026.", "Kein Check-in seit 7. Dez. 2026." */
    public String in(Locale locale) {
        String day = on == null ? null
                : DateTimeFormatter.ofPattern(Messages.shared().raw(locale, "format.date"), locale).format(on);
        return Messages.shared().format(locale, "reporting.risk." + kind.name(), day);
    }

    public String english() {
        return in(Locale.ENGLISH);
    }
}
