package com.upward.reporting;

import java.util.Locale;

/**
 * How figures are printed, in reports and dashboards alike: any cell that covers fewer than 5 people reads "< 5"
 * (PRODUCT.md), a cell with no data reads "–", percentages have no decimals, changes and averages one or two.
 */
public final class SmallCells {

    public static final int MIN_PEOPLE = 5;
    public static final String SUPPRESSED = "< 5";
    public static final String NO_DATA = "–";

    private SmallCells() {
    }

    public static boolean suppressed(long people) {
        return people < MIN_PEOPLE;
    }

    /** A head count: 0 is shown (it reveals nobody), 1–4 read "< 5". */
    public static String count(long people) {
        return people > 0 && suppressed(people) ? SUPPRESSED : String.format(Locale.ENGLISH, "%,d", people);
    }

    public static String percent(Ratio ratio) {
        if (ratio.denominator() == 0) {
            return NO_DATA;
        }
        return suppressed(ratio.people()) ? SUPPRESSED : String.format(Locale.ENGLISH, "%.0f%%", ratio.percent());
    }

    /** A signed change, e.g. "+0.8". */
    public static String delta(Mean mean) {
        if (mean.value() == null) {
            return NO_DATA;
        }
        return suppressed(mean.people()) ? SUPPRESSED : String.format(Locale.ENGLISH, "%+.1f", mean.value());
    }

    /** A plain average, e.g. "4.25". */
    public static String average(Mean mean) {
        if (mean.value() == null) {
            return NO_DATA;
        }
        return suppressed(mean.people()) ? SUPPRESSED : String.format(Locale.ENGLISH, "%.2f", mean.value());
    }

    public static String nps(Nps nps) {
        if (nps.answers() == 0) {
            return NO_DATA;
        }
        return suppressed(nps.answers()) ? SUPPRESSED : String.format(Locale.ENGLISH, "%+.0f", nps.score());
    }
}
