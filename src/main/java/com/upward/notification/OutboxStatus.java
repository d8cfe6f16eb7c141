package com.upward.notification;

public enum OutboxStatus {
    PENDING, SENT, FAILED
}
