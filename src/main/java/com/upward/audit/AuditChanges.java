package com.upward.audit;

import com.upward.base.AbstractEntity;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The "changed fields" text of an audit row: {@code status: DRAFT → SUBMITTED; progress: 40 → 60; wins changed}.
 * Statuses, numbers, dates, flags and references (as ids) show their values; text is only named, never copied.
 */
final class AuditChanges {

    private AuditChanges() {
    }

    static String created(String[] names, Object[] state, Set<String> ignored) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (!ignored.contains(names[i]) && state[i] != null && !isEmptyCollection(state[i])) {
                String value = shown(state[i]);
                parts.add(value == null ? names[i] : names[i] + ": " + value);
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
            if (old instanceof Collection<?> || after[i] instanceof Collection<?> || after[i] instanceof Map<?, ?>) {
                parts.add(names[i] + " changed");
                continue;
            }
            String from = shown(old);
            String to = shown(after[i]);
            boolean text = (old instanceof CharSequence) || (after[i] instanceof CharSequence);
            parts.add(text ? names[i] + (old == null ? " set" : after[i] == null ? " cleared" : " changed")
                    : names[i] + ": " + (from == null ? "–" : from) + " → " + (to == null ? "–" : to));
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

    /** The value as the log shows it; null for text (only named) and for nothing. */
    private static String shown(Object value) {
        if (value == null || value instanceof CharSequence || value instanceof Collection<?>
                || value instanceof Map<?, ?>) {
            return null;
        }
        if (value instanceof AbstractEntity entity) {
            return "#" + entity.getId();
        }
        if (value instanceof Enum<?> || value instanceof Number || value instanceof Boolean
                || value instanceof Temporal) {
            return value.toString();
        }
        return null;
    }

    private static boolean isEmptyCollection(Object value) {
        return value instanceof Collection<?> c && c.isEmpty();
    }
}
