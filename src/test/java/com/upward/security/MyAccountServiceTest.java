package com.upward.security;

import com.upward.base.Role;

import com.upward.base.BusinessRuleException;
import com.upward.security.internal.AppUserRepository;
import com.upward.security.internal.MyAccountService;
import com.upward.security.internal.MyProfile;
import com.upward.security.internal.SignInStanding;
import com.upward.security.internal.SignInThrottle;
import com.upward.testsupport.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signed-in person's profile and password changes, always about themselves. */
@SpringBootTest
@Tag("db")
@Transactional
class MyAccountServiceTest {

    static final String PASSWORD = "Original-password-1";
    static final String NEW_PASSWORD = "A-brand-new-passphrase";

    @Autowired
    MyAccountService myAccount;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignInThrottle throttle;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @WithUserDetails("mentee")
    void theProfileShowsOwnAccountAndEmployeeRecord() {
        MyProfile profile = myAccount.myProfile();

        Map<String, Object> expected = jdbc.queryForMap("""
                select u.email, e.employee_number, e.department, e.job_title, e.location,
                       m.first_name as manager_first, m.last_name as manager_last
                from app_user u join employee e on e.id = u.employee_id left join employee m on m.id = e.manager_id
                where u.username = 'mentee'""");
        assertThat(profile.username()).isEqualTo("mentee");
        assertThat(profile.displayName()).isEqualTo("Łukasz Wiśniewski");
        assertThat(profile.email()).isEqualTo(expected.get("email"));
        assertThat(profile.roles()).containsExactly(Role.EMPLOYEE);
        assertThat(profile.linkedToEmployee()).isTrue();
        assertThat(profile.employeeNumber()).isEqualTo(expected.get("employee_number"));
        assertThat(profile.department()).isEqualTo(expected.get("department"));
        assertThat(profile.jobTitle()).isEqualTo(expected.get("job_title"));
        assertThat(profile.location()).isEqualTo(expected.get("location"));
        assertThat(profile.managerName()).isEqualTo(expected.get("manager_first") == null ? null
                : expected.get("manager_first") + " " + expected.get("manager_last"));
    }

    @Test
    @WithUserDetails("admin")
    void anAccountWithoutEmployeeRecordHasAProfileToo() {
        MyProfile profile = myAccount.myProfile();

        assertThat(profile.username()).isEqualTo("admin");
        assertThat(profile.roles()).containsExactly(Role.ADMIN);
        assertThat(profile.linkedToEmployee()).isFalse();
        assertThat(profile.managerName()).isNull();
    }

    @Test
    void aPersonChoosesTheirLanguageAndCanFollowTheBrowserAgain() {
        signedInFixture(false);
        assertThat(myAccount.myLanguage()).isEmpty();
        myAccount.chooseMyLanguage(Optional.of(Locale.GERMAN));
        assertThat(myAccount.myLanguage()).contains(Locale.GERMAN);
        assertThatThrownBy(() -> myAccount.chooseMyLanguage(Optional.of(Locale.FRENCH)))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(myAccount.myLanguage()).contains(Locale.GERMAN);
        myAccount.chooseMyLanguage(Optional.empty());
        assertThat(myAccount.myLanguage()).isEmpty();
    }

    @Test
    void theBrowsersLanguageIsRememberedForMessagesUntilThePersonChoosesOne() {
        AppUser me = signedInFixture(false);
        myAccount.rememberMyBrowserLanguage(Locale.GERMANY);
        assertThat(users.findById(me.getId()).orElseThrow().getLanguageForMessages()).isEqualTo("de");
        // a browser in a language Upward does not speak reads English, as its pages do
        myAccount.rememberMyBrowserLanguage(Locale.FRENCH);
        assertThat(users.findById(me.getId()).orElseThrow().getBrowserLanguage()).isEqualTo("en");
        myAccount.rememberMyBrowserLanguage(Locale.GERMAN);
        myAccount.chooseMyLanguage(Optional.of(Locale.ENGLISH));
        AppUser stored = users.findById(me.getId()).orElseThrow();
        assertThat(stored.getBrowserLanguage()).isEqualTo("de");
        assertThat(stored.getLanguageForMessages()).isEqualTo("en");
    }

    @Test
    void aWrongCurrentPasswordIsRefusedBesideTheField() {
        AppUser me = signedInFixture(false);

        assertThatThrownBy(() -> myAccount.changeMyPassword("not-my-password", NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("That is not your current password.")
                .extracting("field").isEqualTo(MyAccountService.CURRENT_PASSWORD);
        assertThatThrownBy(() -> myAccount.changeMyPassword("", NEW_PASSWORD, NEW_PASSWORD))
                .extracting("field").isEqualTo(MyAccountService.CURRENT_PASSWORD);
        assertThat(passwordEncoder.matches(PASSWORD, stored(me).getPasswordHash())).isTrue();
    }

    /** Issue 21: six wrong current passwords in a row got no slowdown. They are password guesses like sign-ins. */
    @Test
    void wrongCurrentPasswordsArePausedLikeSignIns() {
        AppUser me = signedInFixture(false);
        for (int i = 0; i < throttle.maxFailures(); i++) {
            String guess = "not-my-password-" + i;
            assertRefused(() -> myAccount.changeMyPassword(guess, NEW_PASSWORD, NEW_PASSWORD),
                    MyAccountService.CURRENT_PASSWORD, "That is not your current password.");
        }

        // from now on not even the right password is checked, and signing in with this username is paused too
        assertRefused(() -> myAccount.changeMyPassword(PASSWORD, NEW_PASSWORD, NEW_PASSWORD),
                MyAccountService.CURRENT_PASSWORD, "Too many wrong passwords. Wait "
                        + throttle.window().toMinutes() + " minutes and try again.");
        assertThat(throttle.isThrottled(me.getUsername(), "198.51.100.21")).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, stored(me).getPasswordHash())).isTrue();
    }

    @Test
    void theCurrentPasswordChangesTheOne() {
        AppUser me = signedInFixture(false);

        myAccount.changeMyPassword(PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        AppUser after = stored(me);
        assertThat(passwordEncoder.matches(NEW_PASSWORD, after.getPasswordHash())).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, after.getPasswordHash())).isFalse();
        assertThat(after.getPasswordHash()).startsWith("{bcrypt}");
    }

    @Test
    void theNewPasswordMustFollowThePolicy() {
        AppUser me = signedInFixture(false);

        assertRefused(() -> myAccount.changeMyPassword(PASSWORD, "too-short", "too-short"),
                MyAccountService.NEW_PASSWORD, "Use at least 12 characters.");
        assertRefused(() -> myAccount.changeMyPassword(PASSWORD, me.getUsername(), me.getUsername()),
                MyAccountService.NEW_PASSWORD, "Your password must not be your username.");
        assertRefused(() -> myAccount.changeMyPassword(PASSWORD, "password1234", "password1234"),
                MyAccountService.NEW_PASSWORD, "This password is too easy to guess: it is one of the most common"
                        + " passwords. Add another word or two; uncommon words are better.");
        assertRefused(() -> myAccount.changeMyPassword(PASSWORD, "Pat Example 2026", "Pat Example 2026"),
                MyAccountService.NEW_PASSWORD, "This password is too easy to guess."
                        + " Add another word or two; uncommon words are better.");
        assertRefused(() -> myAccount.changeMyPassword(PASSWORD, PASSWORD, PASSWORD),
                MyAccountService.NEW_PASSWORD, "Choose a password different from your current one.");
        assertRefused(() -> myAccount.changeMyPassword(PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x"),
                MyAccountService.CONFIRM_PASSWORD, "The passwords do not match.");
        assertThat(passwordEncoder.matches(PASSWORD, stored(me).getPasswordHash())).isTrue();
    }

    @Test
    void aForcedChangeClearsTheFlagAndNeedsNoCurrentPassword() {
        AppUser me = signedInFixture(true);
        assertThat(myAccount.myStanding()).isEqualTo(SignInStanding.MUST_CHANGE_PASSWORD);
        assertRefused(() -> myAccount.chooseNewPassword(PASSWORD, PASSWORD),
                MyAccountService.NEW_PASSWORD, "Choose a password different from your current one.");

        myAccount.chooseNewPassword(NEW_PASSWORD, NEW_PASSWORD);

        assertThat(myAccount.myStanding()).isEqualTo(SignInStanding.OK);
        assertThat(stored(me).isMustChangePassword()).isFalse();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, stored(me).getPasswordHash())).isTrue();
    }

    @Test
    void withoutAForcedChangeTheCurrentPasswordIsAlwaysNeeded() {
        AppUser me = signedInFixture(false);

        assertThatThrownBy(() -> myAccount.chooseNewPassword(NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageStartingWith("Your password does not need changing.");
        assertThat(passwordEncoder.matches(PASSWORD, stored(me).getPasswordHash())).isTrue();
    }

    @Test
    void aDeactivatedOrLockedAccountIsBlocked() {
        AppUser me = signedInFixture(false);
        assertThat(myAccount.myStanding()).isEqualTo(SignInStanding.OK);

        me.setLocked(true);
        users.saveAndFlush(me);
        assertThat(myAccount.myStanding()).isEqualTo(SignInStanding.BLOCKED);

        me.setLocked(false);
        me.setEnabled(false);
        users.saveAndFlush(me);
        assertThat(myAccount.myStanding()).isEqualTo(SignInStanding.BLOCKED);
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThatThrownBy(() -> myAccount.myProfile()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> myAccount.changeMyPassword(PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorGetsNothing() {
        assertThatThrownBy(() -> myAccount.myProfile()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> myAccount.chooseNewPassword(NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> myAccount.myStanding()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> myAccount.rememberMyBrowserLanguage(Locale.GERMAN))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
                                      String message) {
        assertThatThrownBy(call).isInstanceOf(BusinessRuleException.class).hasMessage(message)
                .extracting("field").isEqualTo(field);
    }

    private AppUser signedInFixture(boolean mustChangePassword) {
        // long enough that "the password is the username" is the rule it breaks, not the length
        String username = Fixtures.unique("long.username");
        AppUser user = new AppUser(username, username + "@example.test", "Pat Example", passwordEncoder.encode(PASSWORD));
        user.getRoles().add(Role.EMPLOYEE);
        user.setMustChangePassword(mustChangePassword);
        users.saveAndFlush(user);
        UserPrincipal principal = UserPrincipal.of(user);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return user;
    }

    private AppUser stored(AppUser user) {
        return users.findById(user.getId()).orElseThrow();
    }
}
