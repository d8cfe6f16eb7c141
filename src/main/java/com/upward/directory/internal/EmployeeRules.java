package com.upward.directory.internal;

import com.upward.base.i18n.Text;

import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks an employee's values must pass, shared by the edit form, the service and the HRIS import. */
public final class EmployeeRules {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 10;
    public static final Text REQUIRED = Text.of("directory.field.required");
    public static final Text BAD_EMAIL = Text.of("directory.field.bad-email");
    public static final Text BAD_LEVEL = Text.of("directory.field.bad-level");
    public static final Text BAD_DATE = Text.of("directory.field.bad-date");
    public static final Text BAD_TIME_ZONE = Text.of("directory.field.bad-time-zone");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private EmployeeRules() {
    }

    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value).matches();
    }

    public static boolean isTimeZone(String value) {
        return value != null && ZONES.contains(value);
    }

    public static boolean isLevel(Integer level) {
        return level != null && level >= MIN_LEVEL && level <= MAX_LEVEL;
    }

    public static Text tooLong(int maxLength) {
        return Text.of("directory.field.too-long", maxLength);
    }

    public static Text tooLong(int maxLength, int length) {
        return Text.of("directory.field.too-long-has", maxLength, length);
    }

    /** A tag over its column's limit, named in quotes (abbreviated): the message of a skills or languages cell. */
    public static Text tagTooLong(String tag, int maxLength) {
        return Text.of("directory.field.tag-too-long", abbreviate(tag), tooLong(maxLength, tag.length()));
    }

    /** A value quoted in a message: at most 30 characters. */
    static String abbreviate(String value) {
        return value.length() <= 30 ? value : value.substring(0, 27) + "...";
    }

    /** The known time zones, sorted, for pickers. */
    public static java.util.List<String> timeZones() {
        return ZONES.stream().filter(z -> z.equals("UTC")
                        || z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                .sorted().toList();
    }
}
