package com.upward.program.internal;

/** Mentor capacity of a cohort: accepted mentors × max mentees per mentor, against accepted mentees. */
public record Capacity(long acceptedMentors, int maxMenteesPerMentor, long acceptedMentees, long appliedMentors,
                       long appliedMentees, long waitlistedMentees) {

    public long places() {
        return acceptedMentors * maxMenteesPerMentor;
    }

    /** Places left for mentees; negative when more mentees are accepted than the mentors can take. */
    public long free() {
        return places() - acceptedMentees;
    }
}
