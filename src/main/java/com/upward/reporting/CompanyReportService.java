package com.upward.reporting;

import com.upward.audit.AuditAction;
import com.upward.audit.AuditEvent;
import com.upward.base.i18n.Messages;
import com.upward.reporting.CompanyOutcome.Row;
import com.upward.reporting.ReportingService.ProgramChoice;
import com.upward.reporting.internal.CompanyOutcomePdf;
import com.upward.reporting.internal.MetricQueries;
import com.upward.reporting.internal.MetricQueries.Grouping;
import com.upward.reporting.internal.PeopleGroupQueries;
import com.upward.reporting.internal.PeopleGroupQueries.Attribute;
import com.upward.security.CurrentUser;
import jakarta.persistence.EntityManager;
import net.sf.jasperreports.engine.JRException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The cross-program report: every program side by side for a period, and the same figures per department and
 * location, for the whole company. Aggregates only; for administrators, HR and executives.
 */
@Service
public class CompanyReportService {

    private final MetricQueries metrics;
    private final PeopleGroupQueries groups;
    private final CompanyOutcomePdf pdf;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    CompanyReportService(MetricQueries metrics, PeopleGroupQueries groups, CompanyOutcomePdf pdf,
                         CurrentUser currentUser, EntityManager em, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.metrics = metrics;
        this.groups = groups;
        this.pdf = pdf;
        this.currentUser = currentUser;
        this.em = em;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The figures of every program with participants in the period (by name), and per department and location of
     * the people taking part; the small-cell rule is applied where they are printed.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(ReportingService.OUTCOME_READERS)
    public CompanyOutcome companyOutcome(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The period starts after it ends.");
        }
        MapSqlParameterSource p = MetricQueries.params(null, null, from, to, LocalDate.now(clock), false);
        List<ProgramChoice> programs = ReportingService.startedPrograms(jdbc);
        Map<Long, OutcomeMetrics> byProgram = metrics.metrics(Grouping.PROGRAM, p,
                programs.stream().map(ProgramChoice::id).toList(), Map.of());
        List<Row> programRows = programs.stream().map(pr -> Row.of(pr.name(), byProgram.get(pr.id())))
                .filter(row -> row.participants() > 0).toList();
        return new CompanyOutcome(from, to, clock.instant(), programRows, groups.rows(Attribute.DEPARTMENT, p),
                groups.rows(Attribute.LOCATION, p));
    }

    /** Fills the cross-program report in the requester's language and zone and records who generated it. */
    @Transactional
    @PreAuthorize(ReportingService.OUTCOME_READERS)
    public void writeCompanyOutcomePdf(LocalDate from, LocalDate to, ReportRequester requester, OutputStream out) {
        CompanyOutcome outcome = companyOutcome(from, to);
        try {
            pdf.write(outcome, requester, out);
        } catch (JRException e) {
            throw new IllegalStateException("The cross-program report could not be generated: " + e.getMessage(), e);
        }
        em.persist(new AuditEvent(clock.instant(), currentUser.require().username(), AuditAction.REPORT,
                "CompanyOutcomeReport", null, "PDF; all programs; period " + from + " to " + to));
    }

    /** "Upward outcomes across programs - 2026-12-07.pdf", in the requester's language. */
    @Transactional(readOnly = true)
    @PreAuthorize(ReportingService.OUTCOME_READERS)
    public String companyOutcomeFileName(ReportRequester requester) {
        return Messages.shared().format(requester.locale(), "report.file.company", LocalDate.now(clock).toString());
    }
}
