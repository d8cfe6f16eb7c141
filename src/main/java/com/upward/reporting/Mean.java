package com.upward.reporting;

/** An average over {@code people} people; null when nobody answered. */
public record Mean(Double value, long people) {
}
