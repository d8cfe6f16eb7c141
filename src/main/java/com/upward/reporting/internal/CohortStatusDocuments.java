package com.upward.reporting.internal;

import com.upward.reporting.CohortStatusQueries;
import com.upward.reporting.CohortStatusQueries.PairEngagement;
import com.upward.reporting.ReportingService;
import com.upward.reporting.ReportingService.CohortStatusReport;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.sql.Date;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fills the cohort status templates: {@code cohort-status.jrxml} as a PDF and {@code cohort-status-sheet.jrxml} as
 * an XLSX whose counts are numbers and whose dates are dates, streamed to the caller's output.
 */
@Component
public class CohortStatusDocuments {

    private final ReportTemplates templates;
    private final ZoneId zone;

    CohortStatusDocuments(ReportTemplates templates, Clock clock) {
        this.templates = templates;
        this.zone = clock.getZone();
    }

    public void writePdf(CohortStatusReport report, OutputStream out) throws JRException {
        Map<String, Object> p = new HashMap<>();
        p.put("programName", report.programName());
        p.put("cohortName", report.cohortName());
        p.put("cohortLabel", report.programName() + " · " + ReportOutput.label(report.status().name()) + " · "
                + ReportOutput.DAY.format(report.startsOn()) + " – " + ReportOutput.DAY.format(report.endsOn()));
        p.put("generatedLabel", ReportOutput.GENERATED.format(report.generatedAt().atZone(zone)));
        long overdue = report.pairs().stream().mapToLong(PairEngagement::overdue).sum();
        p.put("summaryLabel", report.pairs().size() + " pairs · " + overdue + " overdue check-ins · "
                + report.atRisk().size() + " at risk · " + report.helpRequests().size() + " open help requests");
        p.put("listReport", templates.get("cohort-status-list"));
        p.put("atRiskData", ReportOutput.rows(report.atRisk().stream()
                .map(r -> row(r.menteeName(), r.mentorName(), r.reason(), "")).toList()));
        p.put("helpData", ReportOutput.rows(report.helpRequests().stream()
                .map(h -> row(h.menteeName(), h.mentorName(), h.urgencyLabel(), h.sinceText())).toList()));
        JasperPrint print = JasperFillManager.fillReport(templates.get("cohort-status"), p, pairRows(report));
        ReportOutput.pdf(print, "Cohort status report: " + report.cohortName(), out);
    }

    public void writeXlsx(CohortStatusReport report, OutputStream out) throws JRException {
        JasperPrint print = JasperFillManager.fillReport(templates.get("cohort-status-sheet"), new HashMap<>(),
                pairRows(report));
        var exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
    }

    private static JRMapCollectionDataSource pairRows(CohortStatusReport report) {
        Map<Long, String> reasons = report.atRisk().stream()
                .collect(Collectors.toMap(r -> r.assignmentId(), r -> r.reason(), (a, b) -> a));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (PairEngagement pair : report.pairs()) {
            Map<String, Object> row = new HashMap<>();
            row.put("menteeName", pair.menteeName());
            row.put("mentorName", pair.mentorName());
            row.put("pairStatus", ReportOutput.label(pair.pairStatus()));
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
