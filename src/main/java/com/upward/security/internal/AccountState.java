package com.upward.security.internal;

/** Whether an account can sign in. Deactivated wins over locked: a deactivated account stays out either way. */
public enum AccountState {
    ACTIVE, LOCKED, DEACTIVATED;

    public static AccountState of(boolean enabled, boolean locked) {
        return !enabled ? DEACTIVATED : locked ? LOCKED : ACTIVE;
    }
}
