package com.upward.base;

/**
 * Spreadsheet formula injection guard for CSV exports: a cell that starts with =, +, -, @, tab or carriage return
 * would be run as a formula by Excel or LibreOffice, so it is written with a leading apostrophe instead.
 * Imported values are stored as text as they came; only exports neutralise them.
 */
public final class CsvSafety {

    private CsvSafety() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }

    public static boolean looksLikeFormula(String value) {
        return value != null && !value.isEmpty() && !cell(value).equals(value);
    }
}
