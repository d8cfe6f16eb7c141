package com.upward.reporting.internal;

import com.upward.reporting.ColleagueComparison;
import com.upward.reporting.ColleagueComparison.Difference;
import com.upward.reporting.ColleagueComparison.Row;
import com.upward.reporting.SmallCells;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The section "Participants compared with similar colleagues" of the program outcome report, as the rows of its
 * subreport {@code program-outcome-comparison.jrxml}: one per outcome, each group's rate and size, the difference
 * with its 95 % interval in percentage points, and the sentences under the table (carried by every row, printed once
 * in the subreport's summary). A group under 5 people reads "fewer than 5 people" and the row has no difference.
 */
final class ComparisonSection {

    static final String TEMPLATE = "program-outcome-comparison";

    private ComparisonSection() {
    }

    static void put(Map<String, Object> p, ColleagueComparison comparison, ReportTemplates templates,
                    ReportTexts texts) {
        p.put("comparisonReport", templates.get(TEMPLATE));
        p.put("comparisonData", ReportOutput.rows(rows(comparison, texts)));
    }

    /** The rows as printed: also what the tests compare the PDF with. */
    static List<Map<String, Object>> rows(ColleagueComparison comparison, ReportTexts texts) {
        List<String> sentences = new ArrayList<>();
        for (Row row : comparison.rows()) {
            if (row.shown()) {
                sentences.add(sentence(row, texts));
            }
        }
        sentences.add(texts.tr("report.comparison.matching"));
        if (comparison.unmatched() > 0) {
            sentences.add(texts.tr("report.comparison.unmatched", comparison.unmatched()));
        }
        sentences.add(texts.tr("report.comparison.not-yet", comparison.notYet6(), comparison.notYet12()));
        sentences.add(texts.tr("report.comparison.association"));
        String notes = String.join(" ", sentences);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row row : comparison.rows()) {
            Map<String, Object> cells = new HashMap<>();
            cells.put("outcome", texts.tr("report.comparison.outcome." + row.outcome().name()));
            cells.put("participants", group(row.participants(), row.participantRate(), texts));
            cells.put("colleagues", group(row.colleagues(), row.colleagueRate(), texts));
            cells.put("difference", difference(row, texts));
            cells.put("notes", notes);
            rows.add(cells);
        }
        return rows;
    }

    /** "93% of 14"; "fewer than 5 people"; "–" when nobody is observable yet. */
    private static String group(long people, double rate, ReportTexts texts) {
        if (people == 0) {
            return SmallCells.NO_DATA;
        }
        return SmallCells.suppressed(people) ? texts.cells().hidden() : texts.tr("report.comparison.rate",
                percent(rate, texts), texts.cells().count(people));
    }

    private static String difference(Row row, ReportTexts texts) {
        if (row.difference() == null) {
            return SmallCells.NO_DATA;
        }
        if (!row.shown()) {
            return texts.cells().hidden();
        }
        Difference d = row.difference();
        return texts.tr("report.comparison.points", points(d.estimate(), texts), points(d.lower(), texts),
                points(d.upper(), texts));
    }

    /** "Participants were 8 percentage points more likely to still be here 12 months later (95 % interval: …)." */
    private static String sentence(Row row, ReportTexts texts) {
        Difference d = row.difference();
        long points = Math.round(d.estimate() * 100);
        return texts.tr("report.comparison.sentence." + row.outcome().name(),
                points > 0 ? "more" : points < 0 ? "less" : "same", Math.abs(points), points(d.lower(), texts),
                points(d.upper(), texts), texts.cells().count(row.participants()),
                texts.cells().count(row.colleagues()));
    }

    private static String percent(double rate, ReportTexts texts) {
        return texts.tr("reporting.small-cells.percent", String.format(texts.locale(), "%.0f", rate * 100));
    }

    /** A share difference as signed whole percentage points: "+8", "−2", "±0". */
    static String points(double share, ReportTexts texts) {
        long points = Math.round(share * 100);
        return points == 0 ? "±0" : String.format(texts.locale(), "%+d", points).replace('-', '−');
    }
}
