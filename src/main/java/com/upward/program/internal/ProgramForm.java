package com.upward.program.internal;

import com.upward.program.Cadence;

/** What HR enters for a program. Null values are "not filled in"; the service says so beside the field. */
public record ProgramForm(String name, String description, Long ownerId, Cadence defaultCadence,
                          Integer defaultMaxMentees) {

    public static final int NAME_MAX = 150;
    public static final int DESCRIPTION_MAX = 2000;
}
