package com.upward.matching.internal;

import com.upward.matching.AssignmentStatus;
import com.upward.program.CohortStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static com.upward.base.ui.Translations.tr;

/** What the matching board lists: plain rows, each read by one SQL statement per page. */
public final class BoardRows {

    private BoardRows() {
    }

    /** The board's header figures; {@code open} is false once the cohort can no longer change its pairs. */
    public record BoardSummary(long cohortId, String cohortName, CohortStatus cohortStatus, boolean open, int capacity,
                               boolean excludePreviousPairs, int loadSpreadWeight, long acceptedMentees,
                               long unmatchedMentees,
                               long mentors, long freePlaces, long runningPairs, long waitingPairs,
                               boolean pairsNeedAcceptance, boolean menteesChooseMentor) {
    }

    /**
     * {@code answered}: false for a person HR accepted without answers, whom matching scores on no focus areas.
     * {@code lastDecline}: why their latest proposed pair did not start ("Declined by the mentor: …"), or null.
     */
    public record MenteeRow(long enrollmentId, String name, String department, int jobLevel, String location,
                            String focusAreas, boolean answered, String lastDecline) {

        /** The name with what the board marks: no answers, a proposal declined before; in the reader's language. */
        public String nameOnTheBoard() {
            String shown = answered ? name : tr("matching.mentees.name.no-answers", name);
            return lastDecline == null ? shown : tr("matching.mentees.name.declined-before", shown);
        }
    }

    /** {@code load} counts {@code loadElsewhere}, the running pairs in other cohorts, when the program says so. */
    public record MentorRow(long enrollmentId, String name, String department, int jobLevel, int load,
                            int loadElsewhere, int capacity, String skills) {

        public boolean full() { return load >= capacity; }
    }

    public record RunningPair(long assignmentId, long mentorEnrollmentId, String mentorName, long menteeEnrollmentId,
                              String menteeName, BigDecimal score, AssignmentStatus status, LocalDate startsOn,
                              String reason, Instant proposedAt, boolean requestedByMentee, boolean mentorAccepted,
                              boolean menteeAccepted) {

        public boolean waiting() { return status == AssignmentStatus.PROPOSED; }

        /** Whose answer a waiting pair needs, in the board's words (the reader's language); empty when running. */
        public String waitingFor() {
            if (!waiting()) {
                return "";
            }
            if (requestedByMentee) {
                return tr("matching.pairs.waiting.requested");
            }
            return !mentorAccepted && !menteeAccepted ? tr("matching.pairs.waiting.both")
                    : !mentorAccepted ? tr("matching.pairs.waiting.mentor") : tr("matching.pairs.waiting.mentee");
        }
    }

    /** One change to a pair; for a rematch {@code previousMentorName} is the mentor the mentee had before. */
    public record HistoryRow(long id, Instant occurredAt, AssignmentEventType type, String actor, String mentorName,
                             String menteeName, String previousMentorName, String reason, BigDecimal oldScore,
                             BigDecimal newScore) {
    }
}
