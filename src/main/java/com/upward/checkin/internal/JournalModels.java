package com.upward.checkin.internal;

import java.time.LocalDate;
import java.util.List;

/** The lessons journal: every win and lesson an employee wrote, over all cohorts. */
public final class JournalModels {

    private JournalModels() {
    }

    public enum Kind { WIN, LESSON }

    /** One win or lesson, with the check-in and goals it came from. */
    public record JournalEntry(long checkInId, String cohortName, int period, LocalDate writtenOn, Kind kind,
                               String text, List<String> goals) {
    }

    /** What to narrow the journal to; null means any. */
    public record JournalFilter(Long cohortId, Long goalId, String text) {

        public static final JournalFilter ALL = new JournalFilter(null, null, null);
    }

    public record Option(long id, String label) {
    }
}
