package com.upward.security.ui;

import com.upward.base.ui.Brand;
import com.upward.base.ui.Failures;
import com.upward.security.internal.DemoAccountsPresence;
import com.upward.security.internal.LoginCsrfDeniedHandler;
import com.upward.security.internal.SignInThrottle;
import com.upward.security.internal.SsoProperties;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
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

    /** The query parameter that says a password was just reset. */
    static final String PASSWORD_RESET = "password-reset";

    private final AuthenticationContext authenticationContext;
    private final SignInThrottle throttle;
    private final DemoAccountsPresence demoAccounts;
    private final LoginForm form = new LoginForm();
    private final Div formPanel = new Div(form);
    private final Div demoNotice = demoNotice();
    private final Div resetNotice = resetNotice();

    LoginView(AuthenticationContext authenticationContext, SignInThrottle throttle, SsoProperties sso,
              DemoAccountsPresence demoAccounts) {
        this.authenticationContext = authenticationContext;
        this.throttle = throttle;
        this.demoAccounts = demoAccounts;
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
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(i18n(false));
        formPanel.addClassName("login-form-panel");
        formPanel.addComponentAsFirst(demoNotice);
        formPanel.addComponentAsFirst(resetNotice);
        if (sso.enabled()) {
            // a full page load: the identity provider's sign-in is outside the Vaadin router
            var company = new Anchor(sso.loginPath(), sso.buttonLabel());
            company.getElement().setAttribute("router-ignore", true);
            company.addClassNames("sso-link", "button-link");
            formPanel.add(company);
        }

        add(story, formPanel);
    }

    private static LoginI18n i18n(boolean unavailable) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in to Upward");
        i18n.getForm().setUsername("Username");
        i18n.getForm().setSubmit("Sign in");
        i18n.getForm().setForgotPassword("Forgot your password?");
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
        boolean throttled = parameters.containsKey("throttled");
        boolean unavailable = parameters.containsKey("unavailable");
        LoginI18n i18n = i18n(unavailable);
        if (throttled) {
            // said the same way for every username, existing or not
            i18n.getErrorMessage().setTitle("Too many failed sign-in attempts");
            i18n.getErrorMessage().setMessage("Signing in is paused for " + throttle.window().toMinutes()
                    + " minutes after " + throttle.maxFailures() + " failed attempts. Wait and try again, or ask an "
                    + "administrator to reset your password.");
        }
        boolean expired = parameters.containsKey(LoginCsrfDeniedHandler.EXPIRED_PARAMETER);
        if (expired) {
            // the page outlived its session (or another site posted the form): its CSRF token no longer counts
            i18n.getErrorMessage().setTitle("This sign-in page had expired");
            i18n.getErrorMessage().setMessage("Enter your username and password again.");
        }
        if (parameters.containsKey("sso-error")) {
            i18n.getErrorMessage().setTitle("Single sign-on did not work");
            i18n.getErrorMessage().setMessage(ssoFailure());
        }
        resetNotice.setVisible(parameters.containsKey(PASSWORD_RESET));
        // not asked while the database is known to be down: the page would wait for it
        boolean demo = !unavailable && demoAccounts.demoAccountsCanSignIn();
        demoNotice.setVisible(demo);
        formPanel.setClassName("with-notice", demo);
        form.setI18n(i18n);
        form.setError(throttled || unavailable || expired || parameters.containsKey("error")
                || parameters.containsKey("sso-error"));
    }

    private static Div resetNotice() {
        var notice = new Div(new Span("Your password is changed. Sign in with the new one."));
        notice.addClassNames("demo-notice", "reset-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        return notice;
    }

    /** Demo accounts share a published password: whoever signs in here should know it is not a real instance. */
    private static Div demoNotice() {
        var notice = new Div(new Span("Demo instance: "), new Span("these accounts are sample data with a shared "
                + "password, so do not use it for real data."));
        notice.addClassName("demo-notice");
        notice.getElement().setAttribute("role", "note");
        notice.setVisible(false);
        return notice;
    }

    /** The reason Spring Security kept for the failed provider sign-in (our own wording), or a general one. */
    private static String ssoFailure() {
        var session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof OAuth2AuthenticationException e && e.getError().getDescription() != null
                ? e.getError().getDescription()
                : "Your company account could not be used to sign in. Try again, or sign in with your Upward "
                + "password.";
    }
}
