package com.upward.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator gives an employee an account; the newcomer signs in with the one-time password, must choose
 * their own, changes it again on their profile; the administrator resets it and finally deactivates the account,
 * which ends the newcomer's open session.
 */
class AccountsIT extends JourneyTest {

    private static final String CHOSEN_PASSWORD = "Failing-forward-2026";
    private static final String PROFILE_PASSWORD = "Setbacks-are-data-42";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void adminCreatesAnAccountTheNewcomerSetsAPasswordAndAdminResetsIt() {
        Map<String, Object> employee = jdbc.queryForMap("""
                select e.first_name, e.last_name, e.employee_number, e.email, e.department from employee e
                where e.active = true and not exists (select 1 from app_user u where u.employee_id = e.id)
                order by e.last_name, e.first_name, e.id limit 1""");
        String firstName = (String) employee.get("first_name");
        String fullName = firstName + " " + employee.get("last_name");
        String number = (String) employee.get("employee_number");
        String email = (String) employee.get("email");

        // The administrator creates the account and copies the one-time password
        Page admin = browser.newPage();
        admin.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        signIn(admin, "admin", "upward");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("User accounts")).click();
        assertThat(admin).hasURL(url("users"));
        BrowserSession.screenshot(admin, "accounts-list");

        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        admin.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Employee")).fill(number);
        admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(fullName + " · " + number)).click();
        Locator usernameField = admin.getByLabel("Username", new Page.GetByLabelOptions().setExact(true));
        assertThat(admin.getByLabel("Email", new Page.GetByLabelOptions().setExact(true))).hasValue(email);
        String username = email.substring(0, email.indexOf('@'));
        assertThat(usernameField).hasValue(username);
        BrowserSession.screenshot(admin, "accounts-create");
        dialogButton(admin, "Create account").click();

        Locator oneTimePasswordField = admin.getByLabel("One-time password", new Page.GetByLabelOptions().setExact(true));
        assertThat(oneTimePasswordField).isVisible();
        String oneTimePassword = oneTimePasswordField.inputValue();
        assertThat(oneTimePassword).hasSize(14);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy the one-time password")).click();
        assertThat(admin.getByText("One-time password copied")).isVisible();
        assertThat((String) admin.evaluate("navigator.clipboard.readText()")).isEqualTo(oneTimePassword);
        BrowserSession.screenshot(admin, "accounts-one-time-password");
        dialogButton(admin, "Done").click();
        admin.getByLabel("Search accounts").fill(username);
        assertThat(admin.locator("vaadin-grid-cell-content").getByText("Active · must change password")).isVisible();
        signOutFromMenu(admin);

        // The newcomer signs in with it and must choose their own password first
        Page newcomer = browser.newPage();
        signIn(newcomer, username, oneTimePassword);
        assertThat(newcomer).hasURL(url("change-password"));
        assertThat(newcomer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Choose a new password")))
                .isVisible();
        newcomer.navigate(url("profile"));
        assertThat(newcomer).hasURL(url("change-password"));
        passwordField(newcomer, "New password").fill("too-short");
        passwordField(newcomer, "Confirm new password").fill("too-short");
        newcomer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
        assertThat(fieldError(newcomer, "Use at least 12 characters.")).isVisible();
        BrowserSession.screenshot(newcomer, "accounts-forced-change");
        passwordField(newcomer, "New password").fill(CHOSEN_PASSWORD);
        passwordField(newcomer, "Confirm new password").fill(CHOSEN_PASSWORD);
        newcomer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
        assertThat(newcomer).hasURL(url(""));
        assertThat(newcomer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, " + firstName)))
                .isVisible();

        // ... and changes it once more on the profile page, which asks for the current one
        openUserMenu(newcomer);
        newcomer.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("My profile")).click();
        assertThat(newcomer).hasURL(url("profile"));
        assertThat(newcomer.getByText((String) employee.get("department")).first()).isVisible();
        passwordField(newcomer, "Current password").fill("not-my-password");
        passwordField(newcomer, "New password").fill(PROFILE_PASSWORD);
        passwordField(newcomer, "Confirm new password").fill(PROFILE_PASSWORD);
        newcomer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
        assertThat(fieldError(newcomer, "That is not your current password.")).isVisible();
        BrowserSession.screenshot(newcomer, "accounts-profile-wrong-password");
        passwordField(newcomer, "Current password").fill(CHOSEN_PASSWORD);
        newcomer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
        assertThat(newcomer.getByText("Your password is changed.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        BrowserSession.screenshot(newcomer, "accounts-profile");
        signOutFromMenu(newcomer);

        // The administrator resets it: the old password stops working, the new one-time one forces a change
        signIn(admin, "admin", "upward");
        admin.navigate(url("users"));
        String resetPassword = resetPasswordOf(admin, username);
        BrowserSession.screenshot(admin, "accounts-reset");
        dialogButton(admin, "Done").click();

        signIn(newcomer, username, PROFILE_PASSWORD);
        assertThat(newcomer).hasURL(url("login?error"));
        signIn(newcomer, username, resetPassword);
        assertThat(newcomer).hasURL(url("change-password"));
        passwordField(newcomer, "New password").fill(CHOSEN_PASSWORD + "!");
        passwordField(newcomer, "Confirm new password").fill(CHOSEN_PASSWORD + "!");
        newcomer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
        assertThat(newcomer).hasURL(url(""));

        // Deactivated while signed in (from the account dialog still open after the reset): the next step leads
        // to the sign-in page, and signing in fails
        dialogButton(admin, "Deactivate").click();
        BrowserSession.screenshot(admin, "accounts-confirm-deactivate");
        confirmButton(admin, "Deactivate").click();
        // The newcomer changed their password since this dialog loaded the account: reported, then reloaded
        assertThat(admin.getByText("Someone else changed this record; reload and try again.").first()).isVisible();
        dialogButton(admin, "Deactivate").click();
        confirmButton(admin, "Deactivate").click();
        assertThat(admin.getByText("Account deactivated").first()).isVisible();
        openUserMenu(newcomer);
        newcomer.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("My profile")).click();
        assertThat(newcomer).hasURL(url("login"));
        signIn(newcomer, username, CHOSEN_PASSWORD + "!");
        assertThat(newcomer).hasURL(url("login?error"));

        admin.context().close();
        newcomer.context().close();
    }

    private String resetPasswordOf(Page admin, String username) {
        manageButton(admin, username).click();
        assertThat(dialogButton(admin, "Reset password")).isVisible();
        BrowserSession.screenshot(admin, "accounts-manage");
        dialogButton(admin, "Reset password").click();
        assertThat(admin.getByText("Their current password stops working at once.",
                new Page.GetByTextOptions().setExact(false))).isVisible();
        confirmButton(admin, "Reset password").click();
        Locator field = admin.getByLabel("One-time password", new Page.GetByLabelOptions().setExact(true));
        assertThat(field).isVisible();
        return field.inputValue();
    }

    private static Locator manageButton(Page admin, String username) {
        admin.getByLabel("Search accounts").fill(username);
        return admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Manage " + username));
    }

    /** The button inside the open dialog (a page button may carry the same name). */
    private static Locator dialogButton(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).last();
    }

    /** The confirming button of the open confirmation dialog. */
    private static Locator confirmButton(Page page, String name) {
        return page.locator("vaadin-button[slot='confirm-button']")
                .filter(new Locator.FilterOptions().setHasText(name));
    }

    private static Locator passwordField(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static void openUserMenu(Page page) {
        page.locator("vaadin-menu-bar-button").first().click();
    }

    private void signOutFromMenu(Page page) {
        openUserMenu(page);
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(url("login"));
    }

}
