package com.upward.reporting;

import com.upward.base.i18n.Messages;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * Who a report is written for: the language its texts, numbers and dates are in, and the time zone its "generated"
 * time is told in. The view that asks for a report passes its reader's (the screen's locale and viewer time zone),
 * so a report reads like the page it came from; the service cannot know the browser's language or zone itself.
 */
public record ReportRequester(Locale locale, ZoneId zone) {

    public ReportRequester {
        Objects.requireNonNull(zone, "zone");
        locale = locale == null ? Messages.ENGLISH : locale;
    }
}
