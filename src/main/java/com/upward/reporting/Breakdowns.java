package com.upward.reporting;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.upward.reporting.ReportingService.DepartmentRow;
import com.upward.reporting.ReportingService.GrowthBucket;
import com.upward.reporting.ReportingService.MonthCompletion;

import static com.upward.reporting.MetricQueries.ACCEPTED;
import static com.upward.reporting.MetricQueries.COHORTS;
import static com.upward.reporting.MetricQueries.SUBMITTED;

/** The series behind the report's charts and tables, each one grouped query. */
@Component
class Breakdowns {

    private final NamedParameterJdbcTemplate jdbc;

    Breakdowns(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<MonthCompletion> completionByMonth(ReportScope scope, LocalDate today) {
        return jdbc.query("""
                select year(ci.due_on) as y, month(ci.due_on) as m,
                       sum(case when ci.status in %s then 1 else 0 end) as submitted, count(*) as due,
                       count(distinct ci.enrollment_id) as people
                from check_in ci join enrollment e on e.id = ci.enrollment_id
                where e.cohort_id in (%s) and ci.due_on between :from and :dueUntil
                group by year(ci.due_on), month(ci.due_on) order by y, m""".formatted(SUBMITTED, COHORTS),
                MetricQueries.params(scope, today), (rs, row) -> new MonthCompletion(
                        YearMonth.of(rs.getInt("y"), rs.getInt("m")),
                        new Ratio(rs.getLong("submitted"), rs.getLong("due"), rs.getLong("people"))));
    }

    List<GrowthBucket> growthDistribution(ReportScope scope, LocalDate today) {
        return jdbc.query("select floor(delta * 2) / 2 as bucket, count(*) as mentees from ("
                        + MetricQueries.GROWTH_DELTAS + ") deltas group by floor(delta * 2) / 2 order by bucket",
                MetricQueries.params(scope, today), (rs, row) -> new GrowthBucket(
                        rs.getBigDecimal("bucket").doubleValue(), rs.getLong("mentees")));
    }

    /** Per department of the mentees: how many, their check-in completion and goals achieved. */
    List<DepartmentRow> departments(ReportScope scope, LocalDate today) {
        MapSqlParameterSource p = MetricQueries.params(scope, today);
        Map<String, long[]> byDepartment = new LinkedHashMap<>();
        jdbc.query("""
                select emp.department, count(*) as mentees from enrollment e join employee emp on emp.id = e.employee_id
                where e.cohort_id in (%s) and e.side = 'MENTEE' and e.status in %s
                group by emp.department order by emp.department""".formatted(COHORTS, ACCEPTED), p,
                rs -> { byDepartment.put(rs.getString(1), new long[]{rs.getLong(2), 0, 0, 0, 0, 0, 0}); });
        jdbc.query("""
                select emp.department, sum(case when ci.status in %s then 1 else 0 end), count(*),
                       count(distinct ci.enrollment_id)
                from check_in ci join enrollment e on e.id = ci.enrollment_id join employee emp on emp.id = e.employee_id
                where e.cohort_id in (%s) and ci.due_on between :from and :dueUntil
                group by emp.department""".formatted(SUBMITTED, COHORTS), p, rs -> {
            long[] row = byDepartment.get(rs.getString(1));
            if (row != null) {
                row[1] = rs.getLong(2);
                row[2] = rs.getLong(3);
                row[3] = rs.getLong(4);
            }
        });
        jdbc.query("""
                select emp.department, sum(case when g.status = 'ACHIEVED' then 1 else 0 end), count(*),
                       count(distinct g.enrollment_id)
                from goal g join enrollment e on e.id = g.enrollment_id join employee emp on emp.id = e.employee_id
                where e.cohort_id in (%s) group by emp.department""".formatted(COHORTS), p, rs -> {
            long[] row = byDepartment.get(rs.getString(1));
            if (row != null) {
                row[4] = rs.getLong(2);
                row[5] = rs.getLong(3);
                row[6] = rs.getLong(4);
            }
        });
        return byDepartment.entrySet().stream().map(d -> new DepartmentRow(d.getKey(), d.getValue()[0],
                new Ratio(d.getValue()[1], d.getValue()[2], d.getValue()[3]),
                new Ratio(d.getValue()[4], d.getValue()[5], d.getValue()[6]))).toList();
    }

}
