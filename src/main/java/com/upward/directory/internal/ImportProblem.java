package com.upward.directory.internal;

import com.upward.base.i18n.Text;

/**
 * Why a row (or the whole file) cannot be imported. {@code row} counts like a spreadsheet: the header is row 1;
 * 0 means the file as a whole. {@code column} is a template header name, or empty when the whole row is meant.
 */
public record ImportProblem(int row, String column, Text reason) {

    static ImportProblem ofFile(Text reason) {
        return new ImportProblem(0, "", reason);
    }

    static ImportProblem of(int row, HrisColumn column, Text reason) {
        return new ImportProblem(row, column.header(), reason);
    }
}
