package com.upward.directory.internal;

import com.upward.directory.internal.ImportPlan.Outcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.upward.directory.internal.HrisCsvReaderTest.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Every rule of the import, row by row, against a directory held in memory. */
class ImportValidatorTest {

    private static final DirectorySnapshot EMPTY = new DirectorySnapshot(List.of(), Map.of(), Map.of(), Map.of());

    @Test
    void nastyRowsAreRejectedWithRowColumnAndReason() throws Exception {
        ImportPlan plan = validate(HrisCsvReader.read("nasty.csv", HrisCsvReaderTest.nasty()), EMPTY);

        assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::column, p -> p.reason().english())
                .containsExactly(
                        tuple(3, "employee_number", "Appears more than once in this file (rows 3, 4)."),
                        tuple(4, "employee_number", "Appears more than once in this file (rows 3, 4)."),
                        tuple(5, "manager_employee_number",
                                "No employee with number N-999 in this file or in the directory."),
                        tuple(6, "manager_employee_number", "Reporting line loops: N-103 → N-104 → N-103."),
                        tuple(7, "manager_employee_number", "Reporting line loops: N-104 → N-103 → N-104."),
                        tuple(8, "email", "Not a valid email address."),
                        tuple(9, "hire_date", "Not a date in the form yyyy-MM-dd (for example 2024-03-01)."),
                        tuple(10, "first_name", "At most 100 characters (this has 101)."),
                        tuple(12, "job_level", "Job level must be a whole number from 1 to 10."),
                        tuple(13, "location", "Required value is missing."),
                        tuple(14, "email", "Appears more than once in this file (rows 14, 15)."),
                        tuple(15, "email", "Appears more than once in this file (rows 14, 15)."));
        assertThat(plan.rejected()).isEqualTo(12);
        assertThat(plan.rows()).filteredOn(p -> p.outcome() == Outcome.NEW)
                .extracting(p -> p.candidate().row()).containsExactly(2, 11);
    }

    @Test
    void formulaLookingValuesAreKeptAsPlainText() throws Exception {
        ImportPlan plan = validate(HrisCsvReader.read("nasty.csv", HrisCsvReaderTest.nasty()), EMPTY);

        var formulas = plan.rows().stream().filter(p -> p.candidate().row() == 11).findFirst().orElseThrow();
        assertThat(formulas.outcome()).isEqualTo(Outcome.NEW);
        assertThat(formulas.candidate().firstName()).isEqualTo("=HYPERLINK(\"http://evil.test\";\"click\")");
        assertThat(formulas.candidate().lastName()).isEqualTo("+cmd|' /C calc'!A0");
        assertThat(formulas.candidate().department()).isEqualTo("-Sales");
        assertThat(formulas.candidate().jobTitle()).isEqualTo("@SUM(A1:A9)");
        assertThat(formulas.candidate().skills()).containsExactly("=1+1", "-2");
        var quoted = plan.rows().getFirst().candidate();
        assertThat(quoted.hireDate()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(quoted.active()).isTrue();
        assertThat(quoted.languages()).containsExactly("English", "German");
    }

    @Test
    void rowsAreComparedWithTheDirectory() {
        var directory = directory(
                record(1, "E-1", "ann@x.test", null, true),
                record(2, "E-2", "bob@x.test", "E-1", true),
                record(3, "E-3", "cy@x.test", null, true));
        String csv = HEADER + ",manager_employee_number,skills\n"
                + "E-1,Ann,Smith,ann@x.test,Sales,Rep,3,Oslo,UTC,,java\n"   // unchanged
                + "E-2,Bob,Smith,bob@x.test,Sales,Rep,4,Oslo,UTC,E-1,\n"    // level changed
                + "E-4,Dee,Smith,dee@x.test,Sales,Rep,3,Oslo,UTC,E-2,Go\n"; // new

        ImportPlan plan = validate(HrisCsvReaderTest.read(csv), directory, true);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.rows()).extracting(ImportPlan.Planned::outcome)
                .containsExactly(Outcome.UNCHANGED, Outcome.UPDATED, Outcome.NEW);
        assertThat(plan.deactivate()).as("E-3 is missing from the file").containsExactly(3L);
    }

    @Test
    void changedTagsCountAsAnUpdateButTheirOrderAndDuplicatesDoNot() {
        var directory = directory(record(1, "E-1", "ann@x.test", null, true));
        String same = HEADER + ",skills\nE-1,Ann,Smith,ann@x.test,Sales,Rep,3,Oslo,UTC, java | JAVA|java \n";
        String changed = HEADER + ",skills\nE-1,Ann,Smith,ann@x.test,Sales,Rep,3,Oslo,UTC,java|sql\n";

        assertThat(validate(HrisCsvReaderTest.read(same), directory).rows().getFirst().outcome())
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(validate(HrisCsvReaderTest.read(changed), directory).rows().getFirst().outcome())
                .isEqualTo(Outcome.UPDATED);
    }

    @Test
    void emailOfAnotherEmployeeIsRefused() {
        var directory = directory(record(1, "E-1", "ann@x.test", null, true));
        String csv = HEADER + "\nE-9,Ann,Other,ANN@x.test,Sales,Rep,3,Oslo,UTC\n";

        assertThat(SaidProblem.of(validate(HrisCsvReaderTest.read(csv), directory).problems())).containsExactly(
                new SaidProblem(2, "email", "Already used by employee E-1 in the directory."));
    }

    @Test
    void loopThroughExistingEmployeesIsRefused() {
        // directory: E-1 reports to E-2; the file makes E-2 report to E-1
        var directory = directory(record(1, "E-1", "ann@x.test", "E-2", true),
                record(2, "E-2", "bob@x.test", null, true));
        String csv = HEADER + ",manager_employee_number\nE-2,Bob,Smith,bob@x.test,Sales,Rep,3,Oslo,UTC,E-1\n";

        assertThat(SaidProblem.of(validate(HrisCsvReaderTest.read(csv), directory).problems())).containsExactly(
                new SaidProblem(2, "manager_employee_number", "Reporting line loops: E-2 → E-1 → E-2."));
    }

    @Test
    void ownManagerAndManagersFromTheDirectory() {
        var directory = directory(record(1, "E-1", "ann@x.test", null, true));
        String csv = HEADER + ",manager_employee_number\n"
                + "E-5,Eve,Smith,eve@x.test,Sales,Rep,3,Oslo,UTC,e-5\n"
                + "E-6,Fay,Smith,fay@x.test,Sales,Rep,3,Oslo,UTC,E-1\n";

        ImportPlan plan = validate(HrisCsvReaderTest.read(csv), directory);

        assertThat(SaidProblem.of(plan.problems())).containsExactly(
                new SaidProblem(2, "manager_employee_number", "An employee cannot be their own manager."));
        assertThat(plan.rows().get(1).outcome()).isEqualTo(Outcome.NEW);
    }

    @Test
    void longTagsBadZonesBadActiveAndMissingValues() {
        String csv = HEADER + ",skills,languages,active\n"
                + "E-7,,Smith,g@x.test,Sales,Rep,x,Oslo,Mars/Base," + "s".repeat(81) + ",en,maybe\n";

        assertThat(validate(HrisCsvReaderTest.read(csv), EMPTY).problems())
                .extracting(ImportProblem::column, p -> p.reason().english()).containsExactly(
                        tuple("first_name", "Required value is missing."),
                        tuple("job_level", "Job level must be a whole number from 1 to 10."),
                        tuple("time_zone", "Unknown time zone. Use a name such as Europe/Berlin."),
                        tuple("skills", "\"sssssssssssssssssssssssssss...\": At most 80 characters (this has 81)."),
                        tuple("active", "Use true or false (yes/no and 1/0 work too)."));
    }

    @Test
    void deactivationSparesRowsInTheFileEvenWhenRejected() {
        var directory = directory(record(1, "E-1", "ann@x.test", null, true),
                record(2, "E-2", "bob@x.test", null, false), record(3, "E-3", "cy@x.test", null, true));
        String csv = HEADER + "\nE-1,Ann,Smith,not-an-email,Sales,Rep,3,Oslo,UTC\n";

        assertThat(validate(HrisCsvReaderTest.read(csv), directory, true).deactivate())
                .as("E-2 is already inactive").containsExactly(3L);
        assertThat(validate(HrisCsvReaderTest.read(csv), directory, false).deactivate()).isEmpty();
    }

    @Test
    void newManagersAreWrittenBeforeTheirReports() {
        String csv = HEADER + ",manager_employee_number\n"
                + "E-3,C,Smith,c@x.test,Sales,Rep,3,Oslo,UTC,E-2\n"
                + "E-2,B,Smith,b@x.test,Sales,Rep,3,Oslo,UTC,E-1\n"
                + "E-1,A,Smith,a@x.test,Sales,Rep,3,Oslo,UTC,\n";

        var ordered = ImportWriter.managersFirst(validate(HrisCsvReaderTest.read(csv), EMPTY).rows());

        assertThat(ordered).extracting(p -> p.candidate().number()).containsExactly("E-1", "E-2", "E-3");
    }

    static ImportPlan validate(HrisFile file, DirectorySnapshot directory) {
        return validate(file, directory, false);
    }

    static ImportPlan validate(HrisFile file, DirectorySnapshot directory, boolean deactivateMissing) {
        assertThat(file.fileProblems()).isEmpty();
        return ImportValidator.validate(file, directory, new ImportOptions(deactivateMissing, false),
                ImportProgress.NONE);
    }

    private static DirectorySnapshot directory(EmployeeRecord... records) {
        return new DirectorySnapshot(List.of(records), Map.of(1L, Set.of("java")), Map.of(), Map.of());
    }

    private static EmployeeRecord record(long id, String number, String email, String manager, boolean active) {
        String first = switch (email.charAt(0)) {
            case 'a' -> "Ann";
            case 'b' -> "Bob";
            default -> "Cy";
        };
        return new EmployeeRecord(id, 0, number, first, "Smith", email, "Sales", "Rep", 3, "Oslo", "UTC",
                manager == null ? null : 99L, manager, null, active);
    }
}
