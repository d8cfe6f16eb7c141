package com.upward.security.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * UPWARD_ADMIN_USERNAME and UPWARD_ADMIN_PASSWORD (here as the properties they bind to) name the first
 * administrator; a password the policy refuses stops the start with one clear line.
 */
@SpringBootTest(properties = {
        "upward.demo-data.enabled=false",
        "upward.admin.username=it-owner",
        "upward.admin.password=Tulip-Harbor-93-Quartz",
        "upward.admin.email=it-owner@example.com",
        "spring.datasource.url=jdbc:h2:mem:upward-admin-from-env;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorFromEnvironmentTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AppUserRepository users;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    FirstAdministrator firstAdministrator;

    @Test
    void theAdministratorFromTheEnvironmentSignsInWithTheirOwnPassword(CapturedOutput output) {
        List<Map<String, Object>> admins = jdbc.queryForList("select u.username, u.email, u.password_hash,"
                + " u.must_change_password from app_user u join user_role r on r.user_id = u.id where r.role = 'ADMIN'");
        assertThat(admins).hasSize(1);
        Map<String, Object> admin = admins.getFirst();
        assertThat(admin).containsEntry("username", "it-owner").containsEntry("email", "it-owner@example.com")
                .containsEntry("must_change_password", false);
        assertThat(passwordEncoder.matches("Tulip-Harbor-93-Quartz", (String) admin.get("password_hash")))
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isOne();
        assertThat(output.getAll()).doesNotContain("Tulip-Harbor-93-Quartz");
    }

    @Test
    void aPasswordThePolicyRefusesStopsTheStartWithOneLine() {
        var weak = new FirstAdministrator(users, jdbc, transactionManager, passwordEncoder, "it-owner", "upward", "");
        String expected = "UPWARD_ADMIN_PASSWORD is not accepted: "
                + PasswordPolicy.problem("it-owner", "upward").orElseThrow().english();
        jdbc.update("delete from user_role");
        jdbc.update("delete from app_user");
        try {
            assertThatThrownBy(weak::createIfNoAdministrator).hasMessage(expected)
                    .satisfies(refused -> assertThat(new FirstAdministratorFailureAnalyzer()
                            .analyze(new IllegalStateException("Failed to execute ApplicationRunner", refused)))
                            .satisfies(analysis -> {
                                assertThat(analysis.getDescription()).isEqualTo(expected);
                                assertThat(analysis.getAction()).contains("UPWARD_ADMIN_PASSWORD");
                            }));
            assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isZero();
        } finally {
            firstAdministrator.createIfNoAdministrator();  // the account this context started with, for the other test
        }
    }
}
