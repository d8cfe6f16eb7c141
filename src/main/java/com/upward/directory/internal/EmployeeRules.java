package com.upward.directory.internal;

import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks an employee's values must pass, shared by the edit form, the service and the HRIS import. */
public final class EmployeeRules {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 10;
    public static final String REQUIRED = "Required value is missing.";
    public static final String BAD_EMAIL = "Not a valid email address.";
    public static final String BAD_LEVEL = "Job level must be a whole number from 1 to 10.";
    public static final String BAD_DATE = "Not a date in the form yyyy-MM-dd (for example 2024-03-01).";
    public static final String BAD_TIME_ZONE = "Unknown time zone. Use a name such as Europe/Berlin.";

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

    public static String tooLong(int maxLength) {
        return "At most " + maxLength + " characters.";
    }

    public static String tooLong(int maxLength, int length) {
        return "At most " + maxLength + " characters (this has " + length + ").";
    }

    /** The known time zones, sorted, for pickers. */
    public static java.util.List<String> timeZones() {
        return ZONES.stream().filter(z -> z.equals("UTC")
                        || z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                .sorted().toList();
    }
}
