package com.upward.notification.internal;

import java.time.LocalDate;
import java.util.Map;

/**
 * What to tell one person: always in the app, and by email unless they turned the type off.
 *
 * @param link          a portal path without the leading slash ("" is the home page)
 * @param dedupKey      unique per message: a job that runs twice finds it and sends nothing; null when an event
 *                      happens only once anyway
 * @param calendarEntry an all-day date to attach to the email as an ICS file, or null
 * @param emailTemplate the template pair under {@code templates/email/} (".html" and ".txt")
 * @param emailModel    extra values that template reads
 */
public record Message(NotificationType type, String title, String body, String link, String dedupKey,
               CalendarEntry calendarEntry, String emailTemplate, Map<String, Object> emailModel) {

    static final String STANDARD_TEMPLATE = "notification";

    public static Message of(NotificationType type, String title, String body, String link) {
        return new Message(type, title, body, link, null, null, STANDARD_TEMPLATE, Map.of());
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

    /** An all-day calendar event; {@code uid} stays the same for the same thing so calendars update, not duplicate. */
    record CalendarEntry(LocalDate date, String summary, String description, String uid) {
    }
}
