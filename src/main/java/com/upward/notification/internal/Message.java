package com.upward.notification.internal;

import java.time.LocalDate;
import java.util.Map;

/**
 * What to tell one person: always in the app, and by email unless they turned the type off. Its texts are keys of
 * the {@code notification-messages} bundle with their arguments, not sentences: {@link Notifier} writes them in the
 * recipient's language when it sends.
 *
 * @param body          null when the notification has a title only
 * @param link          a portal path without the leading slash ("" is the home page)
 * @param dedupKey      unique per message: a job that runs twice finds it and sends nothing; null when an event
 *                      happens only once anyway
 * @param calendarEntry an all-day date to attach to the email as an ICS file, or null
 * @param emailTemplate the template pair under {@code templates/email/} (".html" and ".txt")
 * @param emailModel    extra values that template reads
 */
public record Message(NotificationType type, Text title, Text body, String link, String dedupKey,
               CalendarEntry calendarEntry, String emailTemplate, Map<String, Object> emailModel) {

    static final String STANDARD_TEMPLATE = "notification";

    public static Message of(NotificationType type, Text title, Text body, String link) {
        return new Message(type, title, body, link, null, null, STANDARD_TEMPLATE, Map.of());
    }

    /**
     * The text under {@code key}, written later in the recipient's language (as {@code Translations.tr} does for a
     * screen). Arguments are names and numbers as they are; a {@link LocalDate} is written in the reader's date
     * format ({@code format.date}), a {@link Day} in the format its key names.
     */
    public static Text tr(String key, Object... args) {
        return new Text(key, args);
    }

    public Message once(String key) {
        return new Message(type, title, body, link, key, calendarEntry, emailTemplate, emailModel);
    }

    Message withCalendarEntry(CalendarEntry entry) {
        return new Message(type, title, body, link, dedupKey, entry, emailTemplate, emailModel);
    }

    Message withEmailTemplate(String template, Map<String, Object> model) {
        return new Message(type, title, body, link, dedupKey, calendarEntry, template, model);
    }

    /** A text by its bundle key and arguments; see {@link #tr}. */
    public record Text(String key, Object... args) {
    }

    /** A date written with the date pattern under {@code formatKey} in the reader's language ("Monday 14 December"). */
    public record Day(LocalDate date, String formatKey) {
    }

    /** An all-day calendar event; {@code uid} stays the same for the same thing so calendars update, not duplicate. */
    record CalendarEntry(LocalDate date, Text summary, Text description, String uid) {
    }
}
