package com.upward.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every program side by side for one period, and the same figures per department and per location of the people
 * taking part (their directory record as it is today): what the cross-program report prints, before the small-cell
 * rule is applied.
 */
public record CompanyOutcome(LocalDate from, LocalDate to, Instant generatedAt, List<Row> programs,
                             List<Row> departments, List<Row> locations) {

    /** One program, department or location. */
    public record Row(String name, long mentees, long mentors, Ratio completion, Ratio failingForward,
                      GoalAchievement learningGoals, GoalAchievement outcomeGoals, Mean growthDelta, Nps nps) {

        public long participants() {
            return mentees + mentors;
        }

        static Row of(String name, OutcomeMetrics m) {
            return new Row(name, m.mentees(), m.mentors(), m.completion(), m.failingForward(), m.learningGoals(),
                    m.outcomeGoals(), m.growthDelta(), m.nps());
        }
    }
}
