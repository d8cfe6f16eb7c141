package com.upward.notification.internal;

import com.upward.base.i18n.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a pair is at risk, in the digest reader's language. Reporting gives the reason as an English sentence
 * ({@code AtRiskPairs.AtRiskPair.reason()}, from its {@code PairRisk}); the three it writes are recognised here and
 * written again from the bundle, with the date in the reader's format. Any other sentence is shown as it is. A stopgap
 * until reporting hands over the reason as data (a kind and a date). Public for the digest template.
 */
public final class AtRiskReasons {

    private static final DateTimeFormatter REPORTING_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final String URGENT_HELP = "Urgent help request open.";
    private static final Pattern QUIET_SINCE_START = Pattern.compile("No check-in since the pair started on (.+)\\.");
    private static final Pattern QUIET_SINCE = Pattern.compile("No check-in since (.+)\\.");

    /** {@code reason} as the reader reads it; in English, as reporting wrote it. */
    public String of(String reason, RecipientLanguage reader) {
        if (reason == null || Messages.ENGLISH.getLanguage().equals(reader.locale().getLanguage())) {
            return reason;
        }
        if (reason.equals(URGENT_HELP)) {
            return reader.text(Message.tr("email.digest.reason.urgent-help"));
        }
        Matcher sinceStart = QUIET_SINCE_START.matcher(reason);
        if (sinceStart.matches()) {
            return withDate(reason, sinceStart.group(1), day -> Message.tr("email.digest.reason.quiet-since-start", day),
                    reader);
        }
        Matcher since = QUIET_SINCE.matcher(reason);
        if (since.matches()) {
            return withDate(reason, since.group(1), day -> Message.tr("email.digest.reason.quiet-since", day), reader);
        }
        return reason;
    }

    private static String withDate(String reason, String day, Function<LocalDate, Message.Text> text,
                                   RecipientLanguage reader) {
        try {
            return reader.text(text.apply(LocalDate.parse(day, REPORTING_DAY)));
        } catch (DateTimeParseException notReportingsDate) {
            return reason;
        }
    }
}
