package com.upward.security.internal;

/** What the signed-in person may do right now, checked on every navigation. */
public enum SignInStanding {
    /** Carry on. */
    OK,
    /** Signed in with a one-time password: nothing else until they have chosen their own. */
    MUST_CHANGE_PASSWORD,
    /** Deactivated or locked since signing in (or gone): the session ends. */
    BLOCKED;

    static SignInStanding of(AppUserRepository.Standing account) {
        return !account.isEnabled() || account.isLocked() ? BLOCKED
                : account.isMustChangePassword() ? MUST_CHANGE_PASSWORD : OK;
    }
}
