package com.upward.program.internal;

import com.upward.base.Role;

/** Who may call the program feature's services (method-security expressions). */
public final class Access {

    /** HR coordinators run programs, cohorts and enrollment; administrators may step in. */
    public static final String HR = "hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')";
    /** Employees apply for themselves; the service takes the employee from the signed-in user. */
    static final String EMPLOYEE = "hasRole('" + Role.Names.EMPLOYEE + "')";

    private Access() {
    }
}
