package com.upward.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile values for input fuzzing: markup and script, SQL meta characters, spreadsheet formulas, control
 * characters, emoji and other scripts, very long text, blanks and values of the wrong type. The known classics come
 * first, then random ones from a {@link Random} with a fixed seed, so that a failure names the value and repeats on
 * every run. {@code -Dupward.fuzz.seed=...} explores another sequence; the seed is printed in every failure message
 * through {@link #describe(String)}.
 */
public final class HostileInput {

    /** The seed kept in the suite. */
    public static final long SEED = 20_261_201L;

    /** Values every text field gets, whatever the random part draws. */
    public static final List<String> CLASSICS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(document.cookie)>",
            "\"><svg onload=alert(1)>",
            "javascript:alert(1)",
            "<b>bold</b> &amp; &lt;i&gt;",
            "' OR 1=1 --",
            "\"; drop table employee; --",
            "Robert'); DROP TABLE check_in;--",
            "%' UNION SELECT password_hash FROM app_user --",
            "100% _done_ \\ back\\slash",
            "%",
            "_",
            "${7*7} #{7*7} {{7*7}} %s%n",
            "=HYPERLINK(\"http://evil.test\",\"click\")",
            "+cmd|' /C calc'!A0",
            "@SUM(A1:A9)",
            "-1+2",
            "😀🙈 👩‍👩‍👧‍👦 🏳️‍🌈",
            "Zoë Ødegård Ñandú",
            "日本語の目標 中文 한국어",
            "مرحبا بالعالم",
            "שלום עולם",
            "e\u0301 combining accent",
            "\u202Eevil\u202C right-to-left override",
            "zero\u200Bwidth",
            "a\u0000nul",
            "bell\u0007 escape\u001B[31m",
            "line\rfeed\u000Bvertical\u000Cform",
            "tab\there",
            "delete\u007F next\u0085",
            "lone \uD800 surrogate",
            "",
            " ",
            "   \t  ",
            "\n\n",
            "12abc",
            "-7",
            "1e309",
            "99999999999999999999",
            "NaN",
            "2026-02-30",
            "31.13.2026",
            "null");

    private static final String[] POOL = {"a", "Z", "7", " ", "'", "\"", "<", ">", "&", ";", "%", "_", "\\", "/",
            "|", ",", "=", "\n", "\t", "é", "ß", "Ж", "λ", "日", "語", "ع", "א", "😀", "🙈", "👍🏽", "\u200D", "\u0301",
            "\u0000", "\u0001", "\u001F", "\u007F", "\uFFFD", "\uFEFF"};

    private final long seed;
    private final Random random;

    /** A sequence of its own per {@code stream} (a test's name), so that adding a test changes no other's. */
    public HostileInput(String stream) {
        this.seed = Long.getLong("upward.fuzz.seed", SEED) ^ stream.hashCode();
        this.random = new Random(seed);
    }

    /** The classics, a huge value, then {@code randomCount} random ones (mixed classics, random text, long text). */
    public List<String> values(int randomCount) {
        List<String> values = new ArrayList<>(CLASSICS);
        values.add(huge());
        for (int i = 0; i < randomCount; i++) {
            values.add(next());
        }
        return values;
    }

    /** The classics and random values as {@link #values(int)}, plus values at and just over each limit given. */
    public List<String> values(int randomCount, int... limits) {
        List<String> values = values(randomCount);
        for (int limit : limits) {
            values.add("x".repeat(limit));
            values.add("日".repeat(limit));
            values.add("x".repeat(limit + 1));
            values.add(text(limit));
        }
        return values;
    }

    /** One random hostile value. */
    public String next() {
        return switch (random.nextInt(4)) {
            case 0 -> pick() + text(1 + random.nextInt(20)) + pick();
            case 1 -> text(1 + random.nextInt(300));
            case 2 -> text(around(4000)); // the free-text limit
            default -> text(around(200)); // a typical VARCHAR limit
        };
    }

    /** Random text of exactly {@code length} UTF-16 units from characters that tend to break things. */
    public String text(int length) {
        var out = new StringBuilder(length + 2);
        while (out.length() < length) {
            String piece = POOL[random.nextInt(POOL.length)];
            if (out.length() + piece.length() > length) {
                piece = "x";
            }
            out.append(piece);
        }
        return out.toString();
    }

    /** A very long value: far over every limit in the app. */
    public String huge() {
        return text(70_000);
    }

    public String pick() {
        return CLASSICS.get(random.nextInt(CLASSICS.size()));
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A short form of a value for failure messages: the seed, its length, and where it starts. */
    public String describe(String value) {
        String start = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return "seed " + seed + ", " + value.length() + " chars: " + start.codePoints()
                .mapToObj(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        || Character.getType(c) == Character.SURROGATE
                        ? String.format("\\u%04X", c) : Character.toString(c))
                .reduce("", String::concat);
    }

    /**
     * What a text field should keep of a value it accepts: the value without control characters (tab and line
     * breaks excepted; CR LF and a lone CR become LF), without bidirectional embeddings, overrides and isolates, and
     * without surrounding white space.
     */
    public static String stored(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cc}&&[^\\t\\n]]|\\p{Cs}|[\\u202A-\\u202E\\u2066-\\u2069]", "").strip();
    }

    /** What a one-line field (a name, a title) should keep: as {@link #stored}, tabs and line breaks as spaces. */
    public static String storedLine(String value) {
        return stored(value).replaceAll("[\\t\\n]", " ");
    }

    private int around(int limit) {
        return Math.max(1, limit - 3 + random.nextInt(7));
    }
}
