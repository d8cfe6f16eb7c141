package com.upward.audit;

/** Kept in sync with the CHECK constraint ck_audit_action in V1__domain_schema.sql. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, READ, REPORT, LOGIN, EXPORT
}
