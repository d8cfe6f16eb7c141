package com.upward.security.internal;

import com.upward.security.UserPrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Records when each account last signed in successfully (shown to administrators and on the profile). */
@Component
class SignInRecorder {

    private final AppUserRepository users;
    private final Clock clock;

    SignInRecorder(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSignIn(AuthenticationSuccessEvent event) {
        switch (event.getAuthentication().getPrincipal()) {
            case UserPrincipal principal -> users.recordSignIn(principal.userId(), clock.instant());
            case SsoUser sso -> users.recordSignIn(sso.principal().userId(), clock.instant());
            case null, default -> { }
        }
    }
}
