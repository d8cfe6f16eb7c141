package com.upward.security.ui;

import com.upward.security.EmptyDatabaseStart;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deployment started without demo data: the plain sign-in page, and the first administrator (one-time password)
 * is sent to choose a password before anything else.
 */
@EmptyDatabaseStart
@ViewPackages(packages = "com.upward")
class FirstStartViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void noDemoNoticeWithoutDemoAccounts() {
        UI.getCurrent().navigate("login");
        assertThat($(LoginForm.class).all()).hasSize(1);
        assertThat($(Div.class).withClassName("demo-notice").all()).noneMatch(Div::isVisible);
    }

    @Test
    void theFirstAdministratorMustChooseAPasswordBeforeAnythingElse() {
        UserDetails admin = userDetails.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));

        UI.getCurrent().navigate("users");

        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }
}
