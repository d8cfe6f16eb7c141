package com.upward.directory.internal;

import com.upward.base.i18n.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a readable file may have wrong without a row being invalid: no manager column (no reporting lines come in),
 * and skills, interests or languages cells that hold another separator than the one chosen, which would make each
 * of those cells one long tag.
 */
final class ImportWarnings {

    private static final List<String> LIST_SEPARATORS = List.of(";", ",", "|", "/");
    private static final List<HrisColumn> TAG_COLUMNS = List.of(HrisColumn.SKILLS, HrisColumn.INTERESTS,
            HrisColumn.LANGUAGES);

    private ImportWarnings() {
    }

    static List<Text> of(HrisFile file) {
        List<Text> warnings = new ArrayList<>();
        if (!file.fileProblems().isEmpty()) {
            return warnings;
        }
        if (!file.has(HrisColumn.MANAGER_EMPLOYEE_NUMBER)) {
            warnings.add(Text.of("directory.import.warning.no-manager-column",
                    HrisColumn.MANAGER_EMPLOYEE_NUMBER.header()));
        }
        for (HrisColumn column : TAG_COLUMNS) {
            if (file.has(column)) {
                listLike(file, column).forEach((separator, cells) -> warnings.add(
                        Text.of("directory.import.warning.list-like", cells, column.header(), separator)));
            }
        }
        return warnings;
    }

    /** Separator → cells of the column containing it (other than the file's own separator). */
    private static Map<String, Integer> listLike(HrisFile file, HrisColumn column) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (HrisFile.Row row : file.rows()) {
            String value = row.get(column);
            if (value == null) {
                continue;
            }
            for (String separator : LIST_SEPARATORS) {
                if (!separator.equals(file.tagSeparator()) && value.contains(separator)) {
                    counts.merge(separator, 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
