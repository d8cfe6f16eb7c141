package com.upward.program.internal;

import com.upward.base.ReadModel;
import com.upward.program.Cadence;
import com.upward.program.CohortPairing;
import com.upward.program.CohortStatus;
import com.upward.program.EnrollmentSide;
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
import java.util.List;
import java.util.Map;

/**
 * SQL aggregates for cohort pages and the set-based bulk invitation. Each figure is computed in the database, so the
 * cost does not grow with the number of enrollments loaded into memory. Pairs are matching's: counted there,
 * through {@link CohortPairing}.
 */
@ReadModel("The bulk invitation enrolls, in one statement, the directory's active employees a filter reaches")
@Repository
class CohortQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final CohortPairing pairing;

    CohortQueries(NamedParameterJdbcTemplate jdbc, CohortPairing pairing) {
        this.jdbc = jdbc;
        this.pairing = pairing;
    }

    CohortFigures figures(long cohortId) {
        Map<String, Object> people = jdbc.queryForMap("""
                select
                  sum(case when side = 'MENTOR' and status in ('ACCEPTED', 'COMPLETED') then 1 else 0 end) as mentors,
                  sum(case when side = 'MENTEE' and status in ('ACCEPTED', 'COMPLETED') then 1 else 0 end) as mentees,
                  sum(case when status = 'WAITLISTED' then 1 else 0 end) as waitlisted,
                  sum(case when status = 'APPLIED' then 1 else 0 end) as applied
                from enrollment where cohort_id = :cohortId
                """, new MapSqlParameterSource("cohortId", cohortId));
        return new CohortFigures(number(people.get("mentors")), number(people.get("mentees")),
                number(people.get("waitlisted")), number(people.get("applied")), pairing.activePairs(cohortId));
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
        List<CohortLine> lines = jdbc.query("""
                select c.id, c.name, c.status, c.enrollment_opens_on, c.enrollment_closes_on, c.starts_on, c.ends_on,
                  c.cadence,
                  (select count(*) from enrollment e where e.cohort_id = c.id and e.side = 'MENTOR'
                     and e.status in ('ACCEPTED', 'COMPLETED')) as mentors,
                  (select count(*) from enrollment e where e.cohort_id = c.id and e.side = 'MENTEE'
                     and e.status in ('ACCEPTED', 'COMPLETED')) as mentees,
                  (select count(*) from enrollment e where e.cohort_id = c.id and e.status = 'APPLIED') as applied
                from cohort c where c.program_id = :programId
                order by c.starts_on desc, c.id desc
                """, new MapSqlParameterSource("programId", programId), (rs, row) -> new CohortLine(
                rs.getLong("id"), rs.getString("name"), CohortStatus.valueOf(rs.getString("status")),
                date(rs, "enrollment_opens_on"), date(rs, "enrollment_closes_on"), date(rs, "starts_on"),
                date(rs, "ends_on"), Cadence.valueOf(rs.getString("cadence")), rs.getLong("mentors"),
                rs.getLong("mentees"), rs.getLong("applied"), 0));
        Map<Long, Long> pairs = pairing.activePairsByCohort(lines.stream().map(CohortLine::id).toList());
        return lines.stream().map(line -> line.withActivePairs(pairs.getOrDefault(line.id(), 0L))).toList();
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

    /** The enrollments {@link #insertInvitations} wrote at {@code now}. */
    List<Long> invitedAt(long cohortId, EnrollmentSide side, Instant now) {
        return jdbc.queryForList("""
                select id from enrollment where cohort_id = :cohortId and side = :side and invited = true
                  and applied_at = :now order by id""", new MapSqlParameterSource("cohortId", cohortId)
                .addValue("side", side.name()).addValue("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC)), Long.class);
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

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
