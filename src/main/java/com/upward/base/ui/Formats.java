package com.upward.base.ui;

import com.upward.base.i18n.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One format for dates and times across the UI, in the reader's language ("6 Dec 2026", "6. Dez. 2026"). */
public final class Formats {

    private static final Map<Locale, DateTimeFormatter> DATE_TIMES = new ConcurrentHashMap<>();

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : dateFormat(Translations.locale()).format(date);
    }

    /** The instant in the viewer's time zone ({@link ViewerTimeZone}), or {@code whenMissing}. */
    public static String instant(Instant instant, String whenMissing) {
        return instant == null ? whenMissing : dateTime(instant, ViewerTimeZone.ofCurrentUi().id());
    }

    /** The instant's local date and time in {@code zone}, to the minute ("2 Mar 2031, 12:30"). */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : dateTimeFormat(Translations.locale()).format(instant.atZone(zone));
    }

    public static DateTimeFormatter dateFormat(Locale locale) {
        return Messages.shared().dateFormat(locale);
    }

    public static DateTimeFormatter dateTimeFormat(Locale locale) {
        return DATE_TIMES.computeIfAbsent(locale, l -> pattern(l, "format.date-time"));
    }

    private static DateTimeFormatter pattern(Locale locale, String key) {
        return DateTimeFormatter.ofPattern(Messages.shared().raw(locale, key), locale);
    }
}
