package com.upward.security.internal;

import com.upward.base.Role;

import java.time.Instant;
import java.util.Set;

/** The signed-in person's own account and, when linked, their employee record (read-only here). */
public record MyProfile(String username, String displayName, String email, Instant lastLoginAt,
                        String employeeNumber, String department, String jobTitle, String location,
                        String managerFirstName, String managerLastName, Set<Role> roles) {

    /** The constructor the JPQL projection uses; roles are added from a second query. */
    public MyProfile(String username, String displayName, String email, Instant lastLoginAt, String employeeNumber,
                     String department, String jobTitle, String location, String managerFirstName,
                     String managerLastName) {
        this(username, displayName, email, lastLoginAt, employeeNumber, department, jobTitle, location,
                managerFirstName, managerLastName, Set.of());
    }

    MyProfile withRoles(Set<Role> roles) {
        return new MyProfile(username, displayName, email, lastLoginAt, employeeNumber, department, jobTitle,
                location, managerFirstName, managerLastName, Set.copyOf(roles));
    }

    public boolean linkedToEmployee() {
        return employeeNumber != null;
    }

    public String managerName() {
        return managerFirstName == null ? null : managerFirstName + " " + managerLastName;
    }
}
