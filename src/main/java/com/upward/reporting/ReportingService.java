package com.upward.reporting;

import com.upward.base.i18n.Messages;

import com.upward.base.ReadModel;
import com.upward.audit.AuditAction;
import com.upward.audit.AuditEvent;
import com.upward.program.CohortStatus;
import com.upward.reporting.AtRiskPairs.AtRiskPair;
import com.upward.reporting.internal.Breakdowns;
import com.upward.reporting.internal.CohortStatusDocuments;
import com.upward.reporting.internal.MetricQueries;
import com.upward.reporting.internal.MetricQueries.Grouping;
import com.upward.reporting.internal.ParticipantComparison;
import com.upward.reporting.OpenHelpRequests.OpenHelpRequest;
import com.upward.reporting.internal.PersonalGrowthPdf;
import com.upward.reporting.internal.ProgramOutcomePdf;
import com.upward.security.CurrentUser;
import jakarta.persistence.EntityManager;
import net.sf.jasperreports.engine.JRException;
import com.upward.base.Role;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome metrics of PRODUCT.md for a program or cohort and a period, and the series of the program outcome
 * report: the single source of these figures for reports and dashboards. Aggregates only, never a person's text;
 * for administrators, HR and executives.
 */
@ReadModel("the report scopes list cohorts and programs to choose from")
@Service
public class ReportingService {

    static final String COHORT_READERS = "hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')";
    static final String EMPLOYEE = "hasRole('" + Role.Names.EMPLOYEE + "')";
    static final String OUTCOME_READERS = "hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "', '"
            + Role.Names.EXECUTIVE + "')";

    public record ProgramChoice(long id, String name) {
    }

    public record CohortChoice(long id, String name, CohortStatus status, LocalDate startsOn, LocalDate endsOn) {
    }

    public record CohortOutcome(CohortChoice cohort, OutcomeMetrics metrics) {
    }

    /** Check-ins due in one month and how many of them were submitted. */
    public record MonthCompletion(YearMonth month, Ratio completion) {
    }

    /** The mean of a month (the growth delta of the mentees who answered the end survey in it). */
    public record MonthMean(YearMonth month, Mean mean) {
    }

    /** The NPS answers given in a month. */
    public record MonthNps(YearMonth month, Nps nps) {
    }

    /** How many people a month counts (the participants of the cohorts running in it). */
    public record MonthCount(YearMonth month, long people) {
    }

    /** How many mentees' growth score changed by {@code delta} (in steps of 0.5, rounded down). */
    public record GrowthBucket(double delta, long mentees) {
    }

    public record DepartmentRow(String department, long mentees, Ratio completion, Ratio goalsAchieved) {
    }

    /**
     * Everything the program outcome report prints; {@code previous} are the same metrics for the period of the same
     * length before ({@code previousPeriod}), for the trends of the summary page, whose spark lines draw the
     * series by month; {@code comparison} sets the participants against similar colleagues.
     */
    public record ProgramOutcome(String programName, ReportScope scope, String cohortName, Instant generatedAt,
                                 OutcomeMetrics overall, List<CohortOutcome> cohorts,
                                 List<MonthCompletion> completionByMonth, List<GrowthBucket> growth,
                                 List<DepartmentRow> departments, ComparisonPeriod previousPeriod,
                                 OutcomeMetrics previous, List<MonthCompletion> failingForwardByMonth,
                                 List<MonthCount> participantsByMonth, List<MonthCompletion> learningGoalsByMonth,
                                 List<MonthMean> growthByMonth, List<MonthNps> npsByMonth,
                                 ColleagueComparison comparison) {
    }

    /** Reads id, name, status, starts_on, ends_on. */
    private static final RowMapper<CohortChoice> COHORT_CHOICE = (rs, row) -> new CohortChoice(rs.getLong(1),
            rs.getString(2), CohortStatus.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
            rs.getObject(5, LocalDate.class));

    /** Everything the cohort status report prints. */
    public record CohortStatusReport(String programName, String cohortName, CohortStatus status, LocalDate startsOn,
                                     LocalDate endsOn, Instant generatedAt,
                                     List<CohortStatusQueries.PairEngagement> pairs, List<AtRiskPair> atRisk,
                                     List<OpenHelpRequest> helpRequests) {
    }

    private final MetricQueries metrics;
    private final Breakdowns breakdowns;
    private final ProgramOutcomePdf outcomePdf;
    private final CohortStatusQueries statusQueries;
    private final CohortStatusDocuments statusDocuments;
    private final PersonalGrowthPdf growthPdf;
    private final OpenHelpRequests openHelpRequests;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final AtRiskPairs atRiskPairs;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ParticipantComparison comparison;

    ReportingService(MetricQueries metrics, Breakdowns breakdowns, ProgramOutcomePdf outcomePdf,
                     CohortStatusQueries statusQueries, CohortStatusDocuments statusDocuments,
                     PersonalGrowthPdf growthPdf,
                     OpenHelpRequests openHelpRequests, AtRiskPairs atRiskPairs, CurrentUser currentUser, EntityManager em,
                     NamedParameterJdbcTemplate jdbc, Clock clock, ParticipantComparison comparison) {
        this.metrics = metrics;
        this.breakdowns = breakdowns;
        this.outcomePdf = outcomePdf;
        this.statusQueries = statusQueries;
        this.statusDocuments = statusDocuments;
        this.growthPdf = growthPdf;
        this.openHelpRequests = openHelpRequests;
        this.currentUser = currentUser;
        this.em = em;
        this.atRiskPairs = atRiskPairs;
        this.jdbc = jdbc;
        this.clock = clock;
        this.comparison = comparison;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(OUTCOME_READERS)
    public OutcomeMetrics metrics(ReportScope scope) {
        LocalDate today = LocalDate.now(clock);
        long atRisk = atRiskPairs.find(scope.programId(), scope.cohortId(), today).size();
        long key = key(scope);
        return metrics.metrics(grouping(scope), MetricQueries.params(scope, today), List.of(key), Map.of(key, atRisk))
                .get(key);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(OUTCOME_READERS)
    public ProgramOutcome programOutcome(ReportScope scope) {
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource p = MetricQueries.params(scope, today);
        List<CohortChoice> cohorts = cohortsIn(scope);
        Map<Long, Long> atRiskByCohort = atRiskPairs.find(scope.programId(), scope.cohortId(), today).stream()
                .collect(Collectors.groupingBy(AtRiskPair::cohortId, Collectors.counting()));
        Map<Long, OutcomeMetrics> byCohort = metrics.metrics(Grouping.COHORT, p,
                cohorts.stream().map(CohortChoice::id).toList(), atRiskByCohort);
        List<CohortOutcome> perCohort = cohorts.stream().map(c -> new CohortOutcome(c, byCohort.get(c.id()))).toList();
        String cohortName = scope.cohortId() == null ? null : perCohort.stream()
                .filter(c -> c.cohort().id() == scope.cohortId()).map(c -> c.cohort().name()).findFirst().orElse(null);
        ComparisonPeriod before = ComparisonPeriod.before(scope.from(), scope.to());
        // the at-risk pairs are a count of today, not of a period: no trend, so none counted for the previous one
        OutcomeMetrics previous = metrics.metrics(grouping(scope), MetricQueries.params(before.scope(scope), today),
                List.of(key(scope)), Map.of()).get(key(scope));
        return new ProgramOutcome(programName(scope.programId()), scope, cohortName, clock.instant(), metrics(scope),
                perCohort, completionTrend(scope), breakdowns.growthDistribution(p), departments(scope), before,
                previous, breakdowns.failingForwardByMonth(Grouping.PROGRAM, p)
                        .getOrDefault(scope.programId(), List.of()),
                breakdowns.participantsByMonth(p, scope.from(), scope.to().isBefore(today) ? scope.to() : today),
                breakdowns.learningGoalsByMonth(p).getOrDefault(scope.programId(), List.of()),
                breakdowns.growthByMonth(p).getOrDefault(scope.programId(), List.of()),
                breakdowns.npsByMonth(p).getOrDefault(scope.programId(), List.of()),
                comparison.compare(scope, today));
    }

    private static Grouping grouping(ReportScope scope) {
        return scope.cohortId() == null ? Grouping.PROGRAM : Grouping.COHORT;
    }

    private static long key(ReportScope scope) {
        return scope.cohortId() == null ? scope.programId() : scope.cohortId();
    }

    /**
     * Fills the program outcome report in the requester's language and zone, streams the PDF to {@code out}, and
     * records who generated it for which scope (audit {@code REPORT}).
     */
    @Transactional
    @PreAuthorize(OUTCOME_READERS)
    public void writeProgramOutcomePdf(ReportScope scope, ReportRequester requester, OutputStream out) {
        ProgramOutcome outcome = programOutcome(scope);
        try {
            outcomePdf.write(outcome, requester, out);
        } catch (JRException e) {
            throw new IllegalStateException("The outcome report could not be generated: " + e.getMessage(), e);
        }
        em.persist(new AuditEvent(clock.instant(), currentUser.require().username(), AuditAction.REPORT,
                "ProgramOutcomeReport", scope.programId(), "PDF; cohort " + (scope.cohortId() == null ? "all"
                : scope.cohortId()) + "; period " + scope.from() + " to " + scope.to()));
    }

    /**
     * "Upward outcome report - Graduate Mentoring - 2026-12-01.pdf": the program and today's date, in the requester's
     * language ("Upward Ergebnisbericht - …").
     */
    @Transactional(readOnly = true)
    @PreAuthorize(OUTCOME_READERS)
    public String programOutcomeFileName(ReportScope scope, ReportRequester requester) {
        return Messages.shared().format(requester.locale(), "report.file.outcome",
                safe(programName(scope.programId())), today());
    }

    /** One row per pair with its engagement, the at-risk pairs and the open help requests of one cohort (HR). */
    @Transactional(readOnly = true)
    @PreAuthorize(COHORT_READERS)
    public CohortStatusReport cohortStatus(long cohortId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.queryForObject("""
                select p.name, c.name, c.status, c.starts_on, c.ends_on from cohort c
                join program p on p.id = c.program_id where c.id = :cohort""",
                new MapSqlParameterSource("cohort", cohortId), (rs, row) -> new CohortStatusReport(rs.getString(1),
                        rs.getString(2), CohortStatus.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), clock.instant(), statusQueries.pairs(cohortId, today),
                        atRiskPairs.find(null, cohortId, today), openHelpRequests.find(cohortId)));
    }

    /**
     * The cohort status report as PDF or XLSX in the requester's language and zone, streamed to {@code out}; each
     * generation audited.
     */
    @Transactional
    @PreAuthorize(COHORT_READERS)
    public void writeCohortStatus(long cohortId, ReportFormat format, ReportRequester requester, OutputStream out) {
        CohortStatusReport report = cohortStatus(cohortId);
        try {
            if (format == ReportFormat.XLSX) {
                statusDocuments.writeXlsx(report, requester, out);
            } else {
                statusDocuments.writePdf(report, requester, out);
            }
        } catch (JRException e) {
            throw new IllegalStateException("The cohort status report could not be generated: " + e.getMessage(), e);
        }
        em.persist(new AuditEvent(clock.instant(), currentUser.require().username(), AuditAction.REPORT,
                "CohortStatusReport", cohortId, format.name()));
    }

    /** "Upward cohort status - Summer 2026 - 2026-12-01.xlsx", in the requester's language. */
    @Transactional(readOnly = true)
    @PreAuthorize(COHORT_READERS)
    public String cohortStatusFileName(long cohortId, ReportFormat format, ReportRequester requester) {
        String cohort = jdbc.queryForObject("select name from cohort where id = :id",
                new MapSqlParameterSource("id", cohortId), String.class);
        return Messages.shared().format(requester.locale(), "report.file.cohort-status", safe(cohort),
                today(), format.name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The signed-in employee's own personal growth report (goals, milestones, the wins and lessons timeline) as a
     * PDF in the requester's language and zone; nobody can ask for anyone else's, there is no id to pass. Audited.
     */
    @Transactional
    @PreAuthorize(EMPLOYEE)
    public void writePersonalGrowthPdf(ReportRequester requester, OutputStream out) {
        long employeeId = currentUser.requireEmployeeId();
        try {
            growthPdf.write(employeeId, requester, out);
        } catch (JRException e) {
            throw new IllegalStateException("The growth report could not be generated: " + e.getMessage(), e);
        }
        em.persist(new AuditEvent(clock.instant(), currentUser.require().username(), AuditAction.REPORT,
                "PersonalGrowthReport", employeeId, "PDF"));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EMPLOYEE)
    public String personalGrowthFileName(ReportRequester requester) {
        return Messages.shared().format(requester.locale(), "report.file.growth",
                safe(currentUser.require().displayName()), today());
    }

    /** Today on the server's clock, ISO: file names sort by it (the report names its times in the requester's zone). */
    private String today() {
        return LocalDate.now(clock).toString();
    }

    /** Check-in completion per month of the due date (for dashboards; the report reads the same query). */
    @Transactional(readOnly = true)
    @PreAuthorize(OUTCOME_READERS)
    public List<MonthCompletion> completionTrend(ReportScope scope) {
        return breakdowns.completionByMonth(Grouping.PROGRAM, MetricQueries.params(scope, LocalDate.now(clock)))
                .getOrDefault(scope.programId(), List.of());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(OUTCOME_READERS)
    public List<DepartmentRow> departments(ReportScope scope) {
        return breakdowns.departments(Grouping.PROGRAM, MetricQueries.params(scope, LocalDate.now(clock)))
                .getOrDefault(scope.programId(), List.of());
    }

    /** Programs with at least one cohort that has started (the others have nothing to report yet). */
    @Transactional(readOnly = true)
    @PreAuthorize(OUTCOME_READERS)
    public List<ProgramChoice> programs() {
        return startedPrograms(jdbc);
    }

    /** The program's cohorts that have started, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(OUTCOME_READERS)
    public List<CohortChoice> cohorts(long programId) {
        return jdbc.query("""
                select id, name, status, starts_on, ends_on from cohort where program_id = :program
                  and status in ('ACTIVE', 'COMPLETED', 'ARCHIVED') order by starts_on desc, id desc""",
                new MapSqlParameterSource("program", programId), COHORT_CHOICE);
    }

    private List<CohortChoice> cohortsIn(ReportScope scope) {
        return jdbc.query("select co.id, co.name, co.status, co.starts_on, co.ends_on from cohort co where co.id in ("
                        + MetricQueries.COHORTS + ") order by co.starts_on, co.id",
                MetricQueries.params(scope, LocalDate.now(clock)), COHORT_CHOICE);
    }

    /** A name usable in a file name on every system. */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "-").strip();
    }

    private String programName(long programId) {
        return jdbc.queryForObject("select name from program where id = :id",
                new MapSqlParameterSource("id", programId), String.class);
    }

    static List<ProgramChoice> startedPrograms(NamedParameterJdbcTemplate jdbc) {
        return jdbc.query("""
                select p.id, p.name from program p where exists (select 1 from cohort c where c.program_id = p.id
                  and c.status in ('ACTIVE', 'COMPLETED', 'ARCHIVED')) order by p.name""", (rs, row) ->
                new ProgramChoice(rs.getLong(1), rs.getString(2)));
    }
}
