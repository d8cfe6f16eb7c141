package com.upward.base;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, finding 9: text saved before {@link Texts} dropped bidirectional controls loses them in V13, in every
 * text column, so that no page can show a stored override next to the app's own text; the audit log stays as it was.
 */
class StoredTextCleaningMigrationTest {

    private static final String RLO = "\u202E";
    private static final String PDF = "\u202C";
    private static final String RLI = "\u2067";
    private static final String PDI = "\u2069";

    @Test
    void storedOverridesAreDroppedEverywhereButTheAuditLog() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:upward-v13-bidi;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        migrate(dataSource, "12");
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into app_user (username, email, display_name, password_hash, created_at, updated_at)"
                + " values ('owner', 'owner@example.com', ?, 'x', current_timestamp, current_timestamp)",
                "Ada " + RLO + "Lovelace" + PDF);
        long owner = jdbc.queryForObject("select id from app_user where username = 'owner'", Long.class);
        jdbc.update("insert into program (name, description, owner_id, default_cadence, default_max_mentees,"
                + " created_at, updated_at) values (?, ?, ?, 'MONTHLY', 3, current_timestamp, current_timestamp)",
                RLO + "Leadership" + PDF, "For " + RLI + "new" + PDI + " leads; نص عربي stays", owner);
        jdbc.update("insert into program (name, description, owner_id, default_cadence, default_max_mentees,"
                + " created_at, updated_at) values ('Plain', 'Nothing to clean', ?, 'WEEKLY', 2, current_timestamp,"
                + " current_timestamp)", owner);
        jdbc.update("insert into audit_event (occurred_at, actor, action, entity_type, details)"
                + " values (current_timestamp, 'owner', 'CREATE', 'Program', ?)", "name: " + RLO + "Leadership");

        migrate(dataSource, "13");

        assertThat(jdbc.queryForObject("select display_name from app_user where id = ?", String.class, owner))
                .isEqualTo("Ada Lovelace");
        assertThat(jdbc.queryForList("select name from program order by name", String.class))
                .containsExactly("Leadership", "Plain");
        assertThat(jdbc.queryForObject("select description from program where name = 'Leadership'", String.class))
                .isEqualTo("For new leads; نص عربي stays");
        assertThat(jdbc.queryForObject("select details from audit_event", String.class))
                .as("the audit log keeps what was saved").isEqualTo("name: " + RLO + "Leadership");
    }

    private static void migrate(DriverManagerDataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
    }
}
