package com.upward.security;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database filled with demo data before V12 (Docker Compose loaded it by default) keeps warning on the sign-in
 * page: V12 marks the accounts of the demo company by its reserved e-mail domain, and no other account.
 */
class DemoAccountMarkerMigrationTest {

    @Test
    void accountsCreatedBeforeTheMarkerAreRecognisedByTheDemoDomain() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:upward-v12-marker;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        migrate(dataSource, "10");  // the schema as it was before V11 and V12
        var jdbc = new JdbcTemplate(dataSource);
        for (String[] account : new String[][] {{"mentee", "lukasz.wisniewski@upward.example"},
                {"admin", "admin@upward.example"}, {"it-owner", "it-owner@example.com"},
                {"lookalike", "someone@upward.example.com"}}) {
            jdbc.update("insert into app_user (username, email, display_name, password_hash, created_at, updated_at)"
                    + " values (?, ?, ?, 'x', current_timestamp, current_timestamp)", account[0], account[1],
                    account[0]);
        }

        migrate(dataSource, "12");

        assertThat(jdbc.queryForList("select username from app_user where demo_account = true order by username",
                String.class)).containsExactly("admin", "mentee");
    }

    private static void migrate(DriverManagerDataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
    }
}
