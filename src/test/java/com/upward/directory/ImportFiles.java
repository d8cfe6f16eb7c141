package com.upward.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds small HRIS files for tests, with employee numbers and emails unique to one test run. */
public final class ImportFiles {

    public static final String FULL_HEADER = "employee_number,first_name,last_name,email,department,job_title,"
            + "job_level,location,time_zone,manager_employee_number,hire_date,skills,interests,languages,active";

    public final String key = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final List<String> lines = new ArrayList<>(List.of(FULL_HEADER));

    /** Employee number "T{key}-{n}", email "t{key}-{n}@import.test". */
    public String number(int n) {
        return "T" + key + "-" + n;
    }

    public String email(int n) {
        return "t" + key.toLowerCase() + "-" + n + "@import.test";
    }

    /** A valid row for employee n reporting to manager (a number, or "" for none). */
    public ImportFiles row(int n, String lastName, int level, String manager) {
        return line(number(n) + ",Test," + lastName + "," + email(n) + ",Engineering,Engineer," + level
                + ",Berlin,Europe/Berlin," + manager + ",2024-03-01,java|sql,chess,English,true");
    }

    public ImportFiles line(String line) {
        lines.add(line);
        return this;
    }

    /** Bytes as the upload leaves them for the import: in a temporary file (deleted when the tests end). */
    public static Path saved(byte[] content) {
        try {
            Path file = Files.createTempFile("upward-import-test-", ".csv");
            file.toFile().deleteOnExit();
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes() {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
