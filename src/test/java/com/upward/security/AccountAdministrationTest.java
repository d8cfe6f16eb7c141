package com.upward.security;

import com.upward.directory.IssuedCredential;

import com.upward.base.Role;

import com.upward.base.BusinessRuleException;
import com.upward.security.internal.AccountFilter;
import com.upward.security.internal.AccountState;
import com.upward.security.internal.AccountSummary;
import com.upward.security.internal.AppUserRepository;
import com.upward.security.internal.UserAccountService;
import com.upward.testsupport.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Roles, deactivation, locking and password resets, and the rule that an active administrator always remains. */
@SpringBootTest
@Tag("db")
@Transactional
class AccountAdministrationTest {

    private static final String PASSWORD = "Original-password-1";

    @Autowired
    UserAccountService accounts;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(roles = "ADMIN")
    void changesRolesAndRefusesAStaleVersion() {
        AppUser user = fixture(Role.EMPLOYEE);
        long staleVersion = user.getVersion();

        AccountSummary changed = accounts.changeRoles(user.getId(), staleVersion, EnumSet.of(Role.HR, Role.EMPLOYEE));

        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.HR, Role.EMPLOYEE);
        assertThat(changed.version()).isGreaterThan(staleVersion);
        assertThat(userDetails.loadUserByUsername(user.getUsername()).getAuthorities())
                .extracting(Object::toString).containsExactlyInAnyOrder("ROLE_HR", "ROLE_EMPLOYEE");
        assertThatThrownBy(() -> accounts.changeRoles(user.getId(), staleVersion, Set.of(Role.EXECUTIVE)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("Someone else changed this record; reload and try again.");
        assertThatThrownBy(() -> accounts.changeRoles(user.getId(), changed.version(), Set.of()))
                .isInstanceOf(BusinessRuleException.class).extracting("field").isEqualTo("roles");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aDeactivatedAccountCannotSignInAndKeepsItsHistoryUntilReactivated() {
        AppUser user = fixture(Role.EMPLOYEE);
        assertThatCode(() -> signIn(user.getUsername(), PASSWORD)).doesNotThrowAnyException();

        AccountSummary deactivated = accounts.deactivate(user.getId(), users.findById(user.getId()).orElseThrow().getVersion());

        assertThat(deactivated.state()).isEqualTo(AccountState.DEACTIVATED);
        assertThat(userDetails.loadUserByUsername(user.getUsername()).isEnabled()).isFalse();
        assertThatThrownBy(() -> signIn(user.getUsername(), PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(users.existsById(user.getId())).isTrue();
        assertThat(accounts.findAccount(user.getId()).roles()).containsExactly(Role.EMPLOYEE);

        accounts.reactivate(user.getId(), deactivated.version());
        assertThatCode(() -> signIn(user.getUsername(), PASSWORD)).doesNotThrowAnyException();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aLockedAccountCannotSignInUntilUnlocked() {
        AppUser user = fixture(Role.EMPLOYEE);

        AccountSummary locked = accounts.lock(user.getId(), user.getVersion());

        assertThat(locked.state()).isEqualTo(AccountState.LOCKED);
        assertThatThrownBy(() -> signIn(user.getUsername(), PASSWORD)).isInstanceOf(LockedException.class);
        accounts.unlock(user.getId(), locked.version());
        assertThatCode(() -> signIn(user.getUsername(), PASSWORD)).doesNotThrowAnyException();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aResetPasswordReplacesTheOldOneAndMustBeChanged() throws Exception {
        AppUser user = fixture(Role.EMPLOYEE);

        IssuedCredential issued = accounts.resetPassword(user.getId(), user.getVersion());

        assertThat(issued.username()).isEqualTo(user.getUsername());
        assertThat(accounts.findAccount(user.getId()).mustChangePassword()).isTrue();
        assertThatThrownBy(() -> signIn(user.getUsername(), PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(user.getUsername(), issued.oneTimePassword()).isAuthenticated()).isTrue();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aSuccessfulSignInIsRecorded() throws Exception {
        AppUser user = fixture(Role.EMPLOYEE);
        assertThat(accounts.findAccount(user.getId()).lastLoginAt()).isNull();

        signIn(user.getUsername(), PASSWORD);

        assertThat(accounts.findAccount(user.getId()).lastLoginAt()).isNotNull();
        assertThatThrownBy(() -> signIn(user.getUsername(), "wrong-password-1"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    @WithUserDetails("admin")
    void theLastActiveAdministratorCannotLoseTheRoleNorBeDeactivatedNorLocked() {
        AppUser admin = onlyActiveAdmin();
        long version = admin.getVersion();

        assertThatThrownBy(() -> accounts.changeRoles(admin.getId(), version, Set.of(Role.EMPLOYEE)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("You are the last active administrator, so the Administrator role cannot be removed. "
                        + "Give it to another active account first.")
                .extracting("field").isEqualTo("roles");
        assertThatThrownBy(() -> accounts.deactivate(admin.getId(), version))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("You are the last active administrator, so you cannot deactivate your own account. "
                        + "Give the Administrator role to another active account first.");
        assertThatThrownBy(() -> accounts.lock(admin.getId(), version))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageStartingWith("You are the last active administrator and cannot be locked.");

        AppUser stored = users.findById(admin.getId()).orElseThrow();
        assertThat(stored.getRoles()).contains(Role.ADMIN);
        assertThat(stored.isEnabled()).isTrue();
        assertThat(stored.isLocked()).isFalse();
        // Adding roles while keeping ADMIN is fine
        assertThat(accounts.changeRoles(admin.getId(), version, EnumSet.of(Role.ADMIN, Role.HR)).roles())
                .containsExactlyInAnyOrder(Role.ADMIN, Role.HR);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anotherAdministratorWhoIsTheLastOneIsProtectedToo() {
        AppUser admin = onlyActiveAdmin();
        AppUser second = fixture(Role.ADMIN);
        accounts.deactivate(admin.getId(), admin.getVersion());

        assertThatThrownBy(() -> accounts.deactivate(second.getId(), second.getVersion()))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage(second.getDisplayName() + " is the last active administrator and cannot be deactivated. "
                        + "Give the Administrator role to another active account first.");
        assertThatThrownBy(() -> accounts.lock(second.getId(), second.getVersion()))
                .hasMessageStartingWith(second.getDisplayName() + " is the last active administrator");
        assertThatThrownBy(() -> accounts.changeRoles(second.getId(), second.getVersion(), Set.of(Role.HR)))
                .extracting("field").isEqualTo("roles");
    }

    @Test
    @WithUserDetails("admin")
    void withASecondActiveAdministratorTheFirstMayStepDown() {
        AppUser admin = onlyActiveAdmin();
        fixture(Role.ADMIN);

        AccountSummary steppedDown = accounts.changeRoles(admin.getId(), admin.getVersion(), Set.of(Role.EMPLOYEE));
        assertThat(steppedDown.roles()).containsExactly(Role.EMPLOYEE);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aLockedOrDeactivatedAdministratorDoesNotCountAsActive() {
        AppUser admin = onlyActiveAdmin();
        AppUser lockedAdmin = fixture(Role.ADMIN);
        accounts.lock(lockedAdmin.getId(), lockedAdmin.getVersion());

        assertThatThrownBy(() -> accounts.deactivate(admin.getId(), admin.getVersion()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("the last active administrator");
    }

    @Test
    @WithUserDetails("hr")
    void hrCannotAdministerAccounts() {
        assertEveryAdminOperationIsRefused();
    }

    @Test
    @WithUserDetails("mentee")
    void employeesCannotAdministerAccounts() {
        assertEveryAdminOperationIsRefused();
    }

    private void assertEveryAdminOperationIsRefused() {
        AppUser target = users.findByUsernameIgnoreCase("mentor").orElseThrow();
        long id = target.getId();
        long version = target.getVersion();
        List<Executable> operations = List.of(
                () -> accounts.findAccounts(AccountFilter.ALL, PageRequest.of(0, 10)),
                () -> accounts.findAccount(id),
                () -> accounts.findEmployeesWithoutAccount("", PageRequest.of(0, 10)),
                () -> accounts.suggestUsername(1),
                () -> accounts.createAccountFor(1, "sneaky", Set.of(Role.ADMIN)),
                () -> accounts.changeRoles(id, version, Set.of(Role.ADMIN)),
                () -> accounts.deactivate(id, version),
                () -> accounts.reactivate(id, version),
                () -> accounts.lock(id, version),
                () -> accounts.unlock(id, version),
                () -> accounts.resetPassword(id, version));
        for (Executable operation : operations) {
            assertThatThrownBy(operation::execute).isInstanceOf(AuthorizationDeniedException.class);
        }
        AppUser after = users.findById(id).orElseThrow();
        assertThat(after.getVersion()).isEqualTo(version);
        assertThat(after.getRoles()).containsExactly(Role.EMPLOYEE);
    }

    /** The demo "admin", made the only active administrator inside this test's transaction (rolled back after). */
    private AppUser onlyActiveAdmin() {
        jdbc.update("update app_user set enabled = false where username <> 'admin'"
                + " and id in (select user_id from user_role where role = 'ADMIN')");
        return users.findByUsernameIgnoreCase("admin").orElseThrow();
    }

    private AppUser fixture(Role role) {
        AppUser user = Fixtures.newUser(null);
        user.setPasswordHash(passwordEncoder.encode(PASSWORD));
        user.getRoles().add(role);
        return users.saveAndFlush(user);
    }

    private Authentication signIn(String username, String password) throws Exception {
        return authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
