package com.upward.program;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQL aggregates for cohort pages and the set-based bulk invitation. Each figure is computed in the database, so the
 * cost does not grow with the number of check-ins or goals loaded into memory. Read-only over other features' tables.
 */
@Repository
class CohortQueries {

    /** Sortable columns of the check-in table: grid sort property → SQL. */
    private static final Map<String, String> CHECK_IN_SORTS = Map.of(
            "menteeName", "emp.last_name, emp.first_name", "onTime", "on_time", "late", "late",
            "overdue", "overdue", "upcoming", "upcoming");

    private final NamedParameterJdbcTemplate jdbc;

    CohortQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    CohortFigures figures(long cohortId, LocalDate today) {
        var params = new MapSqlParameterSource("cohortId", cohortId)
                .addValue("today", Date.valueOf(today))
                .addValue("overdueBefore", Date.valueOf(today.minusDays(2)));
        Map<String, Object> people = jdbc.queryForMap("""
                select
                  sum(case when side = 'MENTOR' and status in ('ACCEPTED', 'COMPLETED') then 1 else 0 end) as mentors,
                  sum(case when side = 'MENTEE' and status in ('ACCEPTED', 'COMPLETED') then 1 else 0 end) as mentees,
                  sum(case when status = 'WAITLISTED' then 1 else 0 end) as waitlisted,
                  sum(case when status = 'APPLIED' then 1 else 0 end) as applied,
                  (select count(*) from mentor_assignment a where a.cohort_id = :cohortId and a.status = 'ACTIVE')
                    as pairs
                from enrollment where cohort_id = :cohortId
                """, params);
        Map<String, Object> checkIns = jdbc.queryForMap("""
                select
                  sum(case when ci.status in ('SUBMITTED', 'REVIEWED') then 1 else 0 end) as submitted,
                  sum(case when ci.due_on <= :today then 1 else 0 end) as due,
                  sum(case when ci.status in ('DUE', 'DRAFT') and ci.due_on < :overdueBefore then 1 else 0 end)
                    as overdue
                from check_in ci join enrollment e on e.id = ci.enrollment_id
                where e.cohort_id = :cohortId
                """, params);
        Map<String, Long> goals = new LinkedHashMap<>();
        jdbc.query("""
                select g.status, count(*) as goals from goal g join enrollment e on e.id = g.enrollment_id
                where e.cohort_id = :cohortId group by g.status
                """, params, rs -> {
            goals.put(rs.getString("status"), rs.getLong("goals"));
        });
        return new CohortFigures(number(people.get("mentors")), number(people.get("mentees")),
                number(people.get("waitlisted")), number(people.get("applied")), number(people.get("pairs")),
                number(checkIns.get("submitted")), number(checkIns.get("due")), number(checkIns.get("overdue")),
                goals);
    }

    Capacity capacity(long cohortId, int maxMenteesPerMentor) {
        Map<String, Object> row = jdbc.queryForMap("""
                select
                  sum(case when side = 'MENTOR' and status in ('ACCEPTED', 'COMPLETED') then 1 else 0 end) as mentors,
                  sum(case when side = 'MENTEE' and status in ('ACCEPTED', 'COMPLETED') then 1 else 0 end) as mentees,
                  sum(case when side = 'MENTOR' and status = 'APPLIED' then 1 else 0 end) as applied_mentors,
                  sum(case when side = 'MENTEE' and status = 'APPLIED' then 1 else 0 end) as applied_mentees,
                  sum(case when side = 'MENTEE' and status = 'WAITLISTED' then 1 else 0 end) as waitlisted_mentees
                from enrollment where cohort_id = :cohortId
                """, new MapSqlParameterSource("cohortId", cohortId));
        return new Capacity(number(row.get("mentors")), maxMenteesPerMentor, number(row.get("mentees")),
                number(row.get("applied_mentors")), number(row.get("applied_mentees")),
                number(row.get("waitlisted_mentees")));
    }

    List<CohortLine> cohortLines(long programId) {
        return jdbc.query("""
                select c.id, c.name, c.status, c.enrollment_opens_on, c.enrollment_closes_on, c.starts_on, c.ends_on,
                  c.cadence,
                  (select count(*) from enrollment e where e.cohort_id = c.id and e.side = 'MENTOR'
                     and e.status in ('ACCEPTED', 'COMPLETED')) as mentors,
                  (select count(*) from enrollment e where e.cohort_id = c.id and e.side = 'MENTEE'
                     and e.status in ('ACCEPTED', 'COMPLETED')) as mentees,
                  (select count(*) from enrollment e where e.cohort_id = c.id and e.status = 'APPLIED') as applied,
                  (select count(*) from mentor_assignment a where a.cohort_id = c.id and a.status = 'ACTIVE') as pairs
                from cohort c where c.program_id = :programId
                order by c.starts_on desc, c.id desc
                """, new MapSqlParameterSource("programId", programId), (rs, row) -> new CohortLine(
                rs.getLong("id"), rs.getString("name"), CohortStatus.valueOf(rs.getString("status")),
                date(rs, "enrollment_opens_on"), date(rs, "enrollment_closes_on"), date(rs, "starts_on"),
                date(rs, "ends_on"), Cadence.valueOf(rs.getString("cadence")), rs.getLong("mentors"),
                rs.getLong("mentees"), rs.getLong("applied"), rs.getLong("pairs")));
    }

    /**
     * Check-in states per accepted mentee. On time means submitted before the end of the second day after the due
     * date (instants are stored as UTC wall-clock times).
     */
    List<CheckInCounts> checkInCounts(long cohortId, LocalDate today, Pageable pageable) {
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
                where e.cohort_id = :cohortId and e.side = 'MENTEE' and e.status in ('ACCEPTED', 'COMPLETED')
                group by e.id, emp.first_name, emp.last_name
                order by %s, e.id
                limit :limit offset :offset
                """.formatted(orderBy(pageable.getSort(), CHECK_IN_SORTS, "emp.last_name, emp.first_name")),
                params, (rs, row) -> new CheckInCounts(rs.getLong("id"),
                        rs.getString("first_name") + " " + rs.getString("last_name"), rs.getString("mentor"),
                        rs.getLong("on_time"), rs.getLong("late"), rs.getLong("overdue"), rs.getLong("upcoming")));
    }

    /** Active employees the filter reaches who have no enrollment in the cohort yet. */
    long countInvitable(long cohortId, InviteFilter filter) {
        var params = new MapSqlParameterSource("cohortId", cohortId);
        Long count = jdbc.queryForObject("select count(*) from employee e" + invitableWhere(filter, params), params,
                Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Invites everyone {@link #countInvitable} counts in one statement, as APPLIED + invited (see
     * {@link EnrollmentService#invite}); people already enrolled are skipped by the NOT EXISTS.
     */
    int insertInvitations(long cohortId, InviteFilter filter, EnrollmentSide side, boolean windowOverride,
                          Instant now) {
        var params = new MapSqlParameterSource("cohortId", cohortId).addValue("side", side.name())
                .addValue("override", windowOverride).addValue("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        return jdbc.update("""
                insert into enrollment (version, cohort_id, employee_id, side, status, invited, location_preference,
                  applied_at, window_override, created_at, updated_at)
                select 0, :cohortId, e.id, :side, 'APPLIED', true, 'ANY', :now, :override, :now, :now
                from employee e""" + invitableWhere(filter, params), params);
    }

    /** Only the given criteria become SQL, so no untyped null parameter reaches the database. */
    private static String invitableWhere(InviteFilter filter, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>(List.of("e.active = true",
                "not exists (select 1 from enrollment x where x.cohort_id = :cohortId and x.employee_id = e.id)"));
        if (filter.department() != null && !filter.department().isBlank()) {
            where.add("e.department = :department");
            params.addValue("department", filter.department());
        }
        if (filter.location() != null && !filter.location().isBlank()) {
            where.add("e.location = :location");
            params.addValue("location", filter.location());
        }
        if (filter.minLevel() != null) {
            where.add("e.job_level >= :minLevel");
            params.addValue("minLevel", filter.minLevel());
        }
        if (filter.maxLevel() != null) {
            where.add("e.job_level <= :maxLevel");
            params.addValue("maxLevel", filter.maxLevel());
        }
        return " where " + String.join(" and ", where);
    }

    private static String orderBy(Sort sort, Map<String, String> columns, String fallback) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = columns.get(order.getProperty());
            if (column != null) {
                String direction = order.isDescending() ? " desc" : " asc";
                for (String c : column.split(",\\s*")) {
                    parts.add(c + direction);
                }
            }
        }
        return parts.isEmpty() ? fallback : String.join(", ", parts);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
