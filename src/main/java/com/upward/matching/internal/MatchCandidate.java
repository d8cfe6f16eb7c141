package com.upward.matching.internal;

import com.upward.program.LocationPreference;

import java.util.Set;

/**
 * A mentor or mentee as the matcher sees them. {@code managerChain} holds the ids of the person's manager and
 * everyone above them; {@code topics} are a mentee's focus areas or a mentor's skills offered.
 */
public record MatchCandidate(long enrollmentId, long employeeId, String name, String department, int jobLevel,
                             Set<String> languages, String timeZone, String location, Set<Long> managerChain,
                             Set<String> topics, Long preferredMentorEmployeeId,
                             LocationPreference locationPreference) {

    public MatchCandidate {
        languages = Set.copyOf(languages);
        managerChain = Set.copyOf(managerChain);
        topics = Set.copyOf(topics);
        locationPreference = locationPreference == null ? LocationPreference.ANY : locationPreference;
    }
}
