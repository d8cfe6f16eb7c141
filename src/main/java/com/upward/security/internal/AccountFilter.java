package com.upward.security.internal;

import com.upward.base.Role;

/** The accounts list's filter: text in username, name or email; a role; a state. Nulls mean "any". */
public record AccountFilter(String text, Role role, AccountState state) {

    public static final AccountFilter ALL = new AccountFilter(null, null, null);
}
