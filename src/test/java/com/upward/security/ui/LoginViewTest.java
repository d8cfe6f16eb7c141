package com.upward.security.ui;

import com.upward.base.ui.Failures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login page's error says what went wrong: the credentials, or the service being down for a moment; and it says
 * when the instance holds demo accounts.
 */
@SpringBootTest
@ViewPackages(packages = "com.upward")
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void wrongCredentials() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Incorrect username or password").doesNotContain("unavailable");
    }

    @Test
    void theDatabaseIsDown() {
        UI.getCurrent().navigate("login", QueryParameters.of("unavailable", ""));
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Service temporarily unavailable", Failures.UNAVAILABLE)
                .doesNotContain("Incorrect");
    }

    /** The texts the login form shows, as sent to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    /** The test database holds the demo company; FirstStartViewsTest covers a database without it. */
    @Test
    void anInstanceWithDemoAccountsSaysSo() {
        UI.getCurrent().navigate("login");
        assertThat($(Div.class).withClassName("demo-notice").all())
                .singleElement()
                .matches(Div::isVisible, "visible")
                .extracting(notice -> notice.getElement().getTextRecursively())
                .asString()
                .contains("Demo instance", "sample data", "shared password", "do not use it for real data");
    }

    @Test
    void aSignInFromAnExpiredPageIsAskedAgain() {
        UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("This sign-in page had expired").doesNotContain("Incorrect");
    }

    @Test
    void noErrorOnAFirstVisit() {
        UI.getCurrent().navigate("login");
        assertThat($(LoginForm.class).single().isError()).isFalse();
    }
}
