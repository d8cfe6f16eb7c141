package com.upward.directory;

import java.util.Collection;
import java.util.List;

/**
 * Sign-in accounts for employees the import created. The directory only asks: security, which sits above the
 * directory, implements it, so the directory never depends on security.
 */
public interface EmployeeAccounts {

    /**
     * Gives each listed employee without an account an employee account with a one-time password, and returns them;
     * employees who have an account are skipped. Administrators only.
     */
    List<IssuedCredential> createEmployeeAccounts(Collection<Long> employeeIds);
}
