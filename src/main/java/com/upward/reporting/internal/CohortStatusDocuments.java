package com.upward.reporting.internal;

import com.upward.reporting.CohortStatusQueries.PairEngagement;
import com.upward.reporting.ReportRequester;
import com.upward.reporting.ReportingService.CohortStatusReport;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fills the cohort status templates: {@code cohort-status.jrxml} as a PDF and {@code cohort-status-sheet.jrxml} as
 * an XLSX whose counts are numbers and whose dates are dates, streamed to the caller's output, both in the
 * requester's language.
 */
@Component
public class CohortStatusDocuments {

    private final ReportTemplates templates;

    CohortStatusDocuments(ReportTemplates templates) {
        this.templates = templates;
    }

    public void writePdf(CohortStatusReport report, ReportRequester requester, OutputStream out) throws JRException {
        ReportTexts texts = new ReportTexts(requester);
        Map<String, Object> p = texts.fillParameters();
        p.put("cohortName", report.cohortName());
        p.put("cohortLabel", report.programName() + " · " + texts.status(report.status().name()) + " · "
                + texts.dateRange(report.startsOn(), report.endsOn()));
        p.put("footerLine", texts.tr("report.cohort-status.footer", report.programName(),
                texts.generated(report.generatedAt())));
        p.put("datePattern", texts.raw("format.date"));
        long overdue = report.pairs().stream().mapToLong(PairEngagement::overdue).sum();
        p.put("summaryLabel", texts.tr("report.cohort-status.summary", report.pairs().size(), overdue,
                report.atRisk().size(), report.helpRequests().size()));
        p.put("listReport", templates.get("cohort-status-list"));
        p.put("atRiskData", ReportOutput.rows(report.atRisk().stream()
                .map(r -> row(r.menteeName(), r.mentorName(), r.risk().in(texts.locale()), "")).toList()));
        p.put("helpData", ReportOutput.rows(report.helpRequests().stream()
                .map(h -> row(h.menteeName(), h.mentorName(),
                        texts.tr("report.cohort-status.urgency-value", h.urgency().name()), texts.date(h.since())))
                .toList()));
        JasperPrint print = JasperFillManager.fillReport(templates.get("cohort-status"), p, pairRows(report, texts));
        ReportOutput.pdf(print, texts.tr("report.cohort-status.metadata-title", report.cohortName()), out);
    }

    public void writeXlsx(CohortStatusReport report, ReportRequester requester, OutputStream out) throws JRException {
        ReportTexts texts = new ReportTexts(requester);
        JasperPrint print = JasperFillManager.fillReport(templates.get("cohort-status-sheet"), texts.fillParameters(),
                pairRows(report, texts));
        var exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        var configuration = new SimpleXlsxReportConfiguration();
        configuration.setSheetNames(new String[]{texts.tr("report.cohort-status.sheet")});
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    private static JRMapCollectionDataSource pairRows(CohortStatusReport report, ReportTexts texts) {
        Map<Long, String> reasons = report.atRisk().stream()
                .collect(Collectors.toMap(r -> r.assignmentId(), r -> r.risk().in(texts.locale()), (a, b) -> a));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (PairEngagement pair : report.pairs()) {
            Map<String, Object> row = new HashMap<>();
            row.put("menteeName", pair.menteeName());
            row.put("mentorName", pair.mentorName());
            row.put("pairStatus", texts.status(pair.pairStatus()));
            row.put("startsOn", Date.valueOf(pair.startsOn()));
            row.put("due", (int) pair.due());
            row.put("submitted", (int) pair.submitted());
            row.put("onTime", (int) pair.onTime());
            row.put("overdue", (int) pair.overdue());
            row.put("lastCheckIn", pair.lastCheckIn() == null ? null : Date.valueOf(pair.lastCheckIn()));
            row.put("openHelp", (int) pair.openHelp());
            row.put("atRisk", reasons.getOrDefault(pair.assignmentId(), ""));
            rows.add(row);
        }
        return ReportOutput.rows(rows);
    }

    private static Map<String, Object> row(String c1, String c2, String c3, String c4) {
        return Map.of("c1", c1, "c2", c2, "c3", c3, "c4", c4);
    }

}
