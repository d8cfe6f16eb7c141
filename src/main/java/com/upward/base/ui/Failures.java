package com.upward.base.ui;

import com.upward.base.DatabaseErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a user reads when something fails that no view handles: the database outage gets its own message (it passes
 * by itself, so "try again in a moment"), anything else a generic one. Never the exception's own text: it may be
 * technical or name internals; the log has it.
 */
public final class Failures {

    public static final String UNAVAILABLE = "The service is temporarily unavailable. Please try again in a moment.";
    public static final String UNEXPECTED = "Something went wrong on our side. Please try again; if it keeps "
            + "happening, tell your Upward administrator.";

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    public static boolean isDatabaseOutage(Throwable failure) {
        return DatabaseErrors.isUnavailable(failure);
    }

    /** Logs the failure (once: callers must not log it again) and returns the message for the user. */
    public static String logAndDescribe(Throwable failure, String during) {
        if (isDatabaseOutage(failure)) {
            LOG.warn("Database unavailable while {}", during, failure);
            return UNAVAILABLE;
        }
        LOG.error("Unexpected error while {}", during, failure);
        return UNEXPECTED;
    }
}
