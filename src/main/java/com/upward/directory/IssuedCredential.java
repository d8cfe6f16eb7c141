package com.upward.directory;

/** A new account's one-time password, shown once to the administrator who created it and never stored. */
public record IssuedCredential(long userId, String username, String displayName, String oneTimePassword) {
}
