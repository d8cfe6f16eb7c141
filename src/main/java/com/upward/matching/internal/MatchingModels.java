package com.upward.matching.internal;

import java.math.BigDecimal;
import java.util.List;

/** What {@link MatchingService} hands out: plain records. */
public final class MatchingModels {

    private MatchingModels() {
    }

    /** A mentor suggested for a mentee, with the score broken down by criterion. */
    public record Suggestion(long mentorEnrollmentId, String mentorName, int mentorLoad, int capacity,
                             MatchScore score) {
    }

    public record ProposedPair(long mentorEnrollmentId, String mentorName, long menteeEnrollmentId, String menteeName,
                               MatchScore score) {
    }

    public record UnmatchedMentee(long menteeEnrollmentId, String menteeName, String reason) {
    }

    /** The auto-match result, not saved. */
    public record AutoMatchPreview(List<ProposedPair> pairs, List<UnmatchedMentee> unmatched) {

        public int matchedCount() { return pairs.size(); }
        public int unmatchedCount() { return unmatched.size(); }
    }

    /** A pair HR picked from the preview. */
    public record PairChoice(long mentorEnrollmentId, long menteeEnrollmentId) {
    }

    public record PairSaved(long assignmentId, long mentorEnrollmentId, long menteeEnrollmentId, BigDecimal score) {
    }
}
