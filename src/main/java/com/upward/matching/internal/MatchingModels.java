package com.upward.matching.internal;

import com.upward.base.i18n.Text;
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

    public record UnmatchedMentee(long menteeEnrollmentId, String menteeName, Text reason) {
    }

    /**
     * A mentor's load before and after the proposed pairs. {@code before} counts their running pairs (in every
     * running cohort when the program counts capacity across cohorts), {@code capacity} is the cohort's.
     */
    public record MentorLoad(long mentorEnrollmentId, String mentorName, int before, int proposed, int capacity) {

        public int after() { return before + proposed; }
    }

    /** The auto-match result, not saved, with the spread weight it was found with and every mentor's load. */
    public record AutoMatchPreview(List<ProposedPair> pairs, List<UnmatchedMentee> unmatched,
                                   List<MentorLoad> mentorLoads, int loadSpreadWeight) {

        public int matchedCount() { return pairs.size(); }
        public int unmatchedCount() { return unmatched.size(); }

        /** How many mentors would have each load: index = mentees after the proposed pairs. */
        public int[] mentorsByLoadAfter() {
            int most = mentorLoads.stream().mapToInt(MentorLoad::after).max().orElse(0);
            int[] count = new int[most + 1];
            mentorLoads.forEach(load -> count[load.after()]++);
            return count;
        }
    }

    /** A pair HR picked from the preview. */
    public record PairChoice(long mentorEnrollmentId, long menteeEnrollmentId) {
    }

    /** {@code proposed}: the pair waits for its people to accept it (the cohort's pairs need acceptance). */
    public record PairSaved(long assignmentId, long mentorEnrollmentId, long menteeEnrollmentId, BigDecimal score,
                            boolean proposed) {
    }
}
