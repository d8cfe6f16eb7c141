package com.upward.security.ui;

import com.upward.security.AppUser;
import com.upward.shell.UserMenu;
import com.upward.testsupport.UserMenuTester;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile: own details read-only, and a password change that needs the current password. */
@ViewPackages(packages = "com.upward")
class ProfileViewTest extends AccountViewTest {

    private static final String NEW_PASSWORD = "Another-good-passphrase";

    @Test
    void theUserMenuLeadsToTheProfile() {
        accounts.signIn("mentee");
        UI.getCurrent().navigate("");

        new UserMenuTester($(UserMenu.class).single()).choose(UserMenu.PROFILE);

        assertThat(getCurrentView()).isInstanceOf(ProfileView.class);
    }

    @Test
    void showsOwnDetailsAndTheEmployeeRecord() {
        accounts.signIn("mentee");
        navigate(ProfileView.class);

        List<String> details = $(DescriptionList.class).all().stream()
                .map(list -> list.getElement().getTextRecursively()).toList();
        assertThat(details).hasSize(2);
        assertThat(details.get(0)).contains("Łukasz Wiśniewski", "mentee", "Employee");
        assertThat(details.get(1)).contains("Department", "Job title", "Manager", "Location");
        assertThat($(PasswordField.class).all()).hasSize(3);
    }

    @Test
    void aWrongCurrentPasswordIsShownBesideTheField() {
        AppUser user = accounts.employeeAccount(false);
        accounts.signIn(user.getUsername());
        navigate(ProfileView.class);

        changePassword("not-my-password", NEW_PASSWORD);

        assertThat(field("Current password").isInvalid()).isTrue();
        assertThat(field("Current password").getErrorMessage()).isEqualTo("That is not your current password.");
        assertThat(accounts.passwordIs(user, TestAccounts.PASSWORD)).isTrue();
    }

    @Test
    void aCommonPasswordIsRefusedBesideTheFieldWithTheReason() {
        AppUser user = accounts.employeeAccount(false);
        accounts.signIn(user.getUsername());
        navigate(ProfileView.class);

        changePassword(TestAccounts.PASSWORD, "password1234");

        assertThat(field("New password").isInvalid()).isTrue();
        assertThat(field("New password").getErrorMessage()).isEqualTo("This password is too easy to guess: it is one"
                + " of the most common passwords. Add another word or two; uncommon words are better.");
        assertThat(accounts.passwordIs(user, TestAccounts.PASSWORD)).isTrue();
    }

    @Test
    void missingAndMismatchedValuesAreShownBesideTheirFields() {
        AppUser user = accounts.employeeAccount(false);
        accounts.signIn(user.getUsername());
        navigate(ProfileView.class);

        test(changeButton()).click();
        assertThat(field("Current password").getErrorMessage()).isEqualTo("Enter your current password.");
        assertThat(field("New password").getErrorMessage()).isEqualTo("Enter a new password.");

        test(field("New password")).setValue(NEW_PASSWORD);
        test(field("Confirm new password")).setValue("something-else-entirely");
        assertThat(field("Confirm new password").isInvalid()).isTrue();
        assertThat(field("Confirm new password").getErrorMessage()).isEqualTo("The passwords do not match.");
        assertThat(accounts.passwordIs(user, TestAccounts.PASSWORD)).isTrue();
    }

    @Test
    void theRightCurrentPasswordChangesItWithAConfirmation() {
        AppUser user = accounts.employeeAccount(false);
        accounts.signIn(user.getUsername());
        navigate(ProfileView.class);

        changePassword(TestAccounts.PASSWORD, NEW_PASSWORD);

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Your password is changed. Use the new one next time you sign in.");
        assertThat(accounts.passwordIs(user, NEW_PASSWORD)).isTrue();
        assertThat(field("Current password").getValue()).isEmpty();
        assertThat(field("New password").isInvalid()).isFalse();
    }

    private void changePassword(String current, String newPassword) {
        test(field("Current password")).setValue(current);
        test(field("New password")).setValue(newPassword);
        test(field("Confirm new password")).setValue(newPassword);
        test(changeButton()).click();
    }

    private PasswordField field(String label) {
        return $(PasswordField.class).withCaption(label).single();
    }

    private Button changeButton() {
        return $(Button.class).withText("Change password").single();
    }
}
