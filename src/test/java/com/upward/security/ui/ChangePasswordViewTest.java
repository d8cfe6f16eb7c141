package com.upward.security.ui;

import com.upward.security.AppUser;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.RouteConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The forced password change: nowhere else to go until it is done, and the policy's messages beside the fields. */
@ViewPackages(packages = "com.upward")
class ChangePasswordViewTest extends AccountViewTest {

    private static final String NEW_PASSWORD = "My-own-passphrase-2026";

    @ParameterizedTest(name = "/{0} leads to the password change")
    @ValueSource(strings = {"", "profile", "employees", "users", "no-such-page"})
    void anAccountThatMustChangeItsPasswordCannotOpenAnythingElse(String route) {
        AppUser user = accounts.employeeAccount(true);
        accounts.signIn(user.getUsername());

        UI.getCurrent().navigate(route);

        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("change-password");
    }

    @Test
    void thePolicyIsExplainedBesideTheFields() {
        AppUser user = accounts.employeeAccount(true);
        accounts.signIn(user.getUsername());
        navigate(ChangePasswordView.class);
        PasswordField password = field("New password");
        PasswordField confirmation = field("Confirm new password");

        test(password).setValue("too-short");
        test(button("Save and continue")).click();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Use at least 12 characters.");
        assertThat(confirmation.isInvalid()).isTrue();
        assertThat(confirmation.getErrorMessage()).isEqualTo("Enter the new password again.");

        test(password).setValue(NEW_PASSWORD);
        test(confirmation).setValue(NEW_PASSWORD + "!");
        assertThat(password.isInvalid()).isFalse();
        assertThat(confirmation.getErrorMessage()).isEqualTo("The passwords do not match.");

        test(password).setValue(user.getUsername());
        assertThat(password.getErrorMessage()).isEqualTo("Your password must not be your username.");

        // the finding of issue 21: this was accepted at the forced change
        test(password).setValue("aaaaaaaaaaaa");
        test(confirmation).setValue("aaaaaaaaaaaa");
        test(button("Save and continue")).click();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("This password is too easy to guess: runs like \"aaa\","
                + " \"abc\" or \"6543\" are easy to guess. Add another word or two; uncommon words are better.");

        // Only the service knows the current (one-time) password: its refusal lands beside the field too
        test(password).setValue(TestAccounts.PASSWORD);
        test(confirmation).setValue(TestAccounts.PASSWORD);
        test(button("Save and continue")).click();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Choose a password different from your current one.");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat(accounts.reload(user).isMustChangePassword()).isTrue();
    }

    @Test
    void aGoodPasswordLeadsHomeAndFreesTheOtherPages() {
        AppUser user = accounts.employeeAccount(true);
        accounts.signIn(user.getUsername());
        navigate(ChangePasswordView.class);

        test(field("New password")).setValue(NEW_PASSWORD);
        test(field("Confirm new password")).setValue(NEW_PASSWORD);
        test(button("Save and continue")).click();

        assertThat(getCurrentView().getClass()).isEqualTo(RouteConfiguration.forApplicationScope().getRoute("")
                .orElseThrow());
        assertThat(accounts.reload(user).isMustChangePassword()).isFalse();
        assertThat(accounts.passwordIs(user, NEW_PASSWORD)).isTrue();
        UI.getCurrent().navigate("profile");
        assertThat(getCurrentView()).isInstanceOf(ProfileView.class);
    }

    @Test
    void withoutAForcedChangeThePageSendsToTheProfile() {
        AppUser user = accounts.employeeAccount(false);
        accounts.signIn(user.getUsername());

        navigate(ChangePasswordView.class);

        assertThat($(PasswordField.class).all()).isEmpty();
        assertThat($(Anchor.class).first().getHref()).isEqualTo("profile");
    }

    private PasswordField field(String label) {
        return $(PasswordField.class).withCaption(label).single();
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }
}
