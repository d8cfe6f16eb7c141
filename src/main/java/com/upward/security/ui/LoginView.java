package com.upward.security.ui;

import com.upward.base.ui.Brand;
import com.upward.base.ui.Failures;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Upward")
@AnonymousAllowed
public class LoginView extends HorizontalLayout implements BeforeEnterObserver {

    private final AuthenticationContext authenticationContext;
    private final LoginForm form = new LoginForm();

    LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        var story = new Div(Brand.logo(),
                new H1("Grow by failing forward"),
                new Paragraph("Set learning goals, meet your mentor, and turn setbacks into lessons. "
                        + "Upward keeps mentoring programs moving and shows that they work."));
        story.addClassName("login-story");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(false));
        var formPanel = new Div(form);
        formPanel.addClassName("login-form-panel");

        add(story, formPanel);
    }

    private static LoginI18n i18n(boolean unavailable) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in to Upward");
        i18n.getForm().setUsername("Username");
        i18n.getForm().setSubmit("Sign in");
        if (unavailable) {
            // the database could not be asked: not the person's mistake, so not "incorrect"
            i18n.getErrorMessage().setTitle("Service temporarily unavailable");
            i18n.getErrorMessage().setMessage(Failures.UNAVAILABLE);
        } else {
            // The same words whether the account exists or not: nothing to learn from a failed attempt.
            i18n.getErrorMessage().setTitle("Incorrect username or password");
            i18n.getErrorMessage().setMessage("Check that you entered them correctly and try again.");
        }
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean unavailable = parameters.containsKey("unavailable");
        if (unavailable) {
            form.setI18n(i18n(true));
        }
        form.setError(unavailable || parameters.containsKey("error"));
    }
}
