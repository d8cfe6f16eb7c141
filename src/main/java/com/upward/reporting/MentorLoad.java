package com.upward.reporting;

/** Active mentees per mentor in the running cohorts, against the cohort maximum. */
public record MentorLoad(long mentors, long activeMentees, long highest, int maximum) {

    public Double average() {
        return mentors == 0 ? null : (double) activeMentees / mentors;
    }
}
