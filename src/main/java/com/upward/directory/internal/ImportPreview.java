package com.upward.directory.internal;

import com.upward.base.i18n.Text;

import java.util.List;

/**
 * The first step of an import: what confirming would do, and every reason it cannot. {@code problems} lists at most
 * {@link #MAX_LISTED} entries; {@code problemCount} counts them all. {@code warnings} do not stop the import but
 * may mean the columns are mapped wrongly (no manager column, a tag that looks like a list).
 */
public record ImportPreview(HrisFile file, ImportOptions options, int created, int updated, int unchanged,
                            int deactivated, int rejected, List<ImportProblem> problems, int problemCount,
                            List<Text> warnings) {

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

    /** Why confirming is not possible, in words for the person importing; null when it is. */
    public Text whyNotConfirmable() {
        if (problemCount > 0 && rejected == 0) {
            return Text.of("directory.import.unreadable");
        }
        if (problemCount > 0) {
            return Text.of("directory.import.rejected", rejected);
        }
        if (created + updated + deactivated == 0) {
            return Text.of("directory.import.nothing-to-change");
        }
        return null;
    }
}
