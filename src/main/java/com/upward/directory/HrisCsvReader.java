package com.upward.directory;

import com.upward.base.Texts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an HRIS export: UTF-8 with or without BOM, comma or semicolon separated (whichever the header line uses),
 * quoted values may hold separators and line breaks, blank lines are skipped. Columns are found by header name.
 * Only the file's shape is checked here; the values are checked by {@link ImportValidator}.
 */
final class HrisCsvReader {

    static final int MAX_ROWS = 50_000;

    private HrisCsvReader() {
    }

    static HrisFile read(String fileName, byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return HrisFile.unreadable(fileName, ImportProblem.ofFile(
                    "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again."));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return HrisFile.unreadable(fileName, ImportProblem.ofFile("The file is empty."));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separatorOf(text))
                .setIgnoreEmptyLines(false) // so that row numbers stay those a spreadsheet shows
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            try {
                return read(fileName, parser);
            } catch (UncheckedIOException | IllegalStateException e) {
                return HrisFile.unreadable(fileName, new ImportProblem((int) parser.getRecordNumber() + 1, "",
                        "This row cannot be read: a quoted value is not closed, or text follows its closing quote."
                                + " Nothing from here on was read."));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from a String: does not happen
        }
    }

    private static HrisFile read(String fileName, CSVParser parser) {
        Map<HrisColumn, Integer> positions = null;
        List<String> ignored = new ArrayList<>();
        List<ImportProblem> fileProblems = new ArrayList<>();
        List<HrisFile.Row> rows = new ArrayList<>();
        int headerSize = 0;
        for (CSVRecord record : parser) {
            int rowNumber = (int) record.getRecordNumber();
            if (isBlank(record)) {
                continue;
            }
            if (positions == null) {
                headerSize = record.size();
                positions = header(record, rowNumber, ignored, fileProblems);
                if (!fileProblems.isEmpty()) {
                    return new HrisFile(fileName, positions.keySet(), List.of(), fileProblems, ignored);
                }
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                return HrisFile.unreadable(fileName, ImportProblem.ofFile("The file has more than "
                        + String.format("%,d", MAX_ROWS) + " rows. Split it into smaller files."));
            }
            rows.add(row(record, rowNumber, positions, headerSize));
        }
        if (positions == null) {
            return HrisFile.unreadable(fileName, ImportProblem.ofFile("The file is empty."));
        }
        return new HrisFile(fileName, positions.keySet(), rows, fileProblems, ignored);
    }

    private static Map<HrisColumn, Integer> header(CSVRecord record, int rowNumber, List<String> ignored,
                                                   List<ImportProblem> problems) {
        Map<HrisColumn, Integer> positions = new EnumMap<>(HrisColumn.class);
        for (int i = 0; i < record.size(); i++) {
            String cell = record.get(i);
            Optional<HrisColumn> column = HrisColumn.forHeader(cell);
            if (column.isEmpty()) {
                if (!cell.isBlank()) {
                    ignored.add(cell.strip());
                }
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                problems.add(ImportProblem.of(rowNumber, column.get(), "The column appears twice in the header."));
            }
        }
        for (HrisColumn column : HrisColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                problems.add(ImportProblem.of(rowNumber, column, "Required column is missing from the header."));
            }
        }
        return positions;
    }

    private static HrisFile.Row row(CSVRecord record, int rowNumber, Map<HrisColumn, Integer> positions,
                                    int headerSize) {
        String[] values = new String[HrisColumn.values().length];
        positions.forEach((column, index) -> values[column.ordinal()] = index < record.size()
                ? Texts.line(record.get(index)) : ""); // one line, no control characters, trimmed
        List<ImportProblem> problems = new ArrayList<>(0);
        boolean extraValues = false;
        for (int i = headerSize; i < record.size(); i++) {
            extraValues |= !record.get(i).isBlank(); // trailing empty cells are harmless
        }
        if (extraValues) {
            problems.add(new ImportProblem(rowNumber, "", "The row has " + record.size()
                    + " values but the header has " + headerSize + " columns."));
        }
        return new HrisFile.Row(rowNumber, values, problems);
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The separator the header line uses: semicolon when it has more semicolons than commas (outside quotes). */
    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons > 0) {
                    break; // the first non-blank line is the header
                }
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
