package com.upward.reporting;

import java.util.List;

/**
 * Participants compared with similar colleagues (issue 26): for each outcome, the mentees of the cohorts running in
 * the period against colleagues who never took part and matched them, when their cohort started, on department,
 * job level band and tenure band. Only people whose follow-up date has passed count. An association, not proof of
 * cause; the rules are in docs/decisions/030-participant-comparison.md.
 *
 * @param notYet6   participants whose 6 months have not passed yet
 * @param notYet12  participants whose 12 months have not passed yet
 * @param unmatched participants without any similar colleague, left out of every outcome
 */
public record ColleagueComparison(List<Row> rows, long notYet6, long notYet12, long unmatched) {

    public static final ColleagueComparison NONE = new ColleagueComparison(
            List.of(new Row(Outcome.RETENTION_6, 0, 0, 0, 0, null), new Row(Outcome.RETENTION_12, 0, 0, 0, 0, null),
                    new Row(Outcome.PROMOTION, 0, 0, 0, 0, null)), 0, 0, 0);

    public enum Outcome {
        /** Still active 6 months after the cohort started. */
        RETENTION_6(6),
        /** Still active 12 months after the cohort started. */
        RETENTION_12(12),
        /** A higher job level 12 months after the cohort started than on its first day. */
        PROMOTION(12);

        private final int months;

        Outcome(int months) {
            this.months = months;
        }

        public int months() {
            return months;
        }
    }

    /**
     * One outcome. Rates are 0–1; the colleagues' rate is weighted to the participants' mix of strata.
     * {@code difference} is null when either group is empty.
     */
    public record Row(Outcome outcome, long participants, double participantRate, long colleagues,
                      double colleagueRate, Difference difference) {

        /** Shown only when both groups cover at least 5 people (the small-cell rule). */
        public boolean shown() {
            return difference != null && !SmallCells.suppressed(participants) && !SmallCells.suppressed(colleagues);
        }
    }

    /** Participants' rate minus colleagues' rate (−1 to 1) with its 95 % interval. */
    public record Difference(double estimate, double lower, double upper) {
    }
}
