package com.upward.security.ui;

import com.upward.base.ui.ServerErrorView;
import com.upward.security.CurrentUser;
import com.upward.security.internal.MyAccountService;
import com.upward.security.internal.SignInStanding;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * Server-side check before every navigation of a signed-in person. An account that must change its password
 * is sent to {@link ChangePasswordView} whatever it asks for, and an account deactivated or locked since it signed
 * in is signed out (its session does not outlive the administrator's decision). The server error page is let
 * through: the check reads the database, and that page may be showing that the database is down.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final MyAccountService myAccount;
    private final AuthenticationContext authenticationContext;

    PasswordChangeGuard(CurrentUser currentUser, MyAccountService myAccount,
                        AuthenticationContext authenticationContext) {
        this.currentUser = currentUser;
        this.myAccount = myAccount;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class || target == ServerErrorView.class || currentUser.get().isEmpty()) {
            return;
        }
        SignInStanding standing = myAccount.myStanding();
        if (standing == SignInStanding.BLOCKED) {
            authenticationContext.logout();
            event.forwardTo(LoginView.class);
        } else if (standing == SignInStanding.MUST_CHANGE_PASSWORD && target != ChangePasswordView.class) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
