package com.upward.security;

import com.upward.base.BusinessRuleException;
import com.upward.base.Role;
import com.upward.security.internal.AppUserRepository;
import com.upward.security.internal.MyAccountService;
import com.upward.security.internal.PasswordResetService;
import com.upward.testsupport.TestTime;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Forgot password?" against the real database, asked by someone who is not signed in. */
@SpringBootTest
@Tag("db")
@Transactional
@WithAnonymousUser
class PasswordResetServiceTest {

    static final String NEW_PASSWORD = "Lanterns over quiet harbours";
    private static final Pattern LINK = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]{43})");

    @Autowired
    PasswordResetService resets;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    AppUser account(String username) {
        var user = new AppUser(username, username + "@example.com", "Reset Tester",
                passwordEncoder.encode("An-old-password-1"));
        user.getRoles().add(Role.EMPLOYEE);
        return users.saveAndFlush(user);
    }

    List<String> emailsTo(String address) {
        em.flush();
        return jdbc.queryForList("select text_body from email_outbox where recipient_email = ? order by id",
                String.class, address);
    }

    String lastToken(String address) {
        List<String> emails = emailsTo(address);
        assertThat(emails).isNotEmpty();
        Matcher link = LINK.matcher(emails.getLast());
        assertThat(link.find()).as("a reset link in " + emails.getLast()).isTrue();
        return link.group(1);
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotAnAccountMatchesAndOnlyARealOneGetsALink() {
        AppUser user = account("reset.known");

        assertThat(resets.requestReset("nobody.here")).isEqualTo(PasswordResetService.SAME_ANSWER);
        assertThat(resets.requestReset("nobody@example.com")).isEqualTo(PasswordResetService.SAME_ANSWER);
        assertThat(resets.requestReset("Reset.Known")).isEqualTo(PasswordResetService.SAME_ANSWER);
        assertThat(resets.requestReset("RESET.KNOWN@example.com")).isEqualTo(PasswordResetService.SAME_ANSWER);

        List<String> emails = emailsTo(user.getEmail());
        assertThat(emails).hasSize(2).allSatisfy(text -> assertThat(text)
                .contains("Hello Reset Tester,", "Choose a new password", "account reset.known",
                        "The link works once, until").doesNotContain("email settings"));
        assertThat(jdbc.queryForObject("select count(*) from email_outbox where recipient_email like 'nobody%'",
                Long.class)).isZero();
        // an email only: nothing under the bell, and sent whatever the person's email settings
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ?", Long.class,
                user.getId())).isZero();
        assertThatThrownBy(() -> resets.requestReset("  ")).isInstanceOf(BusinessRuleException.class)
                .hasMessage("Enter your username or your email address.");
    }

    @Test
    void aLinkSetsTheNewPasswordOnceAndSignsOutEverywhere() {
        AppUser user = account("reset.once");
        int epoch = user.getSessionEpoch();
        resets.requestReset("reset.once");
        resets.requestReset("reset.once");
        String older = LINK.matcher(emailsTo(user.getEmail()).getFirst()).results().findFirst().orElseThrow().group(1);
        String token = lastToken(user.getEmail());
        // only a hash is stored
        assertThat(jdbc.queryForObject("select count(*) from password_reset where token_hash = ?", Long.class, token))
                .isZero();
        assertThat(resets.accountFor(token)).get().extracting(PasswordResetService.ResetAccount::username)
                .isEqualTo("reset.once");

        resets.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD);
        em.flush();
        em.clear();

        AppUser changed = users.findById(user.getId()).orElseThrow();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, changed.getPasswordHash())).isTrue();
        assertThat(changed.getSessionEpoch()).isEqualTo(epoch + 1);
        assertThat(changed.isMustChangePassword()).isFalse();
        // this link and the account's other open one are used up
        for (String used : List.of(token, older)) {
            assertThat(resets.accountFor(used)).isEmpty();
            assertThatThrownBy(() -> resets.resetPassword(used, NEW_PASSWORD + "!", NEW_PASSWORD + "!"))
                    .isInstanceOf(BusinessRuleException.class).hasMessage(PasswordResetService.LINK_NOT_VALID.english());
        }
    }

    @Test
    void aLinkExpiresAfterHalfAnHour() {
        AppUser user = account("reset.late");
        resets.requestReset("reset.late");
        String token = lastToken(user.getEmail());

        TestTime.clock().advance(Duration.ofMinutes(29));
        assertThat(resets.accountFor(token)).isPresent();
        TestTime.clock().advance(Duration.ofMinutes(2));
        assertThat(resets.accountFor(token)).isEmpty();
        assertThatThrownBy(() -> resets.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOf(BusinessRuleException.class).hasMessage(PasswordResetService.LINK_NOT_VALID.english());
        assertThat(resets.accountFor("not-a-token")).isEmpty();
        assertThat(resets.accountFor(null)).isEmpty();
    }

    @Test
    void theNewPasswordFollowsThePolicyAndAWrongOneUsesNothingUp() {
        AppUser user = account("reset.policy");
        resets.requestReset("reset.policy");
        String token = lastToken(user.getEmail());

        assertThatThrownBy(() -> resets.resetPassword(token, "too-short", "too-short"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getField()).isEqualTo(MyAccountService.NEW_PASSWORD));
        assertThatThrownBy(() -> resets.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD + "?"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getField()).isEqualTo(MyAccountService.CONFIRM_PASSWORD));
        assertThat(resets.accountFor(token)).isPresent();
    }

    @Test
    void singleSignOnOnlyDisabledAndDemoAccountsGetNoLink() {
        AppUser sso = account("reset.sso");
        sso.setSsoOnly(true);
        AppUser disabled = account("reset.disabled");
        disabled.setEnabled(false);
        users.saveAllAndFlush(List.of(sso, disabled));

        for (String who : List.of("reset.sso", "reset.disabled", "mentee", "hr")) {
            assertThat(resets.requestReset(who)).isEqualTo(PasswordResetService.SAME_ANSWER);
        }
        em.flush();
        assertThat(jdbc.queryForObject("select count(*) from password_reset", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from email_outbox where subject = 'Choose a new password'",
                Long.class)).isZero();
    }

    @Test
    void atMostThreeLinksAnHourPerAccount() {
        AppUser user = account("reset.often");
        for (int i = 0; i < 5; i++) {
            resets.requestReset("reset.often");
        }
        assertThat(emailsTo(user.getEmail())).hasSize(3);

        TestTime.clock().advance(Duration.ofMinutes(61));
        resets.requestReset("reset.often");
        assertThat(emailsTo(user.getEmail())).hasSize(4);
    }
}
