package com.upward.directory.internal;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation upgrading to V25 already has employees: each gets a history from what they are now, and those
 * who left are inactive from their last update, so the state on any later day is their state today.
 */
class EmployeeHistoryMigrationTest {

    @Test
    void existingEmployeesStartTheirHistoryWithWhatTheyAreNow() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:upward-v25-history;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        migrate(dataSource, "24");
        var jdbc = new JdbcTemplate(dataSource);
        // active with a hire date; left, no hire date; left, hired on the day of the last update
        employee(jdbc, "E1", "2020-03-01", 4, "Sales", true, "2025-01-01 09:00", "2026-01-01 10:00");
        employee(jdbc, "E2", null, 2, "Finance", false, "2025-02-01 09:00", "2026-05-03 08:00");
        employee(jdbc, "E3", "2026-05-03", 3, "Operations", false, "2025-02-01 09:00", "2026-05-03 08:00");

        migrate(dataSource, "25");

        assertThat(history(jdbc, "E1")).containsExactly(row("2020-03-01", 4, "Sales", true));
        assertThat(history(jdbc, "E2")).containsExactly(row("2025-02-01", 2, "Finance", true),
                row("2026-05-03", 2, "Finance", false));
        // the same day twice: the later row (the higher id) is the state of that day
        assertThat(history(jdbc, "E3")).containsExactly(row("2026-05-03", 3, "Operations", true),
                row("2026-05-03", 3, "Operations", false));
    }

    private static void employee(JdbcTemplate jdbc, String number, String hired, int level, String department,
                                 boolean active, String created, String updated) {
        jdbc.update("""
                insert into employee (employee_number, first_name, last_name, email, department, job_title, job_level,
                                      location, time_zone, hire_date, active, created_at, updated_at)
                values (?, 'Ada', 'Lovelace', ?, ?, 'Analyst', ?, 'London', 'Europe/London', ?, ?, ?, ?)""",
                number, number + "@example.com", department, level, hired == null ? null : LocalDate.parse(hired),
                active, java.sql.Timestamp.valueOf(created + ":00"), java.sql.Timestamp.valueOf(updated + ":00"));
    }

    private static List<Map<String, Object>> history(JdbcTemplate jdbc, String number) {
        return jdbc.queryForList("""
                select h.valid_from, h.job_level, h.department, h.active from employee_history h
                join employee e on e.id = h.employee_id where e.employee_number = ? order by h.id""", number)
                .stream().map(r -> row(r.get("valid_from").toString(), ((Number) r.get("job_level")).intValue(),
                        (String) r.get("department"), (Boolean) r.get("active"))).toList();
    }

    private static Map<String, Object> row(String validFrom, int level, String department, boolean active) {
        return Map.of("validFrom", validFrom, "level", level, "department", department, "active", active);
    }

    private static void migrate(DriverManagerDataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .target(target).load().migrate();
    }
}
