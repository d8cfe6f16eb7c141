package com.upward.matching;

import com.upward.matching.internal.MatchCandidate;
import com.upward.program.LocationPreference;

import java.util.Set;

/** Hand-built mentors and mentees for the pure matching tests. */
public final class Candidates {

    private Candidates() {
    }

    public static MatchCandidate person(long id, String department, int level) {
        return new MatchCandidate(id, id, "Person " + id, department, level, Set.of("English"), "Europe/Berlin",
                "Berlin", Set.of(), Set.of(), null, LocationPreference.ANY);
    }

    public static MatchCandidate withTopics(MatchCandidate c, String... topics) {
        return new MatchCandidate(c.enrollmentId(), c.employeeId(), c.name(), c.department(), c.jobLevel(),
                c.languages(), c.timeZone(), c.location(), c.managerChain(), Set.of(topics),
                c.preferredMentorEmployeeId(), c.locationPreference());
    }

    public static MatchCandidate withLanguages(MatchCandidate c, String... languages) {
        return new MatchCandidate(c.enrollmentId(), c.employeeId(), c.name(), c.department(), c.jobLevel(),
                Set.of(languages), c.timeZone(), c.location(), c.managerChain(), c.topics(),
                c.preferredMentorEmployeeId(), c.locationPreference());
    }

    public static MatchCandidate in(MatchCandidate c, String timeZone, String location) {
        return new MatchCandidate(c.enrollmentId(), c.employeeId(), c.name(), c.department(), c.jobLevel(),
                c.languages(), timeZone, location, c.managerChain(), c.topics(),
                c.preferredMentorEmployeeId(), c.locationPreference());
    }

    public static MatchCandidate reportingTo(MatchCandidate c, Long... chain) {
        return new MatchCandidate(c.enrollmentId(), c.employeeId(), c.name(), c.department(), c.jobLevel(),
                c.languages(), c.timeZone(), c.location(), Set.of(chain), c.topics(),
                c.preferredMentorEmployeeId(), c.locationPreference());
    }

    public static MatchCandidate preferring(MatchCandidate c, Long mentorEmployeeId, LocationPreference location) {
        return new MatchCandidate(c.enrollmentId(), c.employeeId(), c.name(), c.department(), c.jobLevel(),
                c.languages(), c.timeZone(), c.location(), c.managerChain(), c.topics(), mentorEmployeeId, location);
    }
}
