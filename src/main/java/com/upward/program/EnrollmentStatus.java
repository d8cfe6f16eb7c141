package com.upward.program;

public enum EnrollmentStatus {
    APPLIED, ACCEPTED, WAITLISTED, DECLINED, WITHDRAWN, COMPLETED
}
