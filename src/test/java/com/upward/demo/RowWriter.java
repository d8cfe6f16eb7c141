package com.upward.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes rows of one table as multi-row INSERTs ({@code VALUES (…), (…), …}, {@link #ROWS_PER_STATEMENT} rows a
 * statement): one round trip per few hundred rows on any driver, without relying on driver batch rewriting. Ids are
 * given by the caller, so nothing is read back. Instants are stored as UTC wall-clock times, like {@link JdbcInserter}.
 */
final class RowWriter implements AutoCloseable {

    static final int ROWS_PER_STATEMENT = 500;

    private final Connection connection;
    private final Map<String, Integer> counts;
    private final String table;
    private final String[] columns;
    private final List<Object> pending = new ArrayList<>();
    private final List<RowWriter> parents = new ArrayList<>();
    private PreparedStatement full;

    RowWriter(Connection connection, Map<String, Integer> counts, String table, String... columns) {
        this.connection = connection;
        this.counts = counts;
        this.table = table;
        this.columns = columns;
    }

    /** Rows of {@code writers} are written before each statement of this one, so foreign keys find them. */
    RowWriter after(RowWriter... writers) {
        parents.addAll(List.of(writers));
        return this;
    }

    /** Adds one row, values in the order of the columns. */
    void add(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.length);
        }
        for (Object value : values) {
            pending.add(value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
        }
        if (pending.size() == ROWS_PER_STATEMENT * columns.length) {
            try {
                if (full == null) {
                    full = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
                }
                execute(full);
            } catch (SQLException e) {
                throw new IllegalStateException("Insert into " + table + " failed", e);
            }
        }
    }

    @Override
    public void close() {
        try {
            flush();
            if (full != null) {
                full.close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Insert into " + table + " failed", e);
        }
    }

    private void flush() throws SQLException {
        if (!pending.isEmpty()) {
            try (PreparedStatement rest = connection.prepareStatement(sql(pending.size() / columns.length))) {
                execute(rest);
            }
        }
    }

    private void execute(PreparedStatement statement) throws SQLException {
        for (RowWriter parent : parents) {
            parent.flush();
        }
        for (int i = 0; i < pending.size(); i++) {
            statement.setObject(i + 1, pending.get(i));
        }
        statement.executeUpdate();
        counts.merge(table, pending.size() / columns.length, Integer::sum);
        pending.clear();
    }

    private String sql(int rows) {
        String one = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, one));
    }

    static Map<String, Integer> newCounts() {
        return new TreeMap<>();
    }
}
