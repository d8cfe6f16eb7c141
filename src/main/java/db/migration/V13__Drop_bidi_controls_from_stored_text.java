package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text saved before issue 21 may still hold bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which {@code Texts} now drops on the way in: a stored U+202E would still reverse the app's own text
 * after it on pages that show it inline. They are invisible, so removing them loses nothing a person can see. Every
 * text column of the schema is cleaned, found through the JDBC metadata so that the same code runs on H2 and on
 * MySQL/MariaDB. Not the audit log: it records what was saved, as it was.
 */
public class V13__Drop_bidi_controls_from_stored_text extends BaseJavaMigration {

    static final List<String> CONTROLS = List.of("\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
            "\u2066", "\u2067", "\u2068", "\u2069");

    private static final Set<String> LEFT_ALONE = Set.of("audit_event", "flyway_schema_history", "shedlock");
    private static final Set<Integer> TEXT_TYPES = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB,
            Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String quote = connection.getMetaData().getIdentifierQuoteString().strip();
        for (String[] column : textColumns(connection)) {
            clean(connection, quote + column[0] + quote, quote + column[1] + quote);
        }
    }

    private static List<String[]> textColumns(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String[]> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (TEXT_TYPES.contains(rs.getInt("DATA_TYPE"))
                        && !LEFT_ALONE.contains(table.toLowerCase(Locale.ROOT))) {
                    columns.add(new String[] {table, rs.getString("COLUMN_NAME")});
                }
            }
        }
        return columns;
    }

    /** One statement per column: REPLACE of each control, on the rows that hold any. */
    private static void clean(Connection connection, String table, String column) throws SQLException {
        String value = column;
        for (int i = 0; i < CONTROLS.size(); i++) {
            value = "replace(" + value + ", ?, '')";
        }
        String holdsAny = String.join(" or ", CONTROLS.stream().map(c -> column + " like ?").toList());
        try (PreparedStatement update = connection.prepareStatement(
                "update " + table + " set " + column + " = " + value + " where " + holdsAny)) {
            int parameter = 1;
            for (String control : CONTROLS) {
                update.setString(parameter++, control);
            }
            for (String control : CONTROLS) {
                update.setString(parameter++, "%" + control + "%");
            }
            update.executeUpdate();
        }
    }
}
