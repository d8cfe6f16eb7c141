package com.upward.audit.ui;

import java.util.Locale;
import java.util.Map;

/**
 * What the audit log calls a kind of record: the words an administrator uses, not the class name (issue 24:
 * "AppUser", "CheckInGoalUpdate"). A kind without its own name reads as words ("EmailOutbox" → "Email outbox").
 */
final class RecordNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("AppUser", "User account"),
            Map.entry("MentorAssignment", "Pair"),
            Map.entry("AssignmentEvent", "Pair change"),
            Map.entry("CheckIn", "Check-in"),
            Map.entry("CheckInGoalUpdate", "Goal update in a check-in"),
            Map.entry("CheckInRevision", "Check-in version"),
            Map.entry("MentorFeedback", "Mentor feedback"),
            Map.entry("GoalComment", "Comment on a goal"),
            Map.entry("EmailOutbox", "Email"),
            Map.entry("AuditLog", "Audit log"));

    private RecordNames() {
    }

    static String of(String type) {
        if (type == null) {
            return "";
        }
        String named = NAMES.get(type);
        if (named != null) {
            return named;
        }
        String words = type.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
