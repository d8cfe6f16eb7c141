package com.upward.audit;

import com.upward.base.AbstractEntity;

import java.time.temporal.Temporal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The "changed fields" text of an audit row: {@code status: DRAFT → SUBMITTED; progress: 40 → 60; wins changed}.
 * Statuses, numbers, dates, flags and references (as ids) show their values; text is only named, never copied.
 * Fields read as words ("goal type", not "goalType"), a secret only as "password changed", flags as yes/no and
 * moments to the minute in UTC (issue 24: the log read like a developer's log).
 */
final class AuditChanges {

    private static final DateTimeFormatter MINUTE_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private AuditChanges() {
    }

    static String created(String[] names, Object[] state, Set<String> ignored) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (!ignored.contains(names[i]) && state[i] != null && !isEmptyCollection(state[i])) {
                String value = secret(names[i]) ? null : shown(state[i]);
                parts.add(value == null ? field(names[i]) : field(names[i]) + ": " + value);
            }
        }
        return String.join("; ", parts);
    }

    /** {@code dirty} may be null (Hibernate did not track it): then every differing value counts. */
    static String updated(String[] names, Object[] before, Object[] after, int[] dirty, Set<String> ignored) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (ignored.contains(names[i]) || !isDirty(i, dirty, before, after)) {
                continue;
            }
            Object old = before == null ? null : before[i];
            String name = field(names[i]);
            if (secret(names[i]) || old instanceof Collection<?> || after[i] instanceof Collection<?>
                    || after[i] instanceof Map<?, ?>) {
                parts.add(name + " changed");
                continue;
            }
            String from = shown(old);
            String to = shown(after[i]);
            boolean text = (old instanceof CharSequence) || (after[i] instanceof CharSequence);
            parts.add(text ? name + (old == null ? " set" : after[i] == null ? " cleared" : " changed")
                    : name + ": " + (from == null ? "–" : from) + " → " + (to == null ? "–" : to));
        }
        return String.join("; ", parts);
    }

    private static boolean isDirty(int index, int[] dirty, Object[] before, Object[] after) {
        if (dirty != null) {
            for (int d : dirty) {
                if (d == index) {
                    return true;
                }
            }
            return false;
        }
        return before != null && !Objects.equals(before[index], after[index]);
    }

    /** A password's hash, a token: named only, as what a person knows it by. */
    private static boolean secret(String field) {
        String lower = field.toLowerCase(Locale.ROOT);
        return lower.equals("password") || lower.contains("hash") || lower.contains("token")
                || lower.contains("secret");
    }

    /** "goalType" → "goal type"; a password's hash → "password". */
    static String field(String name) {
        if (secret(name) && name.toLowerCase(Locale.ROOT).contains("password")) {
            return "password";
        }
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** The value as the log shows it; null for text (only named) and for nothing. */
    private static String shown(Object value) {
        if (value == null || value instanceof CharSequence || value instanceof Collection<?>
                || value instanceof Map<?, ?>) {
            return null;
        }
        if (value instanceof AbstractEntity entity) {
            return "#" + entity.getId();
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof Instant moment) {
            return MINUTE_UTC.format(moment);
        }
        if (value instanceof Enum<?> || value instanceof Number || value instanceof Temporal) {
            return value.toString();
        }
        return null;
    }

    private static boolean isEmptyCollection(Object value) {
        return value instanceof Collection<?> c && c.isEmpty();
    }
}
