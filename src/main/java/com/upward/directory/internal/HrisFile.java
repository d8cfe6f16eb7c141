package com.upward.directory.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed HRIS export: the template columns its header names, its data rows, and what made it unreadable, if
 * anything. Opaque to the UI, which hands it back to {@link EmployeeImportService#confirm} after the preview.
 */
public final class HrisFile {

    /** One data row; {@code values} are indexed by {@link HrisColumn#ordinal()}, null where the header lacks it. */
    record Row(int number, String[] values, List<ImportProblem> problems) {

        String get(HrisColumn column) {
            return values[column.ordinal()];
        }
    }

    private final String fileName;
    private final Set<HrisColumn> columns;
    private final List<Row> rows;
    private final List<ImportProblem> fileProblems;
    private final List<String> ignoredColumns;
    private final String tagSeparator;

    HrisFile(String fileName, Set<HrisColumn> columns, List<Row> rows, List<ImportProblem> fileProblems,
             List<String> ignoredColumns) {
        this(fileName, columns, rows, fileProblems, ignoredColumns, HrisColumn.TAG_SEPARATOR);
    }

    HrisFile(String fileName, Set<HrisColumn> columns, List<Row> rows, List<ImportProblem> fileProblems,
             List<String> ignoredColumns, String tagSeparator) {
        this.tagSeparator = tagSeparator;
        this.fileName = fileName;
        this.columns = columns.isEmpty() ? EnumSet.noneOf(HrisColumn.class) : EnumSet.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.fileProblems = List.copyOf(fileProblems);
        this.ignoredColumns = List.copyOf(ignoredColumns);
    }

    static HrisFile unreadable(String fileName, ImportProblem problem) {
        return new HrisFile(fileName, Set.of(), List.of(), List.of(problem), List.of());
    }

    public String fileName() {
        return fileName;
    }

    public int rowCount() {
        return rows.size();
    }

    /** Header cells that match no template column; their values are not imported. */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }

    /** What separates the values of a skills, interests or languages cell in this file. */
    String tagSeparator() {
        return tagSeparator;
    }

    boolean has(HrisColumn column) {
        return columns.contains(column);
    }

    Set<HrisColumn> columns() {
        return columns;
    }

    List<Row> rows() {
        return rows;
    }

    List<ImportProblem> fileProblems() {
        return fileProblems;
    }
}
