package com.upward.directory.internal;

import com.upward.base.i18n.Text;

import java.util.List;

/**
 * The columns of an uploaded file, for mapping them to the template: each header with up to three sample values
 * from the first rows, and the mapping suggested from the header names.
 */
public record FileColumns(String fileName, List<Column> columns, ColumnMapping suggested, Text problem) {

    public record Column(String header, List<String> samples) {

        /** "Employee ID · e.g. 10023, 10024": a column with sample values, to recognise it by. */
        public Text label() {
            return samples.isEmpty() ? Text.of("directory.mapping.samples-empty", header)
                    : Text.of("directory.mapping.samples", header, String.join(", ", samples));
        }
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    public boolean readable() {
        return problem == null;
    }
}
