package com.upward.directory.internal;

import com.upward.base.i18n.Text;
import com.upward.base.Texts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    /** Wider headers are refused: an export has a few dozen columns, and every column name is kept for the page. */
    static final int MAX_COLUMNS = 500;

    private HrisCsvReader() {
    }

    /** Rows read for the samples of the column-mapping step. */
    static final int SAMPLE_ROWS = 20;
    static final int SAMPLES = 3;

    /** Reads an uploaded file from disk, streamed; a file over {@link ImportUpload#MAX_BYTES} is not read. */
    static HrisFile read(String fileName, Path file) {
        return read(fileName, file, null);
    }

    /** As {@link #read(String, Path)}, with the columns HR mapped ({@code null}: found by the template's names). */
    static HrisFile read(String fileName, Path file, ColumnMapping mapping) {
        if (tooLarge(file)) {
            return HrisFile.unreadable(fileName, ImportProblem.ofFile(ImportUpload.TOO_LARGE));
        }
        return read(fileName, () -> Files.newInputStream(file), mapping);
    }

    /** Reads a file built in memory (tests, generated files). */
    static HrisFile read(String fileName, byte[] content) {
        return read(fileName, content, null);
    }

    static HrisFile read(String fileName, byte[] content, ColumnMapping mapping) {
        return read(fileName, () -> new ByteArrayInputStream(content), mapping);
    }

    /** The header and a few sample values per column, for the mapping step; reads the first rows only. */
    static FileColumns columns(String fileName, Path file) {
        if (tooLarge(file)) {
            return new FileColumns(fileName, List.of(), ColumnMapping.suggest(List.of()), ImportUpload.TOO_LARGE);
        }
        return columns(fileName, () -> Files.newInputStream(file));
    }

    static FileColumns columns(String fileName, byte[] content) {
        return columns(fileName, () -> new ByteArrayInputStream(content));
    }

    private static FileColumns columns(String fileName, Source source) {
        char separator;
        try {
            separator = separatorOf(source);
        } catch (CharacterCodingException e) {
            return new FileColumns(fileName, List.of(), ColumnMapping.suggest(List.of()), NOT_UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> headers = null;
        List<List<String>> samples = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text(source), format(separator))) {
            int rows = 0;
            for (CSVRecord record : parser) {
                if (isBlank(record)) {
                    continue;
                }
                if (headers == null) {
                    headers = record.stream().map(Texts::line).toList();
                    headers.forEach(h -> samples.add(new ArrayList<>()));
                    continue;
                }
                for (int i = 0; i < Math.min(record.size(), headers.size()); i++) {
                    String value = Texts.line(record.get(i));
                    if (!value.isBlank() && samples.get(i).size() < SAMPLES && !samples.get(i).contains(value)) {
                        samples.get(i).add(value.length() > 30 ? value.substring(0, 29) + "…" : value);
                    }
                }
                if (++rows == SAMPLE_ROWS) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return new FileColumns(fileName, List.of(), ColumnMapping.suggest(List.of()),
                    Text.of("directory.import.not-csv"));
        }
        if (headers == null) {
            return new FileColumns(fileName, List.of(), ColumnMapping.suggest(List.of()), EMPTY);
        }
        List<FileColumns.Column> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.get(i).isBlank()) {
                columns.add(new FileColumns.Column(headers.get(i), List.copyOf(samples.get(i))));
            }
        }
        return new FileColumns(fileName, columns, ColumnMapping.suggest(headers), null);
    }

    private static boolean tooLarge(Path file) {
        try {
            return Files.size(file) > ImportUpload.MAX_BYTES;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Text NOT_UTF8 = Text.of("directory.import.not-utf8");
    private static final Text EMPTY = Text.of("directory.import.empty");

    private static CSVFormat format(char separator) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false) // so that row numbers stay those a spreadsheet shows
                .setIgnoreSurroundingSpaces(true)
                .get();
    }

    private interface Source {
        InputStream open() throws IOException;
    }

    /** Two passes over the source: the first checks the encoding and finds the separator, the second parses. */
    private static HrisFile read(String fileName, Source source, ColumnMapping mapping) {
        char separator;
        try {
            separator = separatorOf(source);
        } catch (CharacterCodingException e) {
            return HrisFile.unreadable(fileName, ImportProblem.ofFile(NOT_UTF8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (CSVParser parser = CSVParser.parse(text(source), format(separator))) {
            try {
                return read(fileName, parser, mapping);
            } catch (UncheckedIOException | IllegalStateException e) {
                return HrisFile.unreadable(fileName, new ImportProblem((int) parser.getRecordNumber() + 1, "",
                        Text.of("directory.import.row-unreadable")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source as UTF-8 text without its byte order mark; text that is not UTF-8 fails while it is read. */
    private static Reader text(Source source) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new PushbackReader(new BufferedReader(new InputStreamReader(source.open(), decoder)));
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private static HrisFile read(String fileName, CSVParser parser, ColumnMapping mapping) {
        String tagSeparator = mapping == null ? HrisColumn.TAG_SEPARATOR : mapping.tagSeparator();
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
                positions = mapping == null ? header(record, rowNumber, ignored, fileProblems)
                        : mapped(record, rowNumber, mapping, ignored, fileProblems);
                if (!fileProblems.isEmpty()) {
                    return new HrisFile(fileName, positions.keySet(), List.of(), fileProblems, ignored, tagSeparator);
                }
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                return HrisFile.unreadable(fileName, ImportProblem.ofFile(Text.of("directory.import.too-many-rows",
                        MAX_ROWS)));
            }
            rows.add(row(record, rowNumber, positions, headerSize));
        }
        if (positions == null) {
            return HrisFile.unreadable(fileName, ImportProblem.ofFile(EMPTY));
        }
        return new HrisFile(fileName, positions.keySet(), rows, fileProblems, ignored, tagSeparator);
    }

    /** Positions of the columns HR chose; every other column is ignored. */
    private static Map<HrisColumn, Integer> mapped(CSVRecord record, int rowNumber, ColumnMapping mapping,
                                                   List<String> ignored, List<ImportProblem> problems) {
        Map<HrisColumn, Integer> positions = new EnumMap<>(HrisColumn.class);
        if (record.size() > MAX_COLUMNS) {
            problems.add(new ImportProblem(rowNumber, "", Text.of("directory.import.too-many-columns", record.size(),
                    MAX_COLUMNS)));
            return positions;
        }
        List<String> names = record.stream().map(cell -> ColumnMapping.normal(Texts.line(cell))).toList();
        for (HrisColumn column : HrisColumn.values()) {
            mapping.headerOf(column).ifPresentOrElse(header -> {
                int index = names.indexOf(ColumnMapping.normal(header));
                if (index < 0) {
                    problems.add(ImportProblem.of(rowNumber, column, Text.of("directory.import.mapped-column-absent",
                            header)));
                } else {
                    positions.put(column, index);
                }
            }, () -> {
                if (column.required()) {
                    problems.add(ImportProblem.of(rowNumber, column, Text.of("directory.import.required-unmapped")));
                }
            });
        }
        for (int i = 0; i < record.size(); i++) {
            if (!positions.containsValue(i) && !record.get(i).isBlank()) {
                ignored.add(Texts.line(record.get(i)));
            }
        }
        return positions;
    }

    private static Map<HrisColumn, Integer> header(CSVRecord record, int rowNumber, List<String> ignored,
                                                   List<ImportProblem> problems) {
        Map<HrisColumn, Integer> positions = new EnumMap<>(HrisColumn.class);
        if (record.size() > MAX_COLUMNS) {
            problems.add(new ImportProblem(rowNumber, "", Text.of("directory.import.too-many-columns-template",
                    record.size(), MAX_COLUMNS)));
            return positions;
        }
        for (int i = 0; i < record.size(); i++) {
            String cell = record.get(i);
            Optional<HrisColumn> column = HrisColumn.forHeader(cell);
            if (column.isEmpty()) {
                if (!cell.isBlank()) {
                    ignored.add(Texts.line(cell)); // shown on the page: no controls
                }
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                problems.add(ImportProblem.of(rowNumber, column.get(), Text.of("directory.import.column-twice")));
            }
        }
        for (HrisColumn column : HrisColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                problems.add(ImportProblem.of(rowNumber, column, Text.of("directory.import.required-column-missing")));
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
            problems.add(new ImportProblem(rowNumber, "", Text.of("directory.import.extra-values", record.size(),
                    headerSize)));
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

    /** Reads the whole source once (so that an encoding error is found before any row) for its separator. */
    private static char separatorOf(Source source) throws IOException {
        var separator = new SeparatorCount();
        char[] buffer = new char[8192];
        try (Reader in = text(source)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    separator.accept(buffer[i]);
                }
            }
        }
        return separator.get();
    }

    static char separatorOf(String text) {
        var separator = new SeparatorCount();
        text.chars().forEach(c -> separator.accept((char) c));
        return separator.get();
    }

    /** The separator the header line uses: semicolon when it has more semicolons than commas (outside quotes). */
    private static final class SeparatorCount {
        private int commas;
        private int semicolons;
        private boolean quoted;
        private boolean done;

        void accept(char c) {
            if (done) {
                return;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                done = commas + semicolons > 0; // the first non-blank line is the header
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }

        char get() {
            return semicolons > commas ? ';' : ',';
        }
    }
}
