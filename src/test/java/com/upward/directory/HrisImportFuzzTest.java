package com.upward.directory;

import com.upward.base.BusinessRuleException;
import com.upward.directory.internal.EmployeeImportService;
import com.upward.directory.internal.ImportOptions;
import com.upward.directory.internal.ImportPreview;
import com.upward.directory.internal.ImportProblem;
import com.upward.directory.internal.ImportProgress;
import com.upward.testsupport.HostileInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The HRIS import with hostile cells and broken files, against the real database with the demo directory (rolled
 * back): a hostile cell rejects its row with a message naming row and column, or is stored cleaned on one line; a
 * file with any rejected row, or one that cannot be read, imports nothing and changes nothing.
 */
@SpringBootTest
@Tag("db")
@Transactional
@WithUserDetails("hr")
class HrisImportFuzzTest {

    private static final List<String> HEADER = List.of("employee_number", "first_name", "last_name", "email",
            "department", "job_title", "job_level", "location", "time_zone", "manager_employee_number", "hire_date",
            "skills", "interests", "languages", "active");
    private static final List<String> TEXT_COLUMNS = List.of("employee_number", "first_name", "last_name", "email",
            "department", "job_title", "location");
    private static final List<String> TYPED_COLUMNS = List.of("job_level", "hire_date", "active", "time_zone",
            "manager_employee_number");
    private static final String DOMAIN = "@fuzz.example";
    private static final Set<String> ACTIVE_WORDS = Set.of("", "true", "yes", "y", "1", "active", "false", "no", "n",
            "0", "inactive");

    @Autowired
    EmployeeImportService imports;
    @Autowired
    JdbcTemplate jdbc;

    final HostileInput input = new HostileInput(getClass().getSimpleName());
    final String key = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

    /** One hostile value in one column of an otherwise valid row. */
    record Cell(String column, String value) {
    }

    @Test
    void aHostileTextCellRejectsItsRowOrIsStoredOnOneLine() throws IOException {
        List<Cell> cells = cells(TEXT_COLUMNS, input.values(40));
        ImportPreview all = preview(file(cells));
        Map<Integer, List<ImportProblem>> byRow = problemsByRow(all);

        List<Cell> accepted = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            List<ImportProblem> problems = byRow.getOrDefault(i + 2, List.of());
            if (problems.isEmpty()) {
                accepted.add(cells.get(i));
            } else {
                assertThat(problems).as("row %d: %s", i + 2, input.describe(cells.get(i).value()))
                        .allSatisfy(p -> assertThat(p.reason().english()).isNotBlank());
            }
        }
        assertThat(accepted).hasSizeBetween(1, cells.size() - 1);
        refusedChangesNothing(all);

        ImportPreview valid = preview(file(accepted));
        assertThat(valid.problems()).isEmpty();
        imports.confirm(valid, ImportProgress.NONE);
        for (int i = 0; i < accepted.size(); i++) {
            Cell cell = accepted.get(i);
            String number = cell.column().equals("employee_number") ? HostileInput.storedLine(utf8(cell.value()))
                    : number(i);
            String context = cell.column() + " <- " + input.describe(cell.value());
            List<String> kept = jdbc.queryForList("select " + cell.column() + " from employee"
                    + " where employee_number = ?", String.class, number);
            String value = cell.column().equals("email") ? cell.value() + DOMAIN : cell.value();
            assertThat(kept).as(context).containsExactly(HostileInput.storedLine(utf8(value)));
        }
    }

    @Test
    void aCellOfTheWrongTypeRejectsItsRowNamingTheColumn() throws IOException {
        List<Cell> cells = cells(TYPED_COLUMNS, input.values(20));
        ImportPreview preview = preview(file(cells));
        Map<Integer, List<ImportProblem>> byRow = problemsByRow(preview);

        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            List<ImportProblem> problems = byRow.getOrDefault(i + 2, List.of());
            String context = cell.column() + " <- " + input.describe(cell.value());
            if (valid(cell)) {
                assertThat(problems).as(context).isEmpty();
            } else {
                assertThat(problems).as(context).isNotEmpty()
                        .anySatisfy(p -> assertThat(p.column()).isEqualTo(cell.column()));
            }
        }
        refusedChangesNothing(preview);
    }

    @Test
    void aBrokenFileIsRefusedWithAMessageAndChangesNothing() throws IOException {
        String header = String.join(",", HEADER);
        String good = String.join(",", row(1));
        List<byte[]> files = new ArrayList<>();
        files.add(new byte[0]);
        files.add(new byte[]{0, 0, 0, 0});
        files.add(random(10_000));
        files.add((header + "\n" + good + "\n" + good.replace("Fuzz", "\"Fuzz")).getBytes(StandardCharsets.UTF_8));
        files.add((header + "\n" + good + ",extra,values\n").getBytes(StandardCharsets.UTF_8));
        files.add((header + "\n" + good).getBytes(StandardCharsets.UTF_16));
        files.add(("<script>alert(1)</script>,' OR 1=1 --\n" + good).getBytes(StandardCharsets.UTF_8));
        files.add((header + "," + header + "\n" + good).getBytes(StandardCharsets.UTF_8));
        files.add((header + "\n" + good.replace("Fuzz", "x".repeat(1_000_000))).getBytes(StandardCharsets.UTF_8));
        files.add((header + "\r" + good + "\r").replace("Fuzz", "a\u0000b").getBytes(StandardCharsets.UTF_8));
        files.add(("\uFEFF" + header.replace(',', ';') + "\n" + good.replace(',', ';').replace("Engineer",
                "\"=HYPERLINK(\"\"http://evil.test\"\")\"")).getBytes(StandardCharsets.UTF_8));
        for (int n = 0; n < 10; n++) {
            files.add((header + "\n" + input.text(1 + input.nextInt(2000))).getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < files.size(); i++) {
            ImportPreview preview = preview(files.get(i));
            if (i < 9) { // the broken ones above; the last two are valid once cleaned
                assertThat(preview.problemCount()).as("file %d", i).isPositive();
            }
            if (preview.problemCount() > 0) {
                assertThat(preview.problems()).allSatisfy(p -> assertThat(p.reason().english()).isNotBlank());
                refusedChangesNothing(preview);
            }
        }
    }

    private boolean valid(Cell cell) {
        String v = HostileInput.storedLine(utf8(cell.value()));
        return switch (cell.column()) {
            case "job_level" -> level(v) >= 1 && level(v) <= 10;
            case "hire_date" -> v.isEmpty() || parses(v);
            case "active" -> ACTIVE_WORDS.contains(v.toLowerCase(Locale.ROOT));
            case "time_zone" -> ZoneId.getAvailableZoneIds().contains(v);
            default -> v.isEmpty(); // no hostile value is the number of a manager
        };
    }

    /** The text as the file carries it: UTF-8 has no lone surrogates (they are written as "?"). */
    private static String utf8(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static int level(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean parses(String date) {
        try {
            LocalDate.parse(date);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Confirming is refused with a message, and the directory is as it was. */
    private void refusedChangesNothing(ImportPreview preview) {
        String before = fingerprint();
        assertThatThrownBy(() -> imports.confirm(preview, ImportProgress.NONE))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("Nothing was imported");
        assertThat(fingerprint()).isEqualTo(before);
    }

    private String fingerprint() {
        return jdbc.queryForObject("select concat(count(*), '/', coalesce(sum(version), 0), '/', coalesce(max(id), 0),"
                + " '/', (select count(*) from employee_skill)) from employee", String.class);
    }

    private List<Cell> cells(List<String> columns, List<String> values) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            cells.add(new Cell(columns.get(i % columns.size()), values.get(i)));
        }
        return cells;
    }

    private String number(int n) {
        return "F" + key + "-" + n;
    }

    private List<String> row(int n) {
        return new ArrayList<>(List.of(number(n), "Fuzz", "Row" + n, "f" + key.toLowerCase(Locale.ROOT) + "-" + n
                + "@import.test", "Engineering", "Engineer", "4", "Berlin", "Europe/Berlin", "", "2024-03-01",
                "java|sql", "chess", "English", "true"));
    }

    private byte[] file(List<Cell> cells) throws IOException {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(HEADER);
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                List<String> row = row(i);
                row.set(HEADER.indexOf(cell.column()), cell.column().equals("email") ? cell.value() + DOMAIN
                        : cell.value());
                csv.printRecord(row);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] random(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) input.nextInt(256);
        }
        return bytes;
    }

    private ImportPreview preview(byte[] content) {
        return imports.preview("fuzz.csv", ImportFiles.saved(content), ImportOptions.NONE, ImportProgress.NONE);
    }

    private static Map<Integer, List<ImportProblem>> problemsByRow(ImportPreview preview) {
        Map<Integer, List<ImportProblem>> byRow = new LinkedHashMap<>();
        preview.problems().forEach(p -> byRow.computeIfAbsent(p.row(), r -> new ArrayList<>()).add(p));
        return byRow;
    }
}
