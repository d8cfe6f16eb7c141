package com.upward.checkin.internal;

import com.upward.base.ReadModel;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQL aggregates of a cohort's check-ins for the cohort page, computed in the database so that the cost does not grow
 * with the number of check-ins. A read model: besides its own check-ins it reads, read-only, the cohort's
 * enrollments, their employees' names and the pairs.
 */
@ReadModel("The cohort page's check-in table and figures: per mentee, with their name and pair, in one statement")
@Repository
class CohortCheckInQueries {

    /** The mentees the check-in table lists: everyone taking part on the mentee side. */
    private static final String MENTEES = "e.cohort_id = :cohortId and e.side = 'MENTEE'"
            + " and e.status in ('ACCEPTED', 'COMPLETED')";

    /** Sortable columns of the check-in table: grid sort property → SQL. */
    private static final Map<String, String> SORTS = Map.of(
            "menteeName", "emp.last_name, emp.first_name", "onTime", "on_time", "late", "late",
            "overdue", "overdue", "upcoming", "upcoming");

    private final NamedParameterJdbcTemplate jdbc;

    CohortCheckInQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    CheckInFigures figures(long cohortId, LocalDate today) {
        var params = new MapSqlParameterSource("cohortId", cohortId)
                .addValue("today", Date.valueOf(today))
                .addValue("overdueBefore", Date.valueOf(today.minusDays(2)));
        Map<String, Object> row = jdbc.queryForMap("""
                select
                  sum(case when ci.status in ('SUBMITTED', 'REVIEWED') then 1 else 0 end) as submitted,
                  sum(case when ci.due_on <= :today then 1 else 0 end) as due,
                  sum(case when ci.status in ('DUE', 'DRAFT') and ci.due_on < :overdueBefore then 1 else 0 end)
                    as overdue
                from check_in ci join enrollment e on e.id = ci.enrollment_id
                where e.cohort_id = :cohortId
                """, params);
        return new CheckInFigures(number(row.get("submitted")), number(row.get("due")), number(row.get("overdue")));
    }

    /**
     * Check-in states per mentee. On time means submitted before the end of the second day after the due date
     * (instants are stored as UTC wall-clock times).
     */
    List<CheckInCounts> countsPerMentee(long cohortId, LocalDate today, Pageable pageable) {
        var params = new MapSqlParameterSource("cohortId", cohortId)
                .addValue("overdueBefore", Date.valueOf(today.minusDays(2)))
                .addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        return jdbc.query("""
                select e.id, emp.first_name, emp.last_name,
                  (select max(concat(mp.first_name, ' ', mp.last_name)) from mentor_assignment a
                     join enrollment men on men.id = a.mentor_enrollment_id join employee mp on mp.id = men.employee_id
                     where a.mentee_enrollment_id = e.id and a.status in ('ACTIVE', 'PAUSED')) as mentor,
                  sum(case when ci.status in ('SUBMITTED', 'REVIEWED')
                        and ci.submitted_at < timestampadd(DAY, 3, ci.due_on) then 1 else 0 end) as on_time,
                  sum(case when ci.status in ('SUBMITTED', 'REVIEWED')
                        and ci.submitted_at >= timestampadd(DAY, 3, ci.due_on) then 1 else 0 end) as late,
                  sum(case when ci.status in ('DUE', 'DRAFT') and ci.due_on < :overdueBefore then 1 else 0 end)
                    as overdue,
                  sum(case when ci.status in ('DUE', 'DRAFT') and ci.due_on >= :overdueBefore then 1 else 0 end)
                    as upcoming
                from enrollment e join employee emp on emp.id = e.employee_id
                left join check_in ci on ci.enrollment_id = e.id
                where %s
                group by e.id, emp.first_name, emp.last_name
                order by %s, e.id
                limit :limit offset :offset
                """.formatted(MENTEES, orderBy(pageable.getSort(), "emp.last_name, emp.first_name")),
                params, (rs, row) -> new CheckInCounts(rs.getLong("id"),
                        rs.getString("first_name") + " " + rs.getString("last_name"), rs.getString("mentor"),
                        rs.getLong("on_time"), rs.getLong("late"), rs.getLong("overdue"), rs.getLong("upcoming")));
    }

    long countMentees(long cohortId) {
        Long count = jdbc.queryForObject("select count(*) from enrollment e where " + MENTEES,
                new MapSqlParameterSource("cohortId", cohortId), Long.class);
        return count == null ? 0 : count;
    }

    private static String orderBy(Sort sort, String fallback) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORTS.get(order.getProperty());
            if (column != null) {
                String direction = order.isDescending() ? " desc" : " asc";
                for (String c : column.split(",\\s*")) {
                    parts.add(c + direction);
                }
            }
        }
        return parts.isEmpty() ? fallback : String.join(", ", parts);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
