package com.upward.security;

import com.upward.base.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 24: sign-ins and failed sign-ins were not in the audit log. Through the real login page. */
class SignInAuditTest extends RunningServerTest {

    private List<Map<String, Object>> rowsOf(String actor) {
        return jdbc.queryForList("select action, entity_type, entity_id, details from audit_event where actor = ?"
                + " order by id", actor);
    }

    @Test
    void aSignInAndAFailedOneAreEachAnAuditRow() throws Exception {
        String username = account(Role.EMPLOYEE);

        assertThat(signedIn(signInThroughTheLoginPage(browser(), username, "wrong-password"))).isFalse();
        assertThat(signedIn(signInThroughTheLoginPage(browser(), username, PASSWORD))).isTrue();

        assertThat(rowsOf(username)).extracting(row -> row.get("details")).containsExactly(
                "Sign-in failed: wrong username or password", "Signed in");
        assertThat(rowsOf(username)).allSatisfy(row -> {
            assertThat(row.get("action")).isEqualTo("LOGIN");
            assertThat(row.get("entity_type")).isEqualTo("AppUser");
        });
    }
}
