package com.upward.reporting;

import com.upward.base.i18n.Messages;
import com.upward.reporting.ReportingService.DepartmentRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one rule for every aggregate that leaves the server (dashboards, PDF, chart data): a cell covers at least 5
 * people, or it is hidden together with whatever would reveal it (a total minus the parts shown). Hidden cells say
 * what is hidden, "fewer than 5 people", never a bare "< 5" that reads as "under 5 %" in a percentage column; a
 * cell with no data reads "–", percentages have no decimals, changes and averages one or two. The charts follow the
 * same rule in {@link OutcomeCharts}.
 */
public final class SmallCells {

    public static final int MIN_PEOPLE = 5;
    public static final String SUPPRESSED = "fewer than 5 people";
    public static final String NO_DATA = "–";
    /** The sentence every channel prints once, next to its figures. */
    public static final String RULE = "Figures covering fewer than 5 people read \u201cfewer than 5 people\u201d, and so"
            + " does any figure they could be worked out from.";

    /** One department's row as it may be shown. */
    public record DepartmentCells(String department, String mentees, String completion, String goalsAchieved) {
    }

    private static final Cells ENGLISH = new Cells(Locale.ENGLISH);

    private SmallCells() {
    }

    public static boolean suppressed(long people) {
        return people < MIN_PEOPLE;
    }

    /** 1–4 people: 0 reveals nobody and is shown. */
    static boolean small(long people) {
        return people > 0 && suppressed(people);
    }

    /** A head count: 0 is shown (it reveals nobody), 1–4 read "fewer than 5 people". */
    public static String count(long people) {
        return ENGLISH.count(people);
    }

    /** "6 mentees, fewer than 5 mentors". */
    public static String participantSides(long mentees, long mentors) {
        return ENGLISH.participantSides(mentees, mentors);
    }

    /** Mentees and mentors together: hidden when either side is, as the total minus the other side would give it. */
    public static String participants(long mentees, long mentors) {
        return ENGLISH.participants(mentees, mentors);
    }

    /** "(7 pivoted)" beside a goal rate; a count of 1–4 pivoted goals covers 1–4 people and is not printed. */
    public static String pivoted(long pivoted) {
        return ENGLISH.pivoted(pivoted);
    }

    public static String percent(Ratio ratio) {
        return ENGLISH.percent(ratio);
    }

    /** A signed change, e.g. "+0.8". */
    public static String delta(Mean mean) {
        return ENGLISH.delta(mean);
    }

    /** A plain average, e.g. "4.25". */
    public static String average(Mean mean) {
        return ENGLISH.average(mean);
    }

    public static String nps(Nps nps) {
        return ENGLISH.nps(nps);
    }

    /** The same cells in a reader's language and number format. */
    public static Cells in(Locale locale) {
        return new Cells(locale);
    }

    /** Small cells worded for one locale: the words from the {@code reporting} bundle, numbers as it writes them. */
    public static final class Cells {

        private final Locale locale;

        private Cells(Locale locale) {
            this.locale = locale;
        }

        private String words(String key, Object... args) {
            return Messages.shared().format(locale, key, args);
        }

        public String hidden() {
            return words("reporting.small-cells.suppressed");
        }

        /** The sentence every channel prints once, next to its figures. */
        public String rule() {
            return words("reporting.small-cells.rule");
        }

        public String count(long people) {
            return small(people) ? hidden() : String.format(locale, "%,d", people);
        }

        public String participantSides(long mentees, long mentors) {
            return words("reporting.small-cells.sides", side(mentees), side(mentors));
        }

        private String side(long people) {
            return small(people) ? words("reporting.small-cells.fewer") : String.format(locale, "%,d", people);
        }

        public String participants(long mentees, long mentors) {
            return small(mentees) || small(mentors) ? hidden() : count(mentees + mentors);
        }

        public String pivoted(long pivoted) {
            return pivoted == 0 ? "" : " " + words("reporting.small-cells.pivoted",
                    small(pivoted) ? words("reporting.small-cells.fewer") : String.format(locale, "%,d", pivoted));
        }

        public String percent(Ratio ratio) {
            if (ratio.denominator() == 0) {
                return NO_DATA;
            }
            // "86%", "86 %": where the sign goes is the language's
            return suppressed(ratio.people()) ? hidden()
                    : words("reporting.small-cells.percent", String.format(locale, "%.0f", ratio.percent()));
        }

        public String delta(Mean mean) {
            if (mean.value() == null) {
                return NO_DATA;
            }
            return suppressed(mean.people()) ? hidden() : String.format(locale, "%+.1f", mean.value());
        }

        public String average(Mean mean) {
            if (mean.value() == null) {
                return NO_DATA;
            }
            return suppressed(mean.people()) ? hidden() : String.format(locale, "%.2f", mean.value());
        }

        public String nps(Nps nps) {
            if (nps.answers() == 0) {
                return NO_DATA;
            }
            return suppressed(nps.answers()) ? hidden() : String.format(locale, "%+.0f", nps.score());
        }

        /** {@link SmallCells#departments} worded for this locale. */
        public List<DepartmentCells> departments(List<DepartmentRow> rows) {
            boolean[] hidden = hiddenParts(rows.stream().mapToLong(DepartmentRow::mentees).toArray());
            List<DepartmentCells> cells = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                DepartmentRow d = rows.get(i);
                cells.add(hidden[i] ? new DepartmentCells(d.department(), hidden(), hidden(), hidden())
                        : new DepartmentCells(d.department(), count(d.mentees()), percent(d.completion()),
                        percent(d.goalsAchieved())));
            }
            return cells;
        }
    }

    /**
     * Which parts of a total that is shown elsewhere must be hidden: every part the caller already hides and every
     * part of 1–4 people, and then the smallest parts still shown until at least two are hidden and together they
     * cover 5 people or more. Otherwise the total minus the parts shown would give a small cell back.
     */
    public static boolean[] hiddenParts(long[] parts, boolean[] alreadyHidden) {
        boolean[] hidden = new boolean[parts.length];
        for (int i = 0; i < parts.length; i++) {
            hidden[i] = alreadyHidden[i] || small(parts[i]);
        }
        while (revealing(parts, hidden)) {
            int smallest = -1;
            for (int i = 0; i < parts.length; i++) {
                if (!hidden[i] && parts[i] > 0 && (smallest < 0 || parts[i] < parts[smallest])) {
                    smallest = i;
                }
            }
            if (smallest < 0) {
                break;
            }
            hidden[smallest] = true;
        }
        return hidden;
    }

    public static boolean[] hiddenParts(long[] parts) {
        return hiddenParts(parts, new boolean[parts.length]);
    }

    private static boolean revealing(long[] parts, boolean[] hidden) {
        long count = 0;
        long people = 0;
        for (int i = 0; i < parts.length; i++) {
            if (hidden[i]) {
                count++;
                people += parts[i];
            }
        }
        return count == 1 || small(people);
    }

    /**
     * The department table: the mentees of all departments add up to the mentees shown among the key figures, so a
     * hidden department hides the next smallest too; a hidden department's rates are hidden with it.
     */
    public static List<DepartmentCells> departments(List<DepartmentRow> rows) {
        return ENGLISH.departments(rows);
    }
}
