package com.upward.reporting.internal;

import com.upward.reporting.CompanyOutcome;
import com.upward.reporting.CompanyOutcome.Row;
import com.upward.reporting.ReportRequester;
import com.upward.reporting.SmallCells;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JREmptyDataSource;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills {@code reports/company-outcome.jrxml}: three tables of the same columns (programs, departments, locations),
 * every cell formatted by {@link SmallCells} in the requester's language.
 */
@Component
public class CompanyOutcomePdf {

    static final String TEMPLATE = "company-outcome";
    static final String TABLE = "company-outcome-table";

    private final ReportTemplates templates;

    CompanyOutcomePdf(ReportTemplates templates) {
        this.templates = templates;
    }

    public void write(CompanyOutcome outcome, ReportRequester requester, OutputStream out) throws JRException {
        ReportTexts texts = new ReportTexts(requester);
        JasperPrint print = JasperFillManager.fillReport(templates.get(TEMPLATE), parameters(outcome, texts),
                new JREmptyDataSource(1));
        ReportOutput.pdf(print, texts.tr("report.company.metadata-title"), out);
    }

    Map<String, Object> parameters(CompanyOutcome outcome, ReportTexts texts) {
        Map<String, Object> p = texts.fillParameters();
        String period = texts.dateRange(outcome.from(), outcome.to());
        p.put("periodLabel", period);
        p.put("periodLine", texts.tr("report.outcome.period", period));
        String generated = texts.generated(outcome.generatedAt());
        p.put("generatedLine", texts.tr("report.common.generated", generated));
        p.put("footerLine", texts.tr("report.outcome.footer", generated));
        p.put("smallCellRule", texts.cells().rule());
        p.put("tableReport", templates.get(TABLE));
        p.put("programRows", ReportOutput.rows(cells(outcome.programs(), texts)));
        p.put("departmentRows", ReportOutput.rows(cells(outcome.departments(), texts)));
        p.put("locationRows", ReportOutput.rows(cells(outcome.locations(), texts)));
        return p;
    }

    /**
     * A table's rows as printed. The participants of every table add up to the same total, so a hidden row hides the
     * next smallest too ({@link SmallCells#hiddenParts}), and a hidden row's figures are hidden with it. Mentees and
     * mentors are printed together only (no table splits them), so the total alone decides.
     */
    static List<Map<String, String>> cells(List<Row> rows, ReportTexts texts) {
        SmallCells.Cells cells = texts.cells();
        boolean[] hidden = SmallCells.hiddenParts(rows.stream().mapToLong(Row::participants).toArray());
        List<Map<String, String>> printed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Map<String, String> row = new HashMap<>();
            row.put("name", r.name());
            if (hidden[i]) {
                row.put("hiddenRow", texts.tr("report.company.hidden-row"));
            } else {
                row.put("participants", narrow(cells.count(r.participants())));
                row.put("completion", narrow(cells.percent(r.completion())));
                row.put("failingForward", narrow(cells.percent(r.failingForward())));
                row.put("learning", narrow(cells.percent(r.learningGoals().achieved())));
                row.put("outcome", narrow(cells.percent(r.outcomeGoals().achieved())));
                row.put("growth", narrow(cells.delta(r.growthDelta())));
                row.put("nps", narrow(cells.nps(r.nps())));
            }
            printed.add(row);
        }
        return printed;
    }

    /** No line breaks inside a narrow cell: "fewer than 5 people" shrinks to fit on one line instead. */
    private static String narrow(String cell) {
        return cell.replace(' ', '\u00a0');
    }
}
