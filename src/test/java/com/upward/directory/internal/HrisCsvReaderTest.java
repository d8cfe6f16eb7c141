package com.upward.directory.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The file's shape: encodings, separators, quoting, blank lines and the header. Values are ImportValidatorTest's. */
class HrisCsvReaderTest {

    static final String HEADER = "employee_number,first_name,last_name,email,department,job_title,job_level,location,"
            + "time_zone";

    static byte[] nasty() throws IOException {
        try (InputStream in = HrisCsvReaderTest.class.getResourceAsStream("/import/nasty.csv")) {
            return in.readAllBytes();
        }
    }

    @Test
    void nastyFileIsReadWithBomSemicolonsQuotedNewlinesAndBlankTrailingLines() throws IOException {
        byte[] bytes = nasty();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF); // the fixture really starts with a BOM

        HrisFile file = HrisCsvReader.read("nasty.csv", bytes);

        assertThat(file.fileProblems()).isEmpty();
        assertThat(file.columns()).containsExactly(HrisColumn.values());
        assertThat(file.ignoredColumns()).containsExactly("Cost Center");
        assertThat(file.rows()).extracting(HrisFile.Row::number)
                .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        HrisFile.Row quoted = file.rows().getFirst();
        assertThat(quoted.get(HrisColumn.EMPLOYEE_NUMBER)).isEqualTo("N-100");
        // the quoted line break keeps the row one row; the value is one line, so the break becomes a space
        assertThat(quoted.get(HrisColumn.JOB_TITLE)).isEqualTo("Lead; Platform Team");
        assertThat(quoted.get(HrisColumn.LANGUAGES)).isEqualTo("English|German");
        HrisFile.Row formulas = file.rows().get(9);
        assertThat(formulas.number()).isEqualTo(11);
        assertThat(formulas.get(HrisColumn.FIRST_NAME)).isEqualTo("=HYPERLINK(\"http://evil.test\";\"click\")");
        assertThat(formulas.get(HrisColumn.LAST_NAME)).isEqualTo("+cmd|' /C calc'!A0");
    }

    @Test
    void commaSeparatedWithoutBomAndQuotedCommas() {
        String csv = HEADER + "\nE1,\"Smith, Jr.\",Jones,a@b.test,Sales,\"Rep, senior\",3,Oslo,Europe/Oslo\n";

        HrisFile file = read(csv);

        assertThat(file.fileProblems()).isEmpty();
        assertThat(file.rows()).singleElement().satisfies(row -> {
            assertThat(row.get(HrisColumn.FIRST_NAME)).isEqualTo("Smith, Jr.");
            assertThat(row.get(HrisColumn.JOB_TITLE)).isEqualTo("Rep, senior");
            assertThat(row.get(HrisColumn.SKILLS)).as("column not in the header").isNull();
        });
        assertThat(file.has(HrisColumn.SKILLS)).isFalse();
    }

    @Test
    void headerNamesIgnoreCaseSpacesAndOrder() {
        String csv = "Time Zone;LOCATION;job-level;Job_Title;Department;EMAIL;Last_Name;first name;Employee Number\n"
                + "UTC;Oslo;3;Rep;Sales;a@b.test;Jones;Ann;E1\n";

        HrisFile.Row row = read(csv).rows().getFirst();

        assertThat(row.get(HrisColumn.EMPLOYEE_NUMBER)).isEqualTo("E1");
        assertThat(row.get(HrisColumn.TIME_ZONE)).isEqualTo("UTC");
        assertThat(row.get(HrisColumn.FIRST_NAME)).isEqualTo("Ann");
    }

    @Test
    void valuesAreTrimmedAndShortRowsPaddedWithBlanks() {
        HrisFile file = read(HEADER + ",skills\n  E1 , Ann ,Jones,a@b.test,Sales,Rep,3\n");

        HrisFile.Row row = file.rows().getFirst();
        assertThat(row.get(HrisColumn.EMPLOYEE_NUMBER)).isEqualTo("E1");
        assertThat(row.get(HrisColumn.FIRST_NAME)).isEqualTo("Ann");
        assertThat(row.get(HrisColumn.LOCATION)).isEmpty();
        assertThat(row.get(HrisColumn.SKILLS)).isEmpty();
        assertThat(row.problems()).isEmpty();
    }

    @Test
    void extraValuesBeyondTheHeaderRejectTheRow() {
        HrisFile file = read(HEADER + "\nE1,Ann,Jones,a@b.test,Sales,Rep,3,Oslo,UTC,surprise\nE2,B,C,d@e.test,S,R,3,O,UTC,,\n");

        assertThat(SaidProblem.of(file.rows().get(0).problems())).containsExactly(
                new SaidProblem(2, "", "The row has 10 values but the header has 9 columns."));
        assertThat(file.rows().get(1).problems()).as("empty trailing cells are harmless").isEmpty();
    }

    @Test
    void missingRequiredColumnsAndDuplicateHeadersRejectTheFile() {
        HrisFile file = read("employee_number,first_name,email,EMAIL,department,job_title,job_level,location\nE1\n");

        assertThat(file.rows()).isEmpty();
        assertThat(SaidProblem.of(file.fileProblems())).containsExactly(
                new SaidProblem(1, "email", "The column appears twice in the header."),
                new SaidProblem(1, "last_name", "Required column is missing from the header."),
                new SaidProblem(1, "time_zone", "Required column is missing from the header."));
    }

    @Test
    void unclosedQuoteNamesTheRowWhereReadingStopped() {
        HrisFile file = read(HEADER + "\nE1,Ann,Jones,a@b.test,Sales,Rep,3,Oslo,UTC\nE2,\"Bob,Jones,b@b.test\n");

        assertThat(file.rows()).isEmpty();
        assertThat(file.fileProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.reason().english()).startsWith("This row cannot be read: a quoted value is not closed");
        });
    }

    @Test
    void nonUtf8AndEmptyFilesAreRefusedWithAReason() {
        byte[] latin1 = (HEADER + "\nE1,Zoë,Ødegård,z@b.test,Sales,Rep,3,Oslo,UTC\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(SaidProblem.of(HrisCsvReader.read("x.csv", latin1).fileProblems())).containsExactly(
                SaidProblem.ofFile("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again."));
        assertThat(SaidProblem.of(HrisCsvReader.read("x.csv", "\uFEFF\r\n\r\n".getBytes(StandardCharsets.UTF_8))
                .fileProblems())).containsExactly(SaidProblem.ofFile("The file is empty."));
    }

    @Test
    void separatorIsTheOneTheHeaderUsesMost() {
        assertThat(HrisCsvReader.separatorOf("a;b;c,d\n1,2,3,4")).isEqualTo(';');
        assertThat(HrisCsvReader.separatorOf("a,b,c;d\n1;2;3;4")).isEqualTo(',');
        assertThat(HrisCsvReader.separatorOf("\"a;b;c\",d\n")).as("quoted separators do not count").isEqualTo(',');
        assertThat(HrisCsvReader.separatorOf("\n\na;b\n")).as("leading blank lines").isEqualTo(';');
    }

    @Test
    void aHeaderWiderThanTheColumnLimitIsRefusedWithoutKeepingItsNames() {
        String extra = IntStream.rangeClosed(1, 100_000).mapToObj(i -> "extra_" + i).collect(Collectors.joining(","));

        HrisFile file = read(HEADER + "," + extra + "\nE1,Ann,Jones,a@b.test,Sales,Rep,3,Oslo,UTC\n");

        assertThat(SaidProblem.of(file.fileProblems())).containsExactly(new SaidProblem(1, "", "The header has 100,009 columns;"
                + " the import reads at most 500. Remove the columns it does not use (see \"File format\")."));
        assertThat(file.ignoredColumns()).isEmpty();
        assertThat(file.rows()).isEmpty();
    }

    @Test
    void ignoredColumnNamesAreCleanedForThePage() {
        HrisFile file = read(HEADER + ",\"\u202E Cost\u0000\nCenter \"\nE1,Ann,Jones,a@b.test,Sales,Rep,3,Oslo,UTC,42\n");

        assertThat(file.ignoredColumns()).containsExactly("Cost Center");
    }

    @Test
    void aFileOnDiskOverTheSizeLimitIsNotRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.csv");
        try (var file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(ImportUpload.MAX_BYTES + 1L); // sparse: nothing is written
        }

        assertThat(HrisCsvReader.read("big.csv", big).fileProblems())
                .containsExactly(ImportProblem.ofFile(ImportUpload.TOO_LARGE));
    }

    static HrisFile read(String csv) {
        return HrisCsvReader.read("test.csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
