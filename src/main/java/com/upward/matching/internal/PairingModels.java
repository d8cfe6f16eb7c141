package com.upward.matching.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What {@link PairingService} hands to the people of a pair: plain records. */
public final class PairingModels {

    private PairingModels() {
    }

    /**
     * A person as the other side of a pair sees them: {@code topics} are a mentor's skills offered or a mentee's
     * focus areas, {@code about} their application answer ("What can you teach?" / "What do you want to learn?").
     */
    public record Profile(String name, String jobTitle, String department, String location, Set<String> languages,
                          Set<String> topics, String about) {
    }

    /** A pair waiting for answers, seen by one of its people. */
    public record Proposal(long assignmentId, String cohortName, boolean asMentor, Profile other, MatchScore score,
                           Instant proposedAt, boolean requestedByMentee, boolean waitingForMe,
                           boolean waitingForOther) {
    }

    /** A mentor with room whom the mentee may ask, with the mentee's own fit score. */
    public record MentorOption(long mentorEnrollmentId, Profile profile, int freePlaces, MatchScore score) {
    }

    /** A cohort in which the signed-in mentee may choose a mentor; {@code pendingRequest} is their open request. */
    public record MentorChoice(long cohortId, String cohortName, Proposal pendingRequest, List<MentorOption> mentors) {
    }

    /** A cohort's pairing options (issue 24). */
    public record PairingOptions(boolean pairsNeedAcceptance, boolean menteesChooseMentor) {
    }
}
