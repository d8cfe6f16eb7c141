package com.upward.directory.internal;

import com.upward.directory.Employee;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The dated history of the fields that matter for outcomes (job level, department, manager, active), one row in
 * {@code employee_history} per change, valid from today on the injected clock (the import's or the edit's date).
 * Callers record in their own transaction, after flushing, the employees that are new or whose tracked fields
 * changed; the row copies the employee as stored, so it can never disagree with the directory.
 */
@Component
public class EmployeeHistory {

    private static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    EmployeeHistory(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The tracked fields of one employee; two equal values mean no history row. */
    public record Tracked(int jobLevel, String department, Long managerId, boolean active) {

        public static Tracked of(Employee e) {
            // the id of a lazy manager proxy is known without loading it
            return new Tracked(e.getJobLevel(), e.getDepartment(), e.getManager() == null ? null
                    : e.getManager().getId(), e.isActive());
        }

        static Tracked of(EmployeeRecord e) {
            return new Tracked(e.jobLevel(), e.department(), e.managerId(), e.active());
        }

        /** Whether {@code after} differs from this (null: a new employee, always recorded). */
        public static boolean changed(Tracked before, Tracked after) {
            return !Objects.equals(before, after);
        }
    }

    /** Writes today's row for each of the (flushed) employees. */
    public void record(Collection<Long> employeeIds) {
        List<Long> ids = List.copyOf(employeeIds);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            jdbc.update("""
                    insert into employee_history (employee_id, valid_from, job_level, department, manager_id, active)
                    select id, :today, job_level, department, manager_id, active from employee where id in (:ids)""",
                    new MapSqlParameterSource("today", today).addValue("ids",
                            ids.subList(i, Math.min(ids.size(), i + CHUNK))));
        }
    }
}
