package com.upward.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Why a pair is on the at-risk list, as data: the screens word it in the reader's language (message key
 * {@code reporting.risk.<KIND>} with the date), the reports and emails in English for now ({@link #english()}).
 */
public record RiskReason(Kind kind, LocalDate on) {

    public enum Kind { URGENT_HELP, QUIET_SINCE_LAST_CHECK_IN, QUIET_SINCE_START, NO_LONGER_AT_RISK, NO_LONGER_RUNNING }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public String english() {
        return switch (kind) {
            case URGENT_HELP -> "Urgent help request open.";
            case QUIET_SINCE_LAST_CHECK_IN -> "No check-in since " + DAY.format(on) + ".";
            case QUIET_SINCE_START -> "No check-in since the pair started on " + DAY.format(on) + ".";
            case NO_LONGER_AT_RISK -> AtRiskPairs.NO_LONGER_AT_RISK;
            case NO_LONGER_RUNNING -> AtRiskPairs.NO_LONGER_RUNNING;
        };
    }
}
