package com.upward.directory.internal;

import com.upward.directory.DirectoryService;
import com.upward.directory.EmployeeDetails;
import com.upward.directory.ImportFiles;
import com.upward.testsupport.TestTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's history (employee_history): the import and the edit dialog's save write a row, valid from today,
 * for a new employee and for a change of job level, department, manager or active flag, and none otherwise.
 */
@SpringBootTest
@Tag("db")
@Transactional
class EmployeeHistoryTest {

    @Autowired
    EmployeeImportService imports;
    @Autowired
    DirectoryService directory;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("hr")
    void theImportRecordsNewEmployeesAndChangesOfTheTrackedFieldsOnly() {
        var first = new ImportFiles().row(1, "Manager", 7, "").row(2, "Report", 4, "").row(3, "Leaver", 3, "");
        imports(first);
        long manager = id(first.number(1));
        assertThat(history(first.number(2))).containsExactly(Map.of("valid_from", today(), "job_level", 4,
                "department", "Engineering", "manager_id", -1L, "active", true));

        imports(first);
        assertThat(rows(first)).as("the same file again changes nothing").isEqualTo(3);

        var second = new ImportFiles();
        second.line(first.number(1) + ",Test,Manager," + first.email(1) + ",Engineering,Head of engineering,7,"
                        + "Berlin,Europe/Berlin,,2024-03-01,java|sql,chess,English,true") // only the title changes
                .line(first.number(2) + ",Test,Report," + first.email(2) + ",Engineering,Engineer,5,Berlin,"
                        + "Europe/Berlin," + first.number(1) + ",2024-03-01,java|sql,chess,English,true")
                .line(first.number(3) + ",Test,Leaver," + first.email(3) + ",Engineering,Engineer,3,Berlin,"
                        + "Europe/Berlin,,2024-03-01,java|sql,chess,English,false");
        imports(second);

        assertThat(history(first.number(1))).hasSize(1);
        assertThat(history(first.number(2))).last().isEqualTo(Map.of("valid_from", today(), "job_level", 5,
                "department", "Engineering", "manager_id", manager, "active", true));
        assertThat(history(first.number(3))).extracting(row -> row.get("active")).containsExactly(true, false);
        assertThat(rows(first)).isEqualTo(5);
    }

    @Test
    @WithUserDetails("hr")
    void anEditRecordsALevelOrDepartmentChangeButNotANewTitle() {
        String number = "H" + new ImportFiles().key;
        long id = directory.saveEmployee(details(null, 0, number, "Engineering", "Engineer", 3));
        assertThat(history(number)).hasSize(1);

        long version = directory.employee(id).version();
        directory.saveEmployee(details(id, version, number, "Engineering", "Senior engineer", 3));
        assertThat(history(number)).as("a new title is not tracked").hasSize(1);

        version = directory.employee(id).version();
        directory.saveEmployee(details(id, version, number, "Product", "Senior engineer", 4));
        assertThat(history(number)).last().isEqualTo(Map.of("valid_from", today(), "job_level", 4,
                "department", "Product", "manager_id", -1L, "active", true));
        assertThat(history(number)).hasSize(2);
    }

    private void imports(ImportFiles file) {
        ImportPreview preview = imports.preview("history.csv", ImportFiles.saved(file.bytes()), ImportOptions.NONE,
                ImportProgress.NONE);
        assertThat(preview.problems()).isEmpty();
        imports.confirm(preview, ImportProgress.NONE);
    }

    private static EmployeeDetails details(Long id, long version, String number, String department, String title,
                                           int level) {
        return new EmployeeDetails(id, version, number, "Hana", "History", number.toLowerCase() + "@example.test",
                department, title, level, "Berlin", "Europe/Berlin", null, LocalDate.of(2024, 5, 1), true,
                Set.of(), Set.of(), Set.of("English"));
    }

    private static LocalDate today() {
        return LocalDate.now(TestTime.clock());
    }

    private long id(String number) {
        return jdbc.queryForObject("select id from employee where employee_number = ?", Long.class, number);
    }

    private long rows(ImportFiles file) {
        return jdbc.queryForObject("select count(*) from employee_history h join employee e on e.id = h.employee_id"
                + " where e.employee_number like ?", Long.class, "T" + file.key + "-%");
    }

    /** The employee's rows in order, a missing manager as -1. */
    private List<Map<String, Object>> history(String number) {
        return jdbc.query("""
                select h.valid_from, h.job_level, h.department, coalesce(h.manager_id, -1), h.active
                from employee_history h join employee e on e.id = h.employee_id
                where e.employee_number = ? order by h.valid_from, h.id""", (rs, n) -> Map.of(
                "valid_from", rs.getObject(1, LocalDate.class), "job_level", rs.getInt(2),
                "department", rs.getString(3), "manager_id", rs.getLong(4), "active", rs.getBoolean(5)), number);
    }
}
