package com.upward.audit.ui;

import com.upward.base.i18n.Messages;

import java.util.Locale;

import static com.upward.base.ui.Translations.tr;

/**
 * What the audit log calls a kind of record: the words an administrator uses, not the class name (issue 24:
 * "AppUser", "CheckInGoalUpdate"). The names are in the audit bundle under {@code audit.record.<kind in words,
 * dashed>} ("CheckInGoalUpdate" → {@code audit.record.check-in-goal-update}); a kind without one reads as words
 * ("EmailOutbox" → "Email outbox").
 */
final class RecordNames {

    private RecordNames() {
    }

    static String of(String type) {
        if (type == null || type.isEmpty()) {
            return "";
        }
        String words = type.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        String name = words.replace(' ', '-');
        if (Messages.shared().has("audit.record." + name)) {
            return tr("audit.record." + name);
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
