package com.upward.security.internal;

import com.upward.demo.DemoAccounts;
import com.upward.security.EmptyDatabaseStart;
import com.upward.testsupport.Race;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deployment without demo data (the {@code mysql} profile, Docker Compose) starts on an empty database with one
 * administrator, who signs in with a one-time password from the log and must then choose a password.
 */
@EmptyDatabaseStart
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("one-time password\\s+(\\S+)");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    FirstAdministrator firstAdministrator;

    @Test
    void anEmptyDatabaseGetsOneAdministratorWhoMustChooseAPassword() {
        List<Map<String, Object>> admins = admins();
        assertThat(admins).hasSize(1);
        assertThat(admins.getFirst().get("username")).isEqualTo("admin");
        assertThat(admins.getFirst().get("must_change_password")).isEqualTo(true);
        assertThat(jdbc.queryForList("select password_hash from app_user", String.class))
                .isNotEmpty()
                .noneMatch(hash -> passwordEncoder.matches(DemoAccounts.PASSWORD, hash));
        assertThat(jdbc.queryForObject("select count(*) from employee", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from app_user where demo_account = true", Long.class)).isZero();
    }

    @Test
    void aLaterStartCreatesNothingAndPrintsNoPassword(CapturedOutput output) {
        String hashBefore = (String) admins().getFirst().get("password_hash");
        int logBefore = output.getAll().length();

        assertThat(firstAdministrator.createIfNoAdministrator()).isFalse();

        assertThat(admins()).hasSize(1).first().extracting(admin -> admin.get("password_hash")).isEqualTo(hashBefore);
        assertThat(output.getAll().substring(logBefore)).doesNotContain("one-time password");
    }

    @Test
    void theLoggedOneTimePasswordSignsInOnceAndIsAudited(CapturedOutput output) {
        emptyTheAccounts();
        int logBefore = output.getAll().length();

        assertThat(firstAdministrator.createIfNoAdministrator()).isTrue();

        Matcher printed = ONE_TIME_PASSWORD.matcher(output.getAll().substring(logBefore));
        assertThat(printed.find()).as("the log names the one-time password").isTrue();
        String oneTimePassword = printed.group(1);
        assertThat(printed.find()).as("printed once").isFalse();
        assertThat(PasswordPolicy.problem("admin", oneTimePassword)).isEmpty();
        Map<String, Object> admin = admins().getFirst();
        assertThat(passwordEncoder.matches(oneTimePassword, (String) admin.get("password_hash"))).isTrue();
        assertThat(admin.get("must_change_password")).isEqualTo(true);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'AppUser'"
                + " and action = 'CREATE' and actor = 'system' and entity_id = ?", Long.class, admin.get("id")))
                .isOne();
    }

    @Test
    void nodesStartingTogetherCreateOneAdministrator(CapturedOutput output) {
        emptyTheAccounts();
        int logBefore = output.getAll().length();

        List<Boolean> created = Race.atOnce(Arrays.asList((Authentication) null, null, null),
                node -> firstAdministrator.createIfNoAdministrator());

        assertThat(created).containsOnlyOnce(true);
        assertThat(admins()).hasSize(1);
        Matcher printed = ONE_TIME_PASSWORD.matcher(output.getAll().substring(logBefore));
        assertThat(printed.find()).isTrue();
        assertThat(printed.find()).as("only the node that created it prints a password").isFalse();
    }

    private List<Map<String, Object>> admins() {
        return jdbc.queryForList("select u.id, u.username, u.password_hash, u.must_change_password"
                + " from app_user u join user_role r on r.user_id = u.id where r.role = 'ADMIN'");
    }

    /** Back to a database without accounts, as at the first start. */
    private void emptyTheAccounts() {
        jdbc.update("delete from user_role");
        jdbc.update("delete from app_user");
    }
}
