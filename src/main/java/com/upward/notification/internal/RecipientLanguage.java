package com.upward.notification.internal;

import com.upward.reporting.RiskReason;
import com.upward.base.i18n.Messages;
import com.upward.base.TimeZones;
import com.upward.security.AppUser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Locale;

/**
 * The language a notification or an email is written in: the one the recipient chose on their profile, else
 * English (there is no browser to ask when a job or a listener writes). Texts come from the message bundles, dates
 * in the language's own format. Public for the email templates, which format dates with it ({@code reader.date(…)}).
 */
public final class RecipientLanguage {

    private final Locale locale;

    private RecipientLanguage(Locale locale) {
        this.locale = locale;
    }

    static RecipientLanguage of(AppUser recipient) {
        return of(recipient == null ? null : recipient.getLanguageForMessages());
    }

    /** {@code languageTag} as stored in {@code app_user.language} ("de"); null or a language Upward lacks: English. */
    static RecipientLanguage of(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return new RecipientLanguage(Messages.ENGLISH);
        }
        Locale chosen = Locale.forLanguageTag(languageTag);
        return new RecipientLanguage(Messages.supports(chosen) ? chosen : Messages.ENGLISH);
    }

    /** For a locale the templates run in (already one of {@link Messages#LANGUAGES}). */
    static RecipientLanguage of(Locale locale) {
        return new RecipientLanguage(locale == null || !Messages.supports(locale) ? Messages.ENGLISH : locale);
    }

    /**
     * The person's own zone when the directory knows it, else UTC: a time in an email must be read right without
     * context (a password reset link's expiry, a report's "generated" time).
     */
    static ZoneId zoneOf(AppUser account) {
        return TimeZones.parse(account.getEmployee() == null ? null : account.getEmployee().getTimeZone())
                .orElse(TimeZones.UTC);
    }

    Locale locale() {
        return locale;
    }

    /** The text in this language; null for a null text (a notification without a body). */
    String text(Message.Text text) {
        return text == null ? null : Messages.shared().format(locale, text.key(), arguments(text.args()));
    }

    /** Message arguments as the reader reads them: dates in their format, everything else as it is. */
    Object[] arguments(Object... args) {
        if (args == null) {
            return new Object[0];
        }
        return Arrays.stream(args).map(arg -> switch (arg) {
            case LocalDate date -> date(date);
            case Message.Day day -> day.date() == null ? "" : format(day.date(), day.formatKey());
            case null -> "";
            default -> arg;
        }).toArray();
    }

    /** Why a pair is at risk, in this language (the digest; the home page words it the same way). */
    public String risk(RiskReason risk) {
        return text(Message.tr("reporting.risk." + risk.kind().name(), risk.on()));
    }

    /** The date in the reader's format ("14 Dec 2026", "14. Dez. 2026"); "" for none. */
    public String date(LocalDate date) {
        return date == null ? "" : format(date, "format.date");
    }

    /** A date or time with the pattern under {@code formatKey}, in this language. */
    String format(TemporalAccessor value, String formatKey) {
        return DateTimeFormatter.ofPattern(Messages.shared().raw(locale, formatKey), locale).format(value);
    }
}
