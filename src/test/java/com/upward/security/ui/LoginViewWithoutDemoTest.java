package com.upward.security.ui;

import com.upward.security.EmptyDatabaseStart;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A deployment without demo accounts shows the plain sign-in page. */
@EmptyDatabaseStart
@ViewPackages(packages = "com.upward")
class LoginViewWithoutDemoTest extends SpringBrowserlessTest {

    @Test
    void noDemoNoticeWithoutDemoAccounts() {
        UI.getCurrent().navigate("login");
        assertThat($(LoginForm.class).all()).hasSize(1);
        assertThat($(Div.class).withClassName("demo-notice").all()).noneMatch(Div::isVisible);
    }
}
