package com.upward;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate's schema validation ({@code ddl-auto=validate}) checks that mapped tables and columns exist with a
 * compatible type, but not lengths, nullability or decimal sizes. This test compares those with the migrated schema,
 * and checks that every domain table is mapped.
 */
@Tag("db")
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class MappingMatchesSchemaTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    DataSource dataSource;

    /** Longer "character" columns are TEXT. */
    static final int MAX_VARCHAR = 65_535;

    record DbColumn(String type, int size, int scale, boolean nullable) {
    }

    @Test
    void everyDomainTableIsMapped() {
        assertThat(mappedColumns().keySet().stream().map(c -> c.substring(0, c.indexOf('.'))).distinct())
                .containsExactlyInAnyOrderElementsOf(MigrationTest.DOMAIN_TABLES);
    }

    @Test
    void lengthsNullabilityAndDecimalSizesMatchTheSchema() throws Exception {
        Map<String, SelectableMapping> mapped = mappedColumns();
        Map<String, DbColumn> db = databaseColumns(MigrationTest.DOMAIN_TABLES);
        List<String> problems = new ArrayList<>();

        mapped.forEach((name, column) -> {
            DbColumn actual = db.get(name);
            if (actual == null) {
                problems.add(name + ": not in the database");
                return;
            }
            if (column.isNullable() != actual.nullable()) {
                problems.add(name + ": mapped nullable=" + column.isNullable() + ", database nullable=" + actual.nullable());
            }
            // bounded VARCHARs only: TEXT is "TEXT" on MySQL/MariaDB and an unbounded CHARACTER VARYING on H2
            if (actual.type().contains("CHAR") && actual.size() < MAX_VARCHAR
                    && (column.getLength() == null || column.getLength() != actual.size())) {
                problems.add(name + ": mapped length " + column.getLength() + ", database " + actual.type() + "(" + actual.size() + ")");
            }
            if ((actual.type().contains("DECIMAL") || actual.type().contains("NUMERIC"))
                    && (!Integer.valueOf(actual.size()).equals(column.getPrecision())
                    || !Integer.valueOf(actual.scale()).equals(column.getScale()))) {
                problems.add(name + ": mapped decimal(" + column.getPrecision() + "," + column.getScale()
                        + "), database decimal(" + actual.size() + "," + actual.scale() + ")");
            }
        });
        Set<String> unmapped = new TreeSet<>(db.keySet());
        unmapped.removeAll(mapped.keySet());
        unmapped.forEach(name -> problems.add(name + ": column not mapped"));

        assertThat(problems).isEmpty();
    }

    /** "table.column" → mapping, for entity attributes (with ids, versions, foreign keys) and element collections. */
    private Map<String, SelectableMapping> mappedColumns() {
        Map<String, SelectableMapping> columns = new TreeMap<>();
        var metamodel = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
        metamodel.forEachEntityDescriptor(entity -> {
            entity.getIdentifierMapping().forEachSelectable((i, s) -> put(columns, s));
            entity.forEachSelectable((i, s) -> put(columns, s));
        });
        metamodel.forEachCollectionDescriptor(collection -> {
            var attribute = collection.getAttributeMapping();
            if (!collection.isOneToMany()) {
                attribute.getKeyDescriptor().getKeyPart().forEachSelectable((i, s) -> put(columns, s));
                attribute.getElementDescriptor().forEachSelectable((i, s) -> put(columns, s));
            }
        });
        return columns;
    }

    private static void put(Map<String, SelectableMapping> columns, SelectableMapping selectable) {
        if (!selectable.isFormula()) {
            columns.put(selectable.getContainingTableExpression().toLowerCase(Locale.ROOT) + "."
                    + selectable.getSelectionExpression().toLowerCase(Locale.ROOT), selectable);
        }
    }

    private Map<String, DbColumn> databaseColumns(Set<String> tables) throws Exception {
        Map<String, DbColumn> columns = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet rs = metaData.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    // columns the database computes (V9's setback flags) are read by SQL only, never mapped
                    if (tables.contains(table) && !"YES".equals(rs.getString("IS_GENERATEDCOLUMN"))) {
                        columns.put(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), new DbColumn(
                                rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT), rs.getInt("COLUMN_SIZE"),
                                rs.getInt("DECIMAL_DIGITS"), "YES".equals(rs.getString("IS_NULLABLE"))));
                    }
                }
            }
        }
        return columns;
    }
}
