package com.upward.reporting.internal;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What every report shares: map rows as a data source, and the PDF export to a stream. */
final class ReportOutput {

    private ReportOutput() {
    }

    static JRMapCollectionDataSource rows(List<? extends Map<String, ?>> rows) {
        return new JRMapCollectionDataSource(new ArrayList<Map<String, ?>>(rows));
    }

    static void pdf(JasperPrint print, String title, OutputStream out) throws JRException {
        var exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        var configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setMetadataAuthor("Upward");
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    /** "ACTIVE" → "Active": for a value no bundle names ({@link ReportTexts#status}). */
    static String label(String enumName) {
        String words = enumName.replace('_', ' ');
        return words.charAt(0) + words.substring(1).toLowerCase(Locale.ROOT);
    }
}
