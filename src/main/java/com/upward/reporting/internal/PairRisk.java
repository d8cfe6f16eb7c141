package com.upward.reporting.internal;

import com.upward.program.Cadence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * PRODUCT.md's at-risk rule for one ACTIVE pair: the mentee has no submitted check-in for more than two cadence
 * periods (counted from the last submission, or from the pair's start when there is none), or an urgent help
 * request is open. Returns why, or null when the pair is not at risk.
 */
public final class PairRisk {

    public static final int QUIET_PERIODS = 2;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private PairRisk() {
    }

    public static String reason(Cadence cadence, LocalDate pairStartsOn, LocalDate lastSubmittedOn, boolean urgentHelpOpen,
                         LocalDate today) {
        if (urgentHelpOpen) {
            return "Urgent help request open.";
        }
        LocalDate quietSince = lastSubmittedOn != null ? lastSubmittedOn : pairStartsOn;
        if (today.isAfter(cadence.plusPeriods(quietSince, QUIET_PERIODS))) {
            return lastSubmittedOn != null ? "No check-in since " + DAY.format(lastSubmittedOn) + "."
                    : "No check-in since the pair started on " + DAY.format(pairStartsOn) + ".";
        }
        return null;
    }
}
