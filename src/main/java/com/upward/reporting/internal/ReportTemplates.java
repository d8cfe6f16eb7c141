package com.upward.reporting.internal;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JRXML templates of {@code reports/}, read from the classpath and compiled once per name on first use, then
 * shared: a compiled report is immutable and safe to fill from several threads at once.
 */
@Component
class ReportTemplates {

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    JasperReport get(String name) {
        return compiled.computeIfAbsent(name, ReportTemplates::compile);
    }

    private static JasperReport compile(String name) {
        String path = "reports/" + name + ".jrxml";
        try (InputStream jrxml = ReportTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (jrxml == null) {
                throw new IllegalStateException("Report template missing from the classpath: " + path);
            }
            return JasperCompileManager.compileReport(jrxml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("Report template " + path + " does not compile: " + e.getMessage(), e);
        }
    }
}
