package com.upward.base;

/** Global roles. Mentor and mentee are not roles: they come from an employee's enrollments. */
public enum Role {
    ADMIN, HR, EXECUTIVE, EMPLOYEE;

    /** Names for {@code @RolesAllowed} and {@code hasRole(...)}, which must be compile-time constants. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String HR = "HR";
        public static final String EXECUTIVE = "EXECUTIVE";
        public static final String EMPLOYEE = "EMPLOYEE";

        private Names() {
        }
    }
}
