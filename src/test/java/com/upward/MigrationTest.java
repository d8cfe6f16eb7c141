package com.upward;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V1 has been applied on the configured database (H2 by default, MariaDB/MySQL in CI) and created every domain table.
 * The context starting at all also proves that the entity mappings pass Hibernate's schema validation.
 */
@Tag("db")
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class MigrationTest {

    static final Set<String> DOMAIN_TABLES = Set.of(
            "employee", "employee_skill", "employee_interest", "employee_language",
            "app_user", "user_role",
            "program", "cohort", "enrollment", "enrollment_topic",
            "mentor_assignment", "assignment_event", "matching_weight",
            "goal", "milestone", "goal_comment",
            "check_in", "check_in_goal_update", "check_in_revision", "mentor_feedback", "check_in_message",
            "survey", "survey_question", "survey_response", "survey_answer",
            "notification", "notification_preference", "email_outbox", "import_mapping_preset",
            "audit_event",
            "report_subscription", "email_attachment");

    @Autowired
    Flyway flyway;
    @Autowired
    DataSource dataSource;

    @Test
    void v1WasAppliedSuccessfully() {
        MigrationInfo v1 = Arrays.stream(flyway.info().applied())
                .filter(info -> info.getVersion() != null && info.getVersion().getVersion().equals("1"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("V1 is not in the schema history"));

        assertThat(v1.getState()).isEqualTo(MigrationState.SUCCESS);
        assertThat(v1.getScript()).isEqualTo("V1__domain_schema.sql");
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void allDomainTablesExist() throws Exception {
        assertThat(DOMAIN_TABLES).hasSize(32);
        assertThat(tablesInCurrentDatabase()).containsAll(DOMAIN_TABLES);
    }

    /** Through JDBC metadata, which H2 and MySQL/MariaDB both answer; names folded to lower case (H2 stores them so). */
    private Set<String> tablesInCurrentDatabase() throws Exception {
        Set<String> tables = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet rs = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }
}
