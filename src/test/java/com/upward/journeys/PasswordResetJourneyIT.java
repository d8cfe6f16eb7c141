package com.upward.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.upward.base.Role;
import com.upward.security.AppUser;
import com.upward.security.internal.AppUserRepository;
import com.upward.security.internal.PasswordResetService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who forgot their password asks for a link from the sign-in page, follows it from the email, chooses a
 * new password and signs in with it; the link does not work a second time.
 */
class PasswordResetJourneyIT extends JourneyTest {

    private static final String NEW_PASSWORD = "Kettles whistle at dawn";

    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void aForgottenPasswordIsResetFromTheSignInPage() {
        var account = new AppUser("lena.forgetful", "lena.forgetful@example.com", "Lena Forgetful",
                passwordEncoder.encode("Something-she-forgot-1"));
        account.getRoles().add(Role.EMPLOYEE);
        users.saveAndFlush(account);

        Page page = browser.newPage();
        page.navigate(url("login"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Forgot your password?")).click();
        assertThat(page).hasURL(url("forgot-password"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link")).click();
        assertThat(fieldError(page, "Enter your username or your email address.")).isVisible();
        page.getByLabel("Username or email").fill("Lena.Forgetful@example.com");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(PasswordResetService.SAME_ANSWER.english());
        BrowserSession.screenshot(page, "password-reset-requested");

        // the email's link, as the person would click it
        String email = journeyJdbc.queryForObject("select text_body from email_outbox where recipient_email = ?"
                + " and subject = 'Choose a new password'", String.class, "lena.forgetful@example.com");
        Matcher link = Pattern.compile("/(reset-password\\?token=[A-Za-z0-9_-]+)").matcher(email);
        assertThat(link.find()).isTrue();
        page.navigate(url(link.group(1)));
        assertThat(page.getByText("For the account lena.forgetful.")).isVisible();
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
        page.getByLabel("Confirm new password").fill(NEW_PASSWORD + "?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the new password")).click();
        assertThat(fieldError(page, "The passwords do not match.")).isVisible();
        page.getByLabel("Confirm new password").fill(NEW_PASSWORD);
        BrowserSession.screenshot(page, "password-reset-choose");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the new password")).click();
        assertThat(page).hasURL(url("login?password-reset"));
        assertThat(page.getByText("Your password is changed. Sign in with the new one.")).isVisible();
        BrowserSession.screenshot(page, "password-reset-done");

        signIn(page, "lena.forgetful", NEW_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome").setExact(false)))
                .isVisible();
        page.context().close();

        // the link works once
        Page again = browser.newPage();
        again.navigate(url(link.group(1)));
        assertThat(again.getByText(PasswordResetService.LINK_NOT_VALID.english())).isVisible();
        assertThat(again.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask for a new link")))
                .isVisible();
        again.context().close();
    }
}
