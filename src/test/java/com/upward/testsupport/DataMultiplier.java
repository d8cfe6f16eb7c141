package com.upward.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes the data n times as big by copying the rows of the domain tables (n − 1) times inside the database: copy k
 * adds k × {@link #OFFSET} to every id and to every foreign key into a copied table, and prefixes the values of
 * unique text columns ("c3-…"), so the copies are new programs, cohorts, people, pairs, check-ins and surveys with
 * the same shape and dates as the originals. Accounts, notifications and audit rows are not copied (the copies
 * point at the original accounts). Reads the schema from JDBC metadata, so a new column needs no change here.
 */
public final class DataMultiplier {

    /** Larger than any original id. */
    public static final long OFFSET = 10_000_000L;

    /** Parents before children. */
    private static final List<String> TABLES = List.of("employee", "employee_skill", "employee_interest",
            "employee_language", "program", "cohort", "matching_weight", "enrollment", "enrollment_topic",
            "mentor_assignment", "assignment_event", "goal", "milestone", "goal_comment", "check_in",
            "check_in_goal_update", "check_in_revision", "mentor_feedback", "survey", "survey_question",
            "survey_response", "survey_answer");

    private record Table(String name, List<String> columns, Set<String> offsetColumns, Set<String> prefixColumns,
                         String originalRows) {
    }

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final List<Table> tables = new ArrayList<>();

    public DataMultiplier(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : TABLES) {
                tables.add(describe(meta, connection.getCatalog(), connection.getSchema(), table));
            }
        }
    }

    /**
     * Adds {@code times − 1} copies of the original rows; returns the row count per table afterwards. Foreign keys are
     * checked after the copy, not row by row, as a row may point at a later row of the same table (a manager, the
     * goal that replaced it).
     */
    public Map<String, Long> multiply(int times) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().startsWith("H2");
            statement.execute(h2 ? "set referential_integrity false" : "set foreign_key_checks = 0");
            try {
                for (int copy = 1; copy < times; copy++) {
                    for (Table table : tables) {
                        statement.executeUpdate(copySql(table, copy));
                    }
                }
            } finally {
                statement.execute(h2 ? "set referential_integrity true" : "set foreign_key_checks = 1");
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table table : tables) {
            counts.put(table.name(), jdbc.queryForObject("select count(*) from " + table.name(), Long.class));
        }
        return counts;
    }

    private static String copySql(Table table, int copy) {
        List<String> values = new ArrayList<>();
        for (String column : table.columns()) {
            if (table.offsetColumns().contains(column)) {
                values.add(column + " + " + copy * OFFSET);
            } else if (table.prefixColumns().contains(column)) {
                values.add("concat('c" + copy + "-', " + column + ")");
            } else {
                values.add(column);
            }
        }
        return "insert into " + table.name() + " (" + String.join(", ", table.columns()) + ") select "
                + String.join(", ", values) + " from " + table.name() + " where " + table.originalRows();
    }

    private static Table describe(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        Map<String, Integer> types = new HashMap<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, table, null)) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if ("YES".equals(rs.getString("IS_GENERATEDCOLUMN"))) {
                    continue; // computed by the database, cannot be inserted
                }
                columns.add(column);
                types.put(column, rs.getInt("DATA_TYPE"));
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("No table " + table);
        }
        Set<String> offset = new HashSet<>();
        if (columns.contains("id")) {
            offset.add("id");
        }
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                if (TABLES.contains(rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT))) {
                    offset.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        Map<String, List<String>> uniqueIndexes = new HashMap<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, true, false)) {
            while (rs.next()) {
                if (rs.getString("COLUMN_NAME") != null) {
                    uniqueIndexes.computeIfAbsent(rs.getString("INDEX_NAME"), i -> new ArrayList<>())
                            .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        Set<String> prefix = new HashSet<>();
        for (List<String> index : uniqueIndexes.values()) {
            if (index.stream().noneMatch(offset::contains)) {
                index.stream().filter(c -> isText(types.get(c))).forEach(prefix::add);
            }
        }
        String key = columns.contains("id") ? "id" : offset.stream().sorted().findFirst()
                .orElseThrow(() -> new IllegalStateException(table + " has no id and no copied parent"));
        return new Table(table, columns, offset, prefix, key + " < " + OFFSET);
    }

    private static boolean isText(Integer type) {
        return type != null && (type == Types.VARCHAR || type == Types.CHAR || type == Types.NVARCHAR
                || type == Types.LONGVARCHAR);
    }
}
