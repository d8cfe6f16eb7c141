package com.upward.testsupport;

import java.util.List;
import java.util.regex.Pattern;

/** The counts of 1–4 people a text prints: what the small-cell rule (issue 21) forbids wherever figures leave. */
public final class SmallCounts {

    /** A count standing alone or in brackets: not part of a range, a percentage, a score or "fewer than 5". */
    private static final Pattern SMALL_COUNT = Pattern.compile("(?<![\\d.,:/–+−-])\\b([1-4])\\b(?![\\d.,:/%–-])");
    /** A date as the app prints it ("2 Dec 2027"): its day is not a count (found on 2 Dec 2028). */
    private static final Pattern DATE =
            Pattern.compile("\\b\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}\\b");

    private SmallCounts() {
    }

    public static List<String> in(String text) {
        return SMALL_COUNT.matcher(DATE.matcher(text).replaceAll("(date)")).results().map(r -> r.group()).toList();
    }
}
