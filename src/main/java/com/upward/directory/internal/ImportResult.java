package com.upward.directory.internal;


import com.upward.directory.IssuedCredential;
import java.util.List;

/** What a confirmed import wrote. {@code accounts} holds one-time passwords: show them once, never store them. */
public record ImportResult(int created, int updated, int unchanged, int deactivated,
                           List<IssuedCredential> accounts) {
}
