package com.upward.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 24: the audit log showed "passwordHash changed", field names in code and nanosecond times. */
class AuditChangesTest {

    @Test
    void fieldsReadAsWordsSecretsOnlyByNameFlagsAsYesOrNoAndMomentsToTheMinute() {
        String[] names = {"passwordHash", "mustChangePassword", "lastLoginAt", "goalType", "displayName"};
        Object[] before = {"$2a$10$old", false, Instant.parse("2026-12-07T07:20:19.123456789Z"), "LEARNING", "Ada"};
        Object[] after = {"$2a$10$new", true, Instant.parse("2026-12-07T08:05:00Z"), "LEARNING", "Ada L."};

        assertThat(AuditChanges.updated(names, before, after, null, Set.of())).isEqualTo(
                "password changed; must change password: no → yes; "
                        + "last login at: 2026-12-07 07:20 UTC → 2026-12-07 08:05 UTC; display name changed");
    }

    @Test
    void aNewRecordNamesItsSecretsWithoutTheirValues() {
        assertThat(AuditChanges.created(new String[] {"passwordHash", "enabled"}, new Object[] {"$2a$10$x", true},
                Set.of())).isEqualTo("password; enabled: yes");
    }
}
