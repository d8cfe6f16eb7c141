package com.upward.program.internal;

/** An HR account that can own a program. */
public record OwnerChoice(long userId, String displayName) {
}
