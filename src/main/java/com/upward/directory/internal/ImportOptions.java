package com.upward.directory.internal;

/**
 * {@code deactivateMissing}: the file is the full directory, so active employees missing from it are deactivated
 * (never deleted). {@code createAccounts}: new employees get an EMPLOYEE account with a one-time password (ADMIN only).
 */
public record ImportOptions(boolean deactivateMissing, boolean createAccounts) {

    public static final ImportOptions NONE = new ImportOptions(false, false);
}
