package com.upward.base;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** Time-zone ids as records and browsers give them: an unknown or blank id is no zone, never an error. */
public final class TimeZones {

    /** UTC by name, so that a label says "UTC" and not the offset id "Z". */
    public static final ZoneId UTC = ZoneId.of("UTC");

    private TimeZones() {
    }

    public static Optional<ZoneId> parse(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
