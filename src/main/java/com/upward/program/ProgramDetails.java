package com.upward.program;

/** A program as its page and edit form show it. */
public record ProgramDetails(long id, long version, String name, String description, long ownerId, String ownerName,
                             Cadence defaultCadence, int defaultMaxMentees, boolean active) {
}
