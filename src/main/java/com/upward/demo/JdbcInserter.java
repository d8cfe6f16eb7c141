package com.upward.demo;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plain SQL inserts for the demo data. Instants are written as UTC wall-clock {@link LocalDateTime}s, which H2 and
 * MySQL/MariaDB both store unchanged; Hibernate (hibernate.jdbc.time_zone=UTC) reads them back as the same instants.
 */
final class JdbcInserter {

    private final JdbcTemplate jdbc;
    private final Map<String, Integer> counts = new TreeMap<>();

    JdbcInserter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A row to insert: column names in order with their values. */
    static final class Row {
        private final LinkedHashMap<String, Object> values = new LinkedHashMap<>();

        Row set(String column, Object value) {
            values.put(column, value instanceof Instant instant ? utc(instant) : value);
            return this;
        }

        /** {@code version} 0 and both timestamps, for tables that have them. */
        Row audited(Instant createdAt, Instant updatedAt) {
            return set("version", 0L).set("created_at", createdAt).set("updated_at", updatedAt);
        }
    }

    static Row row() {
        return new Row();
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Inserts one row and returns its generated id. */
    long insert(String table, Row row) {
        String sql = sql(table, row);
        Object[] args = row.values.values().toArray();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            new ArgumentPreparedStatementSetter(args).setValues(statement);
            return statement;
        }, keys);
        counts.merge(table, 1, Integer::sum);
        Number key = keys.getKey();
        if (key == null) {
            throw new IllegalStateException("No generated id for " + table);
        }
        return key.longValue();
    }

    /** Inserts rows that need no generated id in one batch; all rows must have the same columns. */
    void batch(String table, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> args = new ArrayList<>(rows.size());
        for (Row row : rows) {
            args.add(row.values.values().toArray());
        }
        jdbc.batchUpdate(sql(table, rows.getFirst()), args);
        counts.merge(table, rows.size(), Integer::sum);
    }

    void update(String sql, Object... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Instant instant) {
                args[i] = utc(instant);
            }
        }
        jdbc.update(sql, args);
    }

    /** Rows written per table so far. */
    Map<String, Integer> counts() {
        return counts;
    }

    private static String sql(String table, Row row) {
        String columns = String.join(", ", row.values.keySet());
        String marks = String.join(", ", java.util.Collections.nCopies(row.values.size(), "?"));
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")";
    }
}
