package com.upward.notification.internal;

public enum OutboxStatus {
    PENDING, SENT, FAILED
}
