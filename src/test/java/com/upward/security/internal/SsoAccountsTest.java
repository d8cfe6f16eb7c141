package com.upward.security.internal;

import com.upward.base.Role;

import com.upward.security.CurrentUser;
import com.upward.security.UserPrincipal;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A single-sign-on user becomes a local account by email, with the roles the provider's groups map to. */
@SpringBootTest
@Tag("db")
@Transactional
class SsoAccountsTest {

    static final SsoRoleMapping MAPPING = new SsoRoleMapping("groups", Map.of(Role.HR, List.of("hr"),
            Role.EMPLOYEE, List.of("staff"), Role.ADMIN, List.of("admins")));

    @Autowired
    SsoAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    EntityManager em;

    @Test
    void theFirstSignInCreatesAnAccountLinkedToTheEmployeeWithTheMappedRoles() {
        Map<String, Object> employee = jdbc.queryForMap("""
                select e.id, e.email from employee e where not exists (select 1 from app_user u
                  where u.employee_id = e.id or lower(u.email) = lower(e.email)) order by e.id limit 1""");
        UserPrincipal principal = accounts.signIn(Map.of("email", ((String) employee.get("email")).toUpperCase(),
                "preferred_username", "sso-new-user", "groups", List.of("staff")), MAPPING);
        assertThat(principal.username()).isEqualTo("sso-new-user");
        assertThat(principal.employeeId()).isEqualTo(((Number) employee.get("id")).longValue());
        assertThat(principal.roles()).containsExactly(Role.EMPLOYEE);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'sso-new-user'", Long.class))
                .isEqualTo(1);

        // the principal is what the services see as the signed-in user
        var sso = new SsoUser(principal, null, null, Map.of());
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(sso, null,
                List.copyOf(principal.getAuthorities())));
        assertThat(currentUser.require()).isEqualTo(principal);
        assertThat(currentUser.requireEmployeeId()).isEqualTo(principal.employeeId());
    }

    @Test
    void anExistingAccountGetsTheProvidersRolesAtEverySignIn() {
        String email = jdbc.queryForObject("select email from app_user where username = 'hr'", String.class);
        UserPrincipal principal = accounts.signIn(Map.of("email", email, "groups", "staff admins"), MAPPING);
        assertThat(principal.username()).isEqualTo("hr");
        assertThat(principal.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.ADMIN);
        em.flush();
        assertThat(jdbc.queryForList("select role from user_role r join app_user u on u.id = r.user_id"
                + " where u.username = 'hr'", String.class)).containsExactlyInAnyOrder("EMPLOYEE", "ADMIN");
    }

    @Test
    void usersWithoutRolesEmailOrDirectoryRecordAndDeactivatedAccountsAreRefused() {
        String email = jdbc.queryForObject("select email from app_user where username = 'mentee'", String.class);
        assertThatThrownBy(() -> accounts.signIn(Map.of("email", email, "groups", List.of("chess")), MAPPING))
                .isInstanceOf(SsoAccounts.Refused.class).hasMessageContaining("no Upward role");
        assertThatThrownBy(() -> accounts.signIn(Map.of("groups", List.of("staff")), MAPPING))
                .isInstanceOf(SsoAccounts.Refused.class).hasMessageContaining("no email");
        assertThatThrownBy(() -> accounts.signIn(Map.of("email", "stranger@elsewhere.example",
                "groups", List.of("staff")), MAPPING))
                .isInstanceOf(SsoAccounts.Refused.class).hasMessageContaining("No employee record");
        jdbc.update("update app_user set enabled = false where username = 'mentee'");
        assertThatThrownBy(() -> accounts.signIn(Map.of("email", email, "groups", List.of("staff")), MAPPING))
                .isInstanceOf(SsoAccounts.Refused.class).hasMessageContaining("deactivated");
        assertThat(jdbc.queryForObject("select count(*) from app_user where lower(email) = 'stranger@elsewhere.example'",
                Long.class)).isZero();
    }
}
