package com.upward.reporting.internal;

import com.upward.base.ReadModel;
import com.upward.reporting.ReportScope;
import com.upward.reporting.internal.ParticipantComparison.Person;
import com.upward.reporting.internal.ParticipantComparison.State;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the participant comparison reads: the program's participants with their baseline, who took part in the
 * program at all, and every employee's dated history. Three statements; the matching runs in memory
 * ({@link ParticipantComparison}), a few rows per employee.
 */
@ReadModel("the participant comparison joins the program's enrollments with the directory's history")
@Component
class ComparisonQueries {

    private final NamedParameterJdbcTemplate jdbc;

    ComparisonQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Accepted mentees (ACCEPTED or COMPLETED) whose pair started (an ACTIVE or ENDED pair, as PRODUCT.md defines
     * participants here) of the scope's cohorts running in the period (the cohorts every other figure of the report
     * counts), each with the start of their first such cohort.
     */
    Map<Long, LocalDate> participants(ReportScope scope) {
        Map<Long, LocalDate> baselines = new HashMap<>();
        jdbc.query("""
                select e.employee_id, co.starts_on from enrollment e join cohort co on co.id = e.cohort_id
                where co.program_id = :program and (:cohort is null or co.id = :cohort)
                  and co.starts_on <= :to and co.ends_on >= :from and co.status not in ('DRAFT', 'CANCELLED')
                  and e.side = 'MENTEE' and e.status in ('ACCEPTED', 'COMPLETED')
                  and exists (select 1 from mentor_assignment a where a.mentee_enrollment_id = e.id
                                and a.status in ('ACTIVE', 'ENDED'))""",
                new MapSqlParameterSource("program", scope.programId())
                        .addValue("cohort", scope.cohortId(), Types.BIGINT)
                        .addValue("from", scope.from()).addValue("to", scope.to()), rs -> {
                    baselines.merge(rs.getLong(1), rs.getObject(2, LocalDate.class),
                            (a, b) -> a.isBefore(b) ? a : b);
                });
        return baselines;
    }

    /** Everyone who ever took part in a cohort of the program, on either side, even if they withdrew. */
    Set<Long> tookPart(long programId) {
        return new HashSet<>(jdbc.queryForList("""
                select distinct e.employee_id from enrollment e join cohort co on co.id = e.cohort_id
                where co.program_id = :program and e.status in ('ACCEPTED', 'COMPLETED', 'WITHDRAWN')""",
                new MapSqlParameterSource("program", programId), Long.class));
    }

    /**
     * Every employee with their history in order; one without history rows (written before it was kept, outside
     * the directory's services) counts as they are now, since always.
     */
    Map<Long, Person> people() {
        Map<Long, List<State>> states = new HashMap<>();
        jdbc.query("""
                select employee_id, valid_from, job_level, department, active from employee_history
                order by employee_id, valid_from, id""", rs -> {
            states.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new State(
                    rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getString(4), rs.getBoolean(5)));
        });
        Map<Long, Person> people = new HashMap<>();
        jdbc.query("select id, hire_date, job_level, department, active from employee", rs -> {
            long id = rs.getLong(1);
            List<State> history = states.getOrDefault(id, List.of(new State(LocalDate.MIN, rs.getInt(3),
                    rs.getString(4), rs.getBoolean(5))));
            people.put(id, new Person(rs.getObject(2, LocalDate.class), history));
        });
        return people;
    }
}
