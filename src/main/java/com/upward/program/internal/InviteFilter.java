package com.upward.program.internal;

/** Who a bulk invitation reaches: active employees matching every given criterion (null = any). */
public record InviteFilter(String department, String location, Integer minLevel, Integer maxLevel) {
}
