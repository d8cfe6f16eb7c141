package com.upward.program.internal;

/** A row of the programs grid. */
public record ProgramRow(long id, long version, String name, String ownerName, long cohorts, boolean active) {
}
