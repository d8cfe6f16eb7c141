package com.upward.dashboard;

import java.time.LocalDate;
import java.util.List;

/** What the role-aware home page shows; figures are computed in the database. */
public final class HomeSummaries {

    private HomeSummaries() {
    }

    /** HR's question: which cohorts are running and where do pairs need attention. */
    public record ProgramHealth(long activeCohorts, long acceptedMentees, long activePairs, long overdueCheckIns,
                                long openHelpRequests, List<CohortLine> cohorts) {
    }

    public record CohortLine(long id, String program, String cohort, String status, LocalDate startsOn,
                             LocalDate endsOn, long mentors, long mentees) {
    }

    /** An employee's own mentoring: where they take part and what is due next. */
    public record MyMentoring(List<Participation> participations, NextCheckIn nextCheckIn) {
    }

    public record Participation(String program, String cohort, String cohortStatus, String side, String status,
                                List<Partner> partners) {
    }

    /** The other side of an ACTIVE pair: who, how to reach them, and since when. */
    public record Partner(String name, String email, LocalDate since) {
    }

    /** The earliest check-in not yet submitted; overdue once two days past its due date (PRODUCT.md). */
    public record NextCheckIn(long checkInId, String cohort, int periodNumber, LocalDate dueOn, String status,
                              boolean overdue) {
    }
}
