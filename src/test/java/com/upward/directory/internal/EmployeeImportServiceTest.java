package com.upward.directory.internal;

import com.upward.base.BusinessRuleException;
import com.upward.directory.DirectoryService;
import com.upward.directory.Employee;
import com.upward.directory.EmployeeFilter;
import com.upward.directory.ImportFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The import against the real database (with the demo directory in it). Writing tests roll back. */
@SpringBootTest
@Tag("db")
class EmployeeImportServiceTest {

    @Autowired
    EmployeeImportService imports;
    @Autowired
    DirectoryService directory;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Transactional
    @WithUserDetails("hr")
    void previewCountsEveryOutcomeAndConfirmWritesThemAll() {
        var first = new ImportFiles().row(1, "Manager", 7, "").row(2, "Report", 4, "");
        first.line(first.number(3) + ",Test,Same," + first.email(3) + ",Engineering,Engineer,4,Berlin,Europe/Berlin,,,,,,");
        imports.confirm(preview(first.bytes(), false), ImportProgress.NONE);
        var second = new ImportFiles();
        String k = first.key;
        second.line("T" + k + "-1,Test,Manager,t" + k.toLowerCase() + "-1@import.test,Engineering,Engineer,7,Berlin,"
                        + "Europe/Berlin,,2024-03-01,java|sql,chess,English,true") // unchanged
                .line("T" + k + "-2,Test,Report,t" + k.toLowerCase() + "-2@import.test,Engineering,Staff engineer,5,"
                        + "Berlin,Europe/Berlin,T" + k + "-1,2024-03-01,java|sql,chess,English,true") // updated
                .line("T" + k + "-3,Test,Same,t" + k.toLowerCase() + "-3@import.test,Engineering,Engineer,4,Berlin,"
                        + "Europe/Berlin,,,,,,") // unchanged
                .row(4, "New", 3, "T" + k + "-2")
                .row(5, "Newer", 2, second.number(4));
        long activeBefore = count("select count(*) from employee where active = true");

        ImportPreview preview = preview(second.bytes(), true);

        assertThat(preview.problems()).isEmpty();
        assertThat(List.of(preview.created(), preview.updated(), preview.unchanged(), preview.rejected()))
                .containsExactly(2, 1, 2, 0);
        assertThat(preview.deactivated()).isEqualTo(activeBefore - 3);
        assertThat(preview.confirmable()).isTrue();

        ImportResult result = imports.confirm(preview, ImportProgress.NONE);

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.deactivated()).isEqualTo(preview.deactivated());
        Employee report = employees.findByEmployeeNumber(second.number(5)).orElseThrow();
        assertThat(report.getManager().getEmployeeNumber()).isEqualTo(second.number(4));
        assertThat(report.getManager().getManager().getEmployeeNumber()).isEqualTo("T" + k + "-2");
        assertThat(report.getSkills()).containsExactlyInAnyOrder("java", "sql");
        assertThat(report.getLanguages()).containsExactly("English");
        Employee updated = employees.findByEmployeeNumber("T" + k + "-2").orElseThrow();
        assertThat(updated.getJobTitle()).isEqualTo("Staff engineer");
        assertThat(updated.getVersion()).isEqualTo(1);
        assertThat(count("select count(*) from employee where active = true")).isEqualTo(5);
        assertThat(count("select count(*) from employee")).as("deactivated, never deleted")
                .isEqualTo(count("select count(*) from employee where active = false") + 5);
    }

    @Test
    @Transactional
    @WithUserDetails("hr")
    void upsertKeepsTheEmployeeAndBumpsItsVersion() {
        Employee demo = employees.findByEmployeeNumber("E10005").orElseThrow();
        long id = demo.getId();
        long version = demo.getVersion();
        var file = new ImportFiles().line("E10005," + demo.getFirstName() + "," + demo.getLastName() + ","
                + demo.getEmail() + "," + demo.getDepartment() + ",Upserted title," + demo.getJobLevel() + ","
                + demo.getLocation() + "," + demo.getTimeZone() + ",,,,,,");

        ImportPreview preview = preview(file.bytes(), false);
        assertThat(preview.updated()).isEqualTo(1);
        imports.confirm(preview, ImportProgress.NONE);
        employees.flush();

        Employee after = employees.findByEmployeeNumber("E10005").orElseThrow();
        assertThat(after.getId()).isEqualTo(id);
        assertThat(after.getJobTitle()).isEqualTo("Upserted title");
        assertThat(after.getVersion()).isEqualTo(version + 1);
        assertThat(after.getManager()).as("the file's empty manager column clears the manager").isNull();
    }

    @Test
    @WithUserDetails("hr")
    void rejectedImportLeavesTheDatabaseExactlyAsItWas() throws Exception {
        String before = checksum();
        var file = new ImportFiles().row(1, "Fine", 4, "").row(2, "Broken", 11, "");

        ImportPreview preview = preview(file.bytes(), true);

        assertThat(preview.rejected()).isEqualTo(1);
        assertThat(preview.confirmable()).isFalse();
        assertThat(preview.whyNotConfirmable().english()).startsWith("1 row is rejected. Nothing is imported");
        assertThatThrownBy(() -> imports.confirm(preview, ImportProgress.NONE))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("Nothing was imported");
        assertThat(checksum()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("hr")
    void failureHalfwayThroughWritingRollsEverythingBack() throws Exception {
        var file = new ImportFiles();
        for (int n = 1; n <= ImportWriter.CHUNK + 20; n++) {
            file.row(n, "Bulk", 3, n == 1 ? "" : file.number(1));
        }
        ImportPreview preview = preview(file.bytes(), true);
        assertThat(preview.confirmable()).isTrue();
        String before = checksum();
        ImportProgress failAfterFirstChunk = (step, done, total) -> {
            if (step.equals(ImportProgress.WRITING) && done >= ImportWriter.CHUNK) {
                throw new IllegalStateException("power cut");
            }
        };

        assertThatThrownBy(() -> imports.confirm(preview, failAfterFirstChunk)).hasMessage("power cut");

        assertThat(checksum()).isEqualTo(before);
        assertThat(count("select count(*) from employee where employee_number like 'T" + file.key + "-%'")).isZero();
    }

    @Test
    @WithUserDetails("hr")
    void confirmChecksAgainAndRefusesWhenTheDirectoryChangedSincePreview() throws Exception {
        var file = new ImportFiles().row(1, "Late", 4, "");
        ImportPreview preview = preview(file.bytes(), false);
        assertThat(preview.confirmable()).isTrue();
        var rival = com.upward.testsupport.Fixtures.newEmployee();
        rival.setEmail(file.email(1));
        long rivalId = employees.save(rival).getId();
        try {
            String before = checksum();
            assertThatThrownBy(() -> imports.confirm(preview, ImportProgress.NONE))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessage("Nothing was imported: the directory changed since the preview and 1 rows are now"
                            + " rejected. Upload the file again to see why.");
            assertThat(checksum()).isEqualTo(before);
        } finally {
            employees.deleteById(rivalId);
        }
    }

    @Test
    @Transactional
    @WithUserDetails("hr")
    void formulaValuesAreStoredAsTextAndExportedNeutralised() throws Exception {
        var file = new ImportFiles();
        file.line(file.number(1) + ",\"=HYPERLINK(\"\"http://evil.test\"\",\"\"x\"\")\",+cmd," + file.email(1)
                + ",-Sales,@SUM(A1),3,Oslo,Europe/Oslo,,,=1+1|x,,,");
        imports.confirm(preview(file.bytes(), false), ImportProgress.NONE);

        Employee stored = employees.findByEmployeeNumber(file.number(1)).orElseThrow();
        assertThat(stored.getFirstName()).isEqualTo("=HYPERLINK(\"http://evil.test\",\"x\")");
        assertThat(stored.getLastName()).isEqualTo("+cmd");
        assertThat(stored.getDepartment()).isEqualTo("-Sales");
        assertThat(stored.getJobTitle()).isEqualTo("@SUM(A1)");
        assertThat(stored.getSkills()).containsExactlyInAnyOrder("=1+1", "x");

        var out = new StringWriter();
        directory.exportCsv(EmployeeFilter.byText(file.number(1)), out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo(file.number(1) + ",\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"x\"\")\","
                + "'+cmd," + file.email(1) + ",'-Sales,'@SUM(A1),3,Oslo,Europe/Oslo,,,'=1+1|x,,,true");
    }

    @Test
    @Transactional
    @WithUserDetails("hr")
    void anExportImportsBackUnchanged() throws Exception {
        var out = new StringWriter();
        var engineering = new EmployeeFilter(null, "Engineering", null, null, null, null, null);
        directory.exportCsv(engineering, out);

        ImportPreview preview = preview(out.toString().getBytes(StandardCharsets.UTF_8), false);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.unchanged()).isEqualTo(directory.countEmployees(engineering)).isPositive();
        assertThat(preview.created() + preview.updated()).isZero();
    }

    @Test
    @Transactional
    @WithUserDetails("admin")
    void adminMayCreateAccountsForNewEmployees() {
        var file = new ImportFiles().row(1, "Account", 4, "");
        ImportPreview preview = imports.preview("a.csv", ImportFiles.saved(file.bytes()),
                new ImportOptions(false, true), ImportProgress.NONE);

        ImportResult result = imports.confirm(preview, ImportProgress.NONE);

        assertThat(result.accounts()).singleElement().satisfies(credential -> {
            assertThat(credential.username()).isEqualTo("t" + file.key.toLowerCase() + "-1");
            assertThat(credential.oneTimePassword()).isNotBlank();
        });
        assertThat(count("select count(*) from app_user u join employee e on e.id = u.employee_id"
                + " where e.employee_number = '" + file.number(1) + "' and u.must_change_password = true")).isOne();
    }

    @Test
    @WithUserDetails("hr")
    void hrMayImportButNotCreateAccounts() {
        var file = new ImportFiles().row(1, "Account", 4, "");
        assertThatThrownBy(() -> imports.preview("a.csv", ImportFiles.saved(file.bytes()),
                new ImportOptions(false, true), ImportProgress.NONE)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails("exec")
    void executivesAreRefused() {
        assertRefused();
    }

    @Test
    @WithUserDetails("mentee")
    void employeesAreRefused() {
        assertRefused();
    }

    private void assertRefused() {
        byte[] bytes = new ImportFiles().row(1, "Sneaky", 4, "").bytes();
        assertThatThrownBy(() -> imports.preview("x.csv", ImportFiles.saved(bytes),
                ImportOptions.NONE, ImportProgress.NONE))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> imports.confirm(null, ImportProgress.NONE))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails("hr")
    void problemsAreListedWithRowColumnAndReason() throws Exception {
        ImportPreview preview = imports.preview("nasty.csv", ImportFiles.saved(HrisCsvReaderTest.nasty()),
                ImportOptions.NONE, ImportProgress.NONE);

        assertThat(preview.rejected()).isEqualTo(12);
        assertThat(preview.created()).isEqualTo(2);
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .startsWith(tuple(3, "employee_number"), tuple(4, "employee_number"));
    }

    @Test
    @WithUserDetails("hr")
    void theSampleFileIsTheDocumentedOneAndImportsCleanly() throws Exception {
        byte[] served;
        try (var in = EmployeeImportService.class.getResourceAsStream("hris-import-sample.csv")) {
            served = in.readAllBytes();
        }
        assertThat(served).isEqualTo(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs",
                "hris-import-sample.csv")));

        ImportPreview preview = preview(served, false);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.created()).isEqualTo(6);
        assertThat(preview.file().ignoredColumns()).isEmpty();
    }

    private ImportPreview preview(byte[] bytes, boolean deactivateMissing) {
        return imports.preview("test.csv", ImportFiles.saved(bytes),
                new ImportOptions(deactivateMissing, false), ImportProgress.NONE);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /** Every employee column and every tag, hashed: equal only if nothing at all changed. */
    private String checksum() throws Exception {
        var digest = MessageDigest.getInstance("SHA-256");
        for (String sql : List.of(
                "select id, version, employee_number, first_name, last_name, email, department, job_title, job_level,"
                        + " location, time_zone, manager_id, hire_date, active, created_at, updated_at"
                        + " from employee order by id",
                "select employee_id, skill from employee_skill order by employee_id, skill",
                "select employee_id, interest from employee_interest order by employee_id, interest",
                "select employee_id, language from employee_language order by employee_id, language",
                "select id, version, employee_id from app_user order by id")) {
            jdbc.query(sql, rs -> {
                int columns = rs.getMetaData().getColumnCount();
                for (int i = 1; i <= columns; i++) {
                    digest.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            });
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
