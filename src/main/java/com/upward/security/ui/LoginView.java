package com.upward.security.ui;

import com.upward.base.ui.Brand;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import static com.upward.base.ui.Translations.tr;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends HorizontalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter that says a password was just reset. */
    static final String PASSWORD_RESET = "password-reset";
    /** The single sign-on button's wording when the deployment names none (SsoProperties' default). */
    private static final String DEFAULT_SSO_LABEL = "Sign in with your company account";

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
                new H1(tr("security.login.story.heading")),
                new Paragraph(tr("security.login.story.text")));
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
            // the default wording in the reader's language; a label the deployment chose, as it is
            var company = new Anchor(sso.loginPath(), DEFAULT_SSO_LABEL.equals(sso.buttonLabel())
                    ? tr("security.login.sso-button") : sso.buttonLabel());
            company.getElement().setAttribute("router-ignore", true);
            company.addClassNames("sso-link", "button-link");
            formPanel.add(company);
        }

        add(story, formPanel);
    }

    @Override
    public String getPageTitle() {
        return tr("security.login.page-title");
    }

    private static LoginI18n i18n(boolean unavailable) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(tr("security.login.form.title"));
        i18n.getForm().setUsername(tr("security.login.form.username"));
        i18n.getForm().setPassword(tr("security.login.form.password"));
        i18n.getForm().setSubmit(tr("security.login.form.submit"));
        i18n.getForm().setForgotPassword(tr("security.login.form.forgot-password"));
        i18n.getErrorMessage().setUsername(tr("security.login.form.username-required"));
        i18n.getErrorMessage().setPassword(tr("security.login.form.password-required"));
        if (unavailable) {
            // the database could not be asked: not the person's mistake, so not "incorrect"
            i18n.getErrorMessage().setTitle(tr("security.login.unavailable.title"));
            i18n.getErrorMessage().setMessage(tr("security.login.unavailable.message"));
        } else {
            // The same words whether the account exists or not: nothing to learn from a failed attempt.
            i18n.getErrorMessage().setTitle(tr("security.login.incorrect.title"));
            i18n.getErrorMessage().setMessage(tr("security.login.incorrect.message"));
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
            i18n.getErrorMessage().setTitle(tr("security.login.throttled.title"));
            i18n.getErrorMessage().setMessage(tr("security.login.throttled.message", throttle.window().toMinutes(),
                    throttle.maxFailures()));
        }
        boolean expired = parameters.containsKey(LoginCsrfDeniedHandler.EXPIRED_PARAMETER);
        if (expired) {
            // the page outlived its session (or another site posted the form): its CSRF token no longer counts
            i18n.getErrorMessage().setTitle(tr("security.login.expired.title"));
            i18n.getErrorMessage().setMessage(tr("security.login.expired.message"));
        }
        if (parameters.containsKey("sso-error")) {
            i18n.getErrorMessage().setTitle(tr("security.login.sso-failed.title"));
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
        var notice = new Div(new Span(tr("security.login.reset-notice")));
        notice.addClassNames("demo-notice", "reset-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        return notice;
    }

    /** Demo accounts share a published password: whoever signs in here should know it is not a real instance. */
    private static Div demoNotice() {
        var notice = new Div(new Span(tr("security.login.demo-notice.label")),
                new Span(tr("security.login.demo-notice.text")));
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
                : tr("security.login.sso-failed.message");
    }
}
