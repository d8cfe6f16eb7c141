package com.upward.reporting;

import com.upward.base.ReadModel;
import com.upward.program.CohortStatus;
import com.upward.reporting.AtRiskPairs.AtRiskPair;
import com.upward.reporting.internal.Breakdowns;
import com.upward.reporting.internal.FiguresCache;
import com.upward.reporting.internal.MetricQueries;
import com.upward.reporting.internal.MetricQueries.Grouping;
import com.upward.reporting.ReportingService.CohortChoice;
import com.upward.reporting.ReportingService.DepartmentRow;
import com.upward.reporting.ReportingService.MonthCompletion;
import com.upward.reporting.ReportingService.ProgramChoice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of the HR and executive home pages, from the same grouped queries as the reports. Each call runs a
 * fixed set of statements whatever the number of programs, cohorts or people (DashboardStatementsTest proves it).
 * The aggregates over check-ins are kept for a few minutes ({@link FiguresCache}, {@code upward.dashboard.*}); what
 * HR acts on (the at-risk pairs, the open help requests) is read fresh on every call.
 */
@ReadModel("the home figures count cohorts and programs in SQL, the same queries as the reports")
@Service
public class DashboardFigures {

    /** One program's last twelve months, for the executive home. */
    public record ProgramFigures(ProgramChoice program, ReportScope scope, OutcomeMetrics metrics,
                                 List<MonthCompletion> trend, List<DepartmentRow> departments) {
    }

    /** One running cohort's health, for the HR home. */
    public record CohortHealth(CohortChoice cohort, String programName, Ratio completion, Ratio onTime,
                               long atRiskPairs, long openHelpRequests, List<MonthCompletion> trend) {
    }

    public record HrFigures(List<AtRiskPair> atRisk, List<CohortHealth> cohorts) {
    }

    /** The start of time for the HR figures: a running cohort's check-ins count from its first one. */
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    private final MetricQueries metrics;
    private final Breakdowns breakdowns;
    private final AtRiskPairs atRiskPairs;
    private final OpenHelpRequests openHelpRequests;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final FiguresCache<List<ProgramFigures>> programFigures;
    private final FiguresCache<CohortCheckIns> cohortCheckIns;

    /** The running cohorts' check-in completion and on-time rate, and completion by month, by cohort id. */
    private record CohortCheckIns(Map<Long, Ratio[]> completion, Map<Long, List<MonthCompletion>> trends) {
    }

    DashboardFigures(MetricQueries metrics, Breakdowns breakdowns, AtRiskPairs atRiskPairs,
                     OpenHelpRequests openHelpRequests, NamedParameterJdbcTemplate jdbc, Clock clock,
                     @Value("${upward.dashboard.figures-refresh-after:PT1M}") Duration refreshAfter,
                     @Value("${upward.dashboard.figures-max-age:PT5M}") Duration maxAge) {
        this.metrics = metrics;
        this.breakdowns = breakdowns;
        this.atRiskPairs = atRiskPairs;
        this.openHelpRequests = openHelpRequests;
        this.jdbc = jdbc;
        this.clock = clock;
        programFigures = new FiguresCache<>(this::computePrograms, refreshAfter, maxAge, clock);
        cohortCheckIns = new FiguresCache<>(this::computeCohortCheckIns, refreshAfter, maxAge, clock);
    }

    /** Every program with a started cohort, over the last twelve months, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize(ReportingService.OUTCOME_READERS)
    public List<ProgramFigures> programs() {
        return programFigures.get(LocalDate.now(clock));
    }

    private List<ProgramFigures> computePrograms(LocalDate today) {
        LocalDate from = today.minusYears(1);
        List<ProgramChoice> programs = ReportingService.startedPrograms(jdbc);
        if (programs.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource p = MetricQueries.params(null, null, from, today, today, false);
        Map<Long, Long> atRisk = atRiskPairs.find(null, null, today).stream()
                .collect(Collectors.groupingBy(AtRiskPair::programId, Collectors.counting()));
        Map<Long, OutcomeMetrics> figures = metrics.metrics(Grouping.PROGRAM, p,
                programs.stream().map(ProgramChoice::id).toList(), atRisk);
        Map<Long, List<MonthCompletion>> trends = breakdowns.completionByMonth(Grouping.PROGRAM, p);
        Map<Long, List<DepartmentRow>> departments = breakdowns.departments(Grouping.PROGRAM, p);
        return programs.stream().map(program -> new ProgramFigures(program,
                new ReportScope(program.id(), null, from, today), figures.get(program.id()),
                trends.getOrDefault(program.id(), List.of()), departments.getOrDefault(program.id(), List.of())))
                .toList();
    }

    /** The at-risk pairs of every running cohort, and each ACTIVE cohort's health, by program and start. */
    @Transactional(readOnly = true)
    @PreAuthorize(ReportingService.COHORT_READERS)
    public HrFigures hr() {
        LocalDate today = LocalDate.now(clock);
        List<AtRiskPair> atRisk = atRiskPairs.find(null, null, today);
        Map<Long, Long> atRiskByCohort = atRisk.stream()
                .collect(Collectors.groupingBy(AtRiskPair::cohortId, Collectors.counting()));
        CohortCheckIns checkIns = cohortCheckIns.get(today);
        Map<Long, Ratio[]> completion = checkIns.completion();
        Map<Long, List<MonthCompletion>> trends = checkIns.trends();
        Map<Long, Long> help = openHelpRequests.countByCohort();
        List<CohortHealth> cohorts = jdbc.query("""
                select c.id, c.name, c.status, c.starts_on, c.ends_on, p.name from cohort c
                join program p on p.id = c.program_id where c.status = 'ACTIVE'
                order by p.name, c.starts_on, c.id""", (rs, row) -> {
            long id = rs.getLong(1);
            Ratio[] done = completion.getOrDefault(id, new Ratio[]{Ratio.NONE, Ratio.NONE});
            return new CohortHealth(new CohortChoice(id, rs.getString(2), CohortStatus.valueOf(rs.getString(3)),
                    rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)), rs.getString(6), done[0],
                    done[1], atRiskByCohort.getOrDefault(id, 0L), help.getOrDefault(id, 0L),
                    trends.getOrDefault(id, List.of()));
        });
        return new HrFigures(atRisk, cohorts);
    }

    /** The at-risk pairs of every running cohort in this order, as assignment ids: a list on screen keeps these. */
    @Transactional(readOnly = true)
    @PreAuthorize(ReportingService.COHORT_READERS)
    public List<Long> atRiskPairIds(AtRiskPairs.Order order, boolean descending) {
        return atRiskPairs.find(null, null, order, descending, LocalDate.now(clock)).stream()
                .map(AtRiskPair::assignmentId).toList();
    }

    /** These pairs (ids from {@link #atRiskPairIds} or {@link #hr}) as they are now, in the order given. */
    @Transactional(readOnly = true)
    @PreAuthorize(ReportingService.COHORT_READERS)
    public List<AtRiskPair> atRiskPairs(List<Long> assignmentIds) {
        return atRiskPairs.byIds(assignmentIds, LocalDate.now(clock));
    }

    /** For benchmarks that change the data underneath and must measure the figures computed again. */
    void clearCachedFigures() {
        programFigures.clear();
        cohortCheckIns.clear();
    }

    private CohortCheckIns computeCohortCheckIns(LocalDate today) {
        MapSqlParameterSource p = MetricQueries.params(null, null, EPOCH, today, today, true);
        return new CohortCheckIns(metrics.completionAndOnTime(Grouping.COHORT, p),
                breakdowns.completionByMonth(Grouping.COHORT, p));
    }
}
