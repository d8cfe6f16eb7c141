package com.upward.program.internal;

import com.upward.program.Cadence;

/** A program as its page and edit form show it. */
public record ProgramDetails(long id, long version, String name, String description, long ownerId, String ownerName,
                             Cadence defaultCadence, int defaultMaxMentees, boolean active,
                             boolean oneRunningCohortPerMentee, boolean mentorCapacityAcrossCohorts) {
}
