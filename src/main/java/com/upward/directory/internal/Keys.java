package com.upward.directory.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The identity of a value as the database's unique indexes see it. MySQL/MariaDB compare with utf8mb4_unicode_ci,
 * which ignores case and accents; comparing keys in Java finds the clashes before the database would.
 */
final class Keys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Keys() {
    }

    static String of(String value) {
        if (value == null) {
            return null;
        }
        String plain = value.chars().allMatch(c -> c < 128)
                ? value
                : MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFKD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT);
    }
}
