package com.upward.reporting.internal;

import com.upward.base.i18n.Messages;
import com.upward.base.i18n.MessagesResourceBundle;
import com.upward.reporting.OutcomeCharts;
import com.upward.reporting.ReportRequester;
import com.upward.reporting.SmallCells;
import net.sf.jasperreports.engine.JRParameter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A report's words in its requester's language: the texts the Java code puts in (ICU patterns from the {@code report}
 * bundle and others), dates in the language's format, the "generated" time in the requester's zone, and what a
 * template needs to resolve its own {@code $R{key}} texts in the same language.
 */
final class ReportTexts {

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dateTime;

    ReportTexts(ReportRequester requester) {
        this.locale = requester.locale();
        this.zone = requester.zone();
        this.day = DateTimeFormatter.ofPattern(raw("format.date"), locale);
        this.dateTime = DateTimeFormatter.ofPattern(raw("format.date-time"), locale);
    }

    Locale locale() {
        return locale;
    }

    String tr(String key, Object... args) {
        return Messages.shared().format(locale, key, args);
    }

    /** A pattern as written (a date format), never formatted or pseudo-wrapped. */
    String raw(String key) {
        return Messages.shared().raw(locale, key);
    }

    /** "7 Dec 2026", "7. Dez. 2026"; empty for no date. */
    String date(LocalDate date) {
        return date == null ? "" : day.format(date);
    }

    String dateRange(LocalDate from, LocalDate to) {
        return tr("report.common.date-range", date(from), date(to));
    }

    /** The instant in the requester's zone, naming it: "7 Dec 2026, 09:00 (Europe/Berlin)". */
    String generated(Instant at) {
        return tr("report.common.time-in-zone", dateTime.format(at.atZone(zone)), zone.getId());
    }

    /** An enum's word as the screens show it ({@code ui.status.*}); a value without one reads as its words. */
    String status(String enumName) {
        return Messages.shared().has("ui.status." + enumName) ? tr("ui.status." + enumName)
                : ReportOutput.label(enumName);
    }

    SmallCells.Cells cells() {
        return SmallCells.in(locale);
    }

    OutcomeCharts.Worded charts() {
        return OutcomeCharts.in(locale);
    }

    /**
     * The language for the template's own texts ({@code $R{key}}, numbers and {@code msg()}). A subreport or chart
     * dataset gets the bundle only when handed it (REPORT_RESOURCE_BUNDLE is not inherited), the locale by itself.
     * The time zone stays the JVM's: the templates print calendar dates only, which must not move a day.
     */
    Map<String, Object> fillParameters() {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, new MessagesResourceBundle(Messages.shared(), locale));
        return p;
    }
}
