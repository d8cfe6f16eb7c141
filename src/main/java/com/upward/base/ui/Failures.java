package com.upward.base.ui;

import com.upward.base.DatabaseErrors;
import com.upward.base.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static com.upward.base.ui.Translations.tr;

/**
 * What a user reads when something fails that no view handles: the database outage gets its own message (it passes
 * by itself, so "try again in a moment"), anything else a generic one. Never the exception's own text: it may be
 * technical or name internals; the log has it.
 */
public final class Failures {

    /** The outage message in English, for code that has no reader; on screen use {@link #unavailable()}. */
    public static final String UNAVAILABLE = Messages.shared().format(Messages.ENGLISH, "ui.failure.unavailable");
    /** The generic message in English, for code that has no reader; on screen use {@link #unexpected()}. */
    public static final String UNEXPECTED = Messages.shared().format(Messages.ENGLISH, "ui.failure.unexpected");

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    /** "The service is temporarily unavailable…", in the reader's language. */
    public static String unavailable() {
        return tr("ui.failure.unavailable");
    }

    /** "Something went wrong on our side…", in the reader's language. */
    public static String unexpected() {
        return tr("ui.failure.unexpected");
    }

    public static boolean isDatabaseOutage(Throwable failure) {
        return DatabaseErrors.isUnavailable(failure);
    }

    /** Logs the failure (once: callers must not log it again) and returns the message for the user. */
    public static String logAndDescribe(Throwable failure, String during) {
        if (isDatabaseOutage(failure)) {
            LOG.warn("Database unavailable while {}", during, failure);
            return unavailable();
        }
        LOG.error("Unexpected error while {}", during, failure);
        return unexpected();
    }
}
