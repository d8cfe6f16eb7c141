package com.upward.security.ui;

import com.upward.base.Role;
import com.upward.security.AppUser;
import com.upward.security.internal.AppUserRepository;
import com.upward.security.internal.PasswordResetService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The two pages of a password reset, as someone who is not signed in uses them. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
@WithAnonymousUser
class PasswordResetViewsTest extends SpringBrowserlessTest {

    private static final Pattern TOKEN = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "Otters drift past the lighthouse";

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

    @Test
    void theRequestPageChecksItsFieldAndGivesTheSameAnswer() {
        UI.getCurrent().navigate("forgot-password");
        ForgotPasswordView view = $(ForgotPasswordView.class).single();

        test(view.send).click();
        assertThat(view.usernameOrEmail.isInvalid()).isTrue();
        assertThat(view.usernameOrEmail.getErrorMessage()).isEqualTo("Enter your username or your email address.");
        assertThat(view.answer.isVisible()).isFalse();

        test(view.usernameOrEmail).setValue("nobody.at.all");
        test(view.send).click();
        assertThat(view.usernameOrEmail.isInvalid()).isFalse();
        assertThat(view.answer.isVisible()).isTrue();
        assertThat(view.answer.getText()).isEqualTo(PasswordResetService.SAME_ANSWER.english());
    }

    @Test
    void enteredAgainWithANewerLinkTheViewResetsOnceAndLeadsToSignIn() {
        var account = new AppUser("rita.reset", "rita.reset@example.com", "Rita Reset",
                passwordEncoder.encode("An-old-password-1"));
        account.getRoles().add(Role.EMPLOYEE);
        users.saveAndFlush(account);
        resets.requestReset("rita.reset");
        resets.requestReset("rita.reset");
        em.flush();
        List<String> tokens = jdbc.queryForList("select text_body from email_outbox where recipient_email = ?"
                + " order by id", String.class, "rita.reset@example.com").stream().map(text -> {
                    Matcher m = TOKEN.matcher(text);
                    assertThat(m.find()).isTrue();
                    return m.group(1);
                }).toList();

        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", tokens.get(0)));
        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", tokens.get(1)));
        ResetPasswordView view = $(ResetPasswordView.class).single();
        assertThat($(Paragraph.class).all()).anySatisfy(p -> assertThat(p.getText())
                .startsWith("For the account rita.reset."));
        test(view.fields.password).setValue(NEW_PASSWORD);
        test(view.fields.confirmation).setValue(NEW_PASSWORD);
        test(view.save).click();

        assertThat($(LoginView.class).single()).isNotNull();
        em.flush();
        em.clear();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, users.findById(account.getId()).orElseThrow()
                .getPasswordHash())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from password_reset where user_id = ? and used_at is null",
                Long.class, account.getId())).isZero();
    }

    @Test
    void aLinkThatNoLongerWorksSaysHowToGetANewOne() {
        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", "not-a-real-token"));
        assertThat($(Paragraph.class).all()).anySatisfy(p -> assertThat(p.getText())
                .isEqualTo(PasswordResetService.LINK_NOT_VALID.english()));
        assertThat($(ResetPasswordView.class).single().fields).isNull();
    }
}
