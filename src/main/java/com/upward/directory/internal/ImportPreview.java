package com.upward.directory.internal;

import java.util.List;

/**
 * The first step of an import: what confirming would do, and every reason it cannot. {@code problems} lists at most
 * {@link #MAX_LISTED} entries; {@code problemCount} counts them all. {@code warnings} do not stop the import but
 * may mean the columns are mapped wrongly (no manager column, a tag that looks like a list).
 */
public record ImportPreview(HrisFile file, ImportOptions options, int created, int updated, int unchanged,
                            int deactivated, int rejected, List<ImportProblem> problems, int problemCount,
                            List<String> warnings) {

    public static final int MAX_LISTED = 5_000;

    public ImportPreview {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    ImportPreview(HrisFile file, ImportOptions options, int created, int updated, int unchanged, int deactivated,
                  int rejected, List<ImportProblem> problems, int problemCount) {
        this(file, options, created, updated, unchanged, deactivated, rejected, problems, problemCount,
                ImportWarnings.of(file));
    }

    public boolean confirmable() {
        return problemCount == 0 && created + updated + deactivated > 0;
    }

    /** Why confirming is not possible, in words for the person importing; empty when it is. */
    public String whyNotConfirmable() {
        if (problemCount > 0 && rejected == 0) {
            return "The file cannot be imported as it is. Fix the problems listed below and upload it again.";
        }
        if (problemCount > 0) {
            return rejected + (rejected == 1 ? " row is" : " rows are") + " rejected. Nothing is imported until"
                    + " every row is valid: fix the file and upload it again.";
        }
        if (created + updated + deactivated == 0) {
            return "Nothing to change: the directory already matches this file.";
        }
        return "";
    }
}
