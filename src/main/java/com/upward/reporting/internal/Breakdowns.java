package com.upward.reporting.internal;

import com.upward.base.ReadModel;
import com.upward.reporting.Ratio;
import com.upward.reporting.ReportingService;
import com.upward.reporting.internal.MetricQueries.Grouping;
import com.upward.reporting.ReportingService.DepartmentRow;
import com.upward.reporting.ReportingService.GrowthBucket;
import com.upward.reporting.ReportingService.MonthCount;
import com.upward.reporting.ReportingService.MonthMean;
import com.upward.reporting.ReportingService.MonthNps;
import com.upward.reporting.Mean;
import com.upward.reporting.Nps;
import com.upward.reporting.ReportingService.MonthCompletion;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.upward.reporting.internal.MetricQueries.sql;

/** The series behind the charts and tables, each one grouped query (per program or cohort, see {@link Grouping}). */
@ReadModel("the metric breakdowns aggregate check-ins and goals by cohort and department in SQL")
@Component
public class Breakdowns {

    private final NamedParameterJdbcTemplate jdbc;

    Breakdowns(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Check-ins due per month and how many were submitted, per group key, months in order. */
    public Map<Long, List<MonthCompletion>> completionByMonth(Grouping g, MapSqlParameterSource p) {
        return monthly(g, """
                select {key} as k, year(ci.due_on) as y, month(ci.due_on) as m,
                       sum(case when ci.status in {submitted} then 1 else 0 end) as submitted, count(*) as due,
                       count(distinct ci.enrollment_id) as people
                from check_in ci join enrollment e on e.id = ci.enrollment_id join cohort co on co.id = e.cohort_id
                where co.id in ({cohorts}) and ci.due_on between :from and :dueUntil
                group by {key}, year(ci.due_on), month(ci.due_on) order by k, y, m""", p, MONTH_RATIO);
    }

    /**
     * Submitted check-ins with a setback per month of the due date and how many of them record a lesson (the
     * failing-forward rate month by month), per group key, months in order.
     */
    public Map<Long, List<MonthCompletion>> failingForwardByMonth(Grouping g, MapSqlParameterSource p) {
        return monthly(g, """
                select {key} as k, year(ci.due_on) as y, month(ci.due_on) as m,
                       sum(case when ci.has_lesson = true then 1 else 0 end) as lessons, count(*) as setbacks,
                       count(distinct ci.enrollment_id) as people
                from check_in ci join enrollment e on e.id = ci.enrollment_id join cohort co on co.id = e.cohort_id
                where co.id in ({cohorts}) and ci.due_on between :from and :dueUntil and ci.status in {submitted}
                  and ci.has_setback = true
                group by {key}, year(ci.due_on), month(ci.due_on) order by k, y, m""", p, MONTH_RATIO);
    }

    /**
     * The accepted mentees and mentors of the counted cohorts running in each month from {@code from} to
     * {@code until}, months in order: the participants figure month by month.
     */
    public List<MonthCount> participantsByMonth(MapSqlParameterSource p, LocalDate from, LocalDate until) {
        record CohortPeople(LocalDate startsOn, LocalDate endsOn, long people) {
        }
        List<CohortPeople> cohorts = jdbc.query(sql(Grouping.COHORT, """
                select co.starts_on, co.ends_on, count(*) from enrollment e join cohort co on co.id = e.cohort_id
                where co.id in ({cohorts}) and e.status in {accepted} group by co.id, co.starts_on, co.ends_on"""),
                p, (rs, row) -> new CohortPeople(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getLong(3)));
        List<MonthCount> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(until)); m = m.plusMonths(1)) {
            YearMonth month = m;
            months.add(new MonthCount(month, cohorts.stream().filter(c -> !c.startsOn().isAfter(month.atEndOfMonth())
                    && !c.endsOn().isBefore(month.atDay(1))).mapToLong(CohortPeople::people).sum()));
        }
        return months;
    }

    /**
     * Learning goals per month of their target date (up to today) and how many of them are achieved, per program:
     * goals record no date of achievement, so the month they were meant for stands in for it.
     */
    public Map<Long, List<MonthCompletion>> learningGoalsByMonth(MapSqlParameterSource p) {
        return monthly(Grouping.PROGRAM, """
                select {key} as k, year(g.target_date) as y, month(g.target_date) as m,
                       sum(case when g.status = 'ACHIEVED' then 1 else 0 end), count(*), count(distinct g.enrollment_id)
                from goal g join enrollment e on e.id = g.enrollment_id join cohort co on co.id = e.cohort_id
                where co.id in ({cohorts}) and g.goal_type = 'LEARNING' and g.target_date between :from and :dueUntil
                group by {key}, year(g.target_date), month(g.target_date) order by k, y, m""", p, MONTH_RATIO);
    }

    /** The growth delta per month in which the mentees answered the end survey, per program. */
    public Map<Long, List<MonthMean>> growthByMonth(MapSqlParameterSource p) {
        return monthly(Grouping.PROGRAM, """
                select start.k, year(finish.answered) as y, month(finish.answered) as m,
                       avg(finish.score - start.score), count(*) from (""" + MetricQueries.growthScores("GROWTH_START")
                + ") start join (" + MetricQueries.growthScores("GROWTH_END") + """
                ) finish on finish.enrollment_id = start.enrollment_id
                where finish.answered between :from and :dueUntilEnd
                group by start.k, year(finish.answered), month(finish.answered) order by k, y, m""",
                withDayEnd(p), (rs, row) -> new MonthMean(month(rs), new Mean(MetricQueries.nullableDouble(rs, 4),
                        rs.getLong(5))));
    }

    /** The closing survey's NPS answers per month in which they were given, per program. */
    public Map<Long, List<MonthNps>> npsByMonth(MapSqlParameterSource p) {
        return monthly(Grouping.PROGRAM, """
                select {key} as k, year(r.submitted_at) as y, month(r.submitted_at) as m,
                       sum(case when a.answer >= 9 then 1 else 0 end),
                       sum(case when a.answer between 7 and 8 then 1 else 0 end),
                       sum(case when a.answer <= 6 then 1 else 0 end)
                from survey_answer a join survey_question q on q.id = a.question_id
                join survey s on s.id = q.survey_id join cohort co on co.id = s.cohort_id
                join survey_response r on r.id = a.response_id
                where s.kind = 'CLOSING' and q.code = 'nps' and s.cohort_id in ({cohorts})
                  and r.submitted_at between :from and :dueUntilEnd
                group by {key}, year(r.submitted_at), month(r.submitted_at) order by k, y, m""", withDayEnd(p),
                (rs, row) -> new MonthNps(month(rs), new Nps(rs.getLong(4), rs.getLong(5), rs.getLong(6))));
    }

    /** The end of the last day counted, for comparing timestamps with the period. */
    private static MapSqlParameterSource withDayEnd(MapSqlParameterSource p) {
        LocalDate dueUntil = (LocalDate) p.getValue("dueUntil");
        return new MapSqlParameterSource(p.getValues()).addValue("dueUntilEnd", dueUntil.atTime(23, 59, 59));
    }

    /**
     * A monthly series per group key: each row's first column is the key, then the year {@code y} and month
     * {@code m}; the rows in month order.
     */
    private <T> Map<Long, List<T>> monthly(Grouping g, String template, MapSqlParameterSource p, RowMapper<T> row) {
        Map<Long, List<T>> byKey = new HashMap<>();
        jdbc.query(sql(g, template), p, rs -> {
            byKey.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(row.mapRow(rs, 0));
        });
        return byKey;
    }

    /** A month's ratio from the columns after the key, year and month: numerator, denominator, people. */
    private static final RowMapper<MonthCompletion> MONTH_RATIO = (rs, row) -> new MonthCompletion(month(rs),
            new Ratio(rs.getLong(4), rs.getLong(5), rs.getLong(6)));

    private static YearMonth month(ResultSet rs) throws SQLException {
        return YearMonth.of(rs.getInt("y"), rs.getInt("m"));
    }

    /** How many mentees' growth score changed by how much, over every counted cohort. */
    public List<GrowthBucket> growthDistribution(MapSqlParameterSource p) {
        return jdbc.query("select floor(delta * 2) / 2 as bucket, count(*) as mentees from ("
                        + MetricQueries.growthDeltas(Grouping.PROGRAM) + ") deltas group by floor(delta * 2) / 2"
                        + " order by bucket", p,
                (rs, row) -> new GrowthBucket(rs.getBigDecimal("bucket").doubleValue(), rs.getLong("mentees")));
    }

    /** Per group key and department of the mentees: how many, their check-in completion and goals achieved. */
    public Map<Long, List<DepartmentRow>> departments(Grouping g, MapSqlParameterSource p) {
        Map<Long, Map<String, long[]>> byKey = new HashMap<>();
        jdbc.query(sql(g, """
                select {key}, emp.department, count(*) from enrollment e join employee emp on emp.id = e.employee_id
                join cohort co on co.id = e.cohort_id
                where co.id in ({cohorts}) and e.side = 'MENTEE' and e.status in {accepted}
                group by {key}, emp.department order by emp.department"""), p, rs -> {
            byKey.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                    .put(rs.getString(2), new long[]{rs.getLong(3), 0, 0, 0, 0, 0, 0});
        });
        jdbc.query(sql(g, """
                select {key}, emp.department, sum(case when ci.status in {submitted} then 1 else 0 end), count(*),
                       count(distinct ci.enrollment_id)
                from check_in ci join enrollment e on e.id = ci.enrollment_id join employee emp on emp.id = e.employee_id
                join cohort co on co.id = e.cohort_id
                where co.id in ({cohorts}) and ci.due_on between :from and :dueUntil
                group by {key}, emp.department"""), p, (RowCallbackHandler) rs -> fill(byKey, rs.getLong(1),
                rs.getString(2), 1, rs.getLong(3), rs.getLong(4), rs.getLong(5)));
        jdbc.query(sql(g, """
                select {key}, emp.department, sum(case when g.status = 'ACHIEVED' then 1 else 0 end), count(*),
                       count(distinct g.enrollment_id)
                from goal g join enrollment e on e.id = g.enrollment_id join employee emp on emp.id = e.employee_id
                join cohort co on co.id = e.cohort_id
                where co.id in ({cohorts}) group by {key}, emp.department"""), p,
                (RowCallbackHandler) rs -> fill(byKey, rs.getLong(1), rs.getString(2), 4, rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)));
        Map<Long, List<DepartmentRow>> rows = new HashMap<>();
        byKey.forEach((key, departments) -> rows.put(key, departments.entrySet().stream()
                .map(d -> new DepartmentRow(d.getKey(), d.getValue()[0],
                        new Ratio(d.getValue()[1], d.getValue()[2], d.getValue()[3]),
                        new Ratio(d.getValue()[4], d.getValue()[5], d.getValue()[6]))).toList()));
        return rows;
    }

    /** Departments without accepted mentees are left out, as they have no row. */
    private static void fill(Map<Long, Map<String, long[]>> byKey, long key, String department, int at,
                             long numerator, long denominator, long people) {
        long[] row = byKey.getOrDefault(key, Map.of()).get(department);
        if (row != null) {
            row[at] = numerator;
            row[at + 1] = denominator;
            row[at + 2] = people;
        }
    }
}
