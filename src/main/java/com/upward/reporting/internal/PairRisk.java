package com.upward.reporting.internal;

import com.upward.reporting.RiskReason;
import com.upward.program.Cadence;

import java.time.LocalDate;

/**
 * PRODUCT.md's at-risk rule for one ACTIVE pair: the mentee has no submitted check-in for more than two cadence
 * periods (counted from the last submission, or from the pair's start when there is none), or an urgent help
 * request is open. Returns why, or null when the pair is not at risk.
 */
public final class PairRisk {

    public static final int QUIET_PERIODS = 2;

    private PairRisk() {
    }

    /** Why the pair is at risk, in English; null when it is not. */
    public static String reason(Cadence cadence, LocalDate pairStartsOn, LocalDate lastSubmittedOn,
                                boolean urgentHelpOpen, LocalDate today) {
        RiskReason risk = risk(cadence, pairStartsOn, lastSubmittedOn, urgentHelpOpen, today);
        return risk == null ? null : risk.english();
    }

    /** Why the pair is at risk, as data; null when it is not. */
    public static RiskReason risk(Cadence cadence, LocalDate pairStartsOn, LocalDate lastSubmittedOn,
                                  boolean urgentHelpOpen, LocalDate today) {
        if (urgentHelpOpen) {
            return new RiskReason(RiskReason.Kind.URGENT_HELP, null);
        }
        LocalDate quietSince = lastSubmittedOn != null ? lastSubmittedOn : pairStartsOn;
        if (today.isAfter(cadence.plusPeriods(quietSince, QUIET_PERIODS))) {
            return lastSubmittedOn != null ? new RiskReason(RiskReason.Kind.QUIET_SINCE_LAST_CHECK_IN, lastSubmittedOn)
                    : new RiskReason(RiskReason.Kind.QUIET_SINCE_START, pairStartsOn);
        }
        return null;
    }
}
