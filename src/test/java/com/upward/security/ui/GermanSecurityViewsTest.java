package com.upward.security.ui;

import com.upward.base.i18n.Messages;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader whose language is German reads the sign-in page, the password pages, the profile and the accounts in it. */
@ViewPackages(packages = "com.upward")
class GermanSecurityViewsTest extends AccountViewTest {

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void theSignInPageAndItsFormSpeakGerman() {
        // the test's UI opened the sign-in page before it was German: leave it, so that a new one is built
        UI.getCurrent().navigate("forgot-password");
        UI.getCurrent().navigate("login", QueryParameters.of("throttled", ""));

        String form = String.valueOf($(LoginForm.class).single().getElement().getPropertyRaw("i18n"));
        assertThat(form).contains("Bei Upward anmelden", "Benutzername", "Passwort", "Anmelden", "Passwort vergessen?",
                "Zu viele fehlgeschlagene Anmeldeversuche",
                "Nach 5 fehlgeschlagenen Versuchen ist die Anmeldung für 15 Minuten pausiert.");
        assertThat($(Div.class).withClassName("demo-notice").first().getElement().getTextRecursively())
                .startsWith("Demo-Instanz: Die Konten sind Beispieldaten");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Anmelden | Upward");
    }

    @Test
    void theSignInPauseCountsInTheReadersPlural() {
        assertThat(Messages.shared().format(Locale.GERMAN, "security.login.throttled.message", 1, 1))
                .startsWith("Nach 1 fehlgeschlagenen Versuch ist die Anmeldung für 1 Minute pausiert.");
        assertThat(Messages.shared().format(Locale.ENGLISH, "security.login.throttled.message", 15, 5))
                .startsWith("Signing in is paused for 15 minutes after 5 failed attempts.");
    }

    @Test
    void theForgotPasswordPageSaysHowLongTheLinkWorks() {
        UI.getCurrent().navigate("forgot-password");
        ForgotPasswordView view = $(ForgotPasswordView.class).single();

        assertThat(view.getElement().getTextRecursively()).contains("Passwort zurücksetzen", "30 Minuten gültig",
                "Zurück zur Anmeldung");
        assertThat(view.usernameOrEmail.getLabel()).isEqualTo("Benutzername oder E-Mail");
        test(view.usernameOrEmail).setValue("nobody.at.all");
        test(view.send).click();
        assertThat(view.answer.getText()).startsWith("Wenn ein Konto mit diesem Benutzernamen");
        assertThat(view.send.getText()).isEqualTo("Erneut senden");
    }

    @Test
    void theProfileSpeaksGerman() {
        accounts.signIn("mentee");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(ProfileView.class);

        assertThat($(H3.class).all()).extracting(H3::getText)
                .contains("Ihre Angaben", "Aus dem Verzeichnis der Mitarbeitenden", "Passwort ändern");
        assertThat($(PasswordField.class).all()).extracting(PasswordField::getLabel)
                .containsExactly("Aktuelles Passwort", "Neues Passwort", "Neues Passwort bestätigen");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Mein Profil");
    }

    @Test
    void theAccountsScreenSpeaksGerman() {
        accounts.signIn("admin");
        UI.getCurrent().setLocale(Locale.GERMAN);
        UsersView view = navigate(UsersView.class);

        assertThat(view.grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .startsWith("Benutzername", "Name", "E-Mail", "Mitarbeitende", "Rollen", "Status", "Letzte Anmeldung");
        assertThat(view.create.getText()).isEqualTo("Konto anlegen");
        assertThat(view.search.getPlaceholder()).isEqualTo("Benutzername, Name oder E-Mail suchen");
        test(view.stateFilter).selectItem("Gesperrt");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Benutzerkonten");

        test(view.create).click();
        CreateAccountDialog dialog = $(CreateAccountDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Konto anlegen");
        test(dialog.createButton).click();
        assertThat(dialog.employee.getErrorMessage())
                .isEqualTo("Wählen Sie die mitarbeitende Person, für die dieses Konto ist.");
    }
}
