package com.upward.security;

import com.upward.base.Role;

import com.upward.security.internal.SsoProperties;
import com.upward.security.internal.SsoRoleMapping;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Claim values to roles: lists and separated strings, case ignored, unknown groups give nothing. */
class SsoRoleMappingTest {

    final SsoRoleMapping mapping = new SsoRoleMapping("groups", Map.of(
            Role.ADMIN, List.of("upward-admins"),
            Role.HR, List.of("HR-Coordinators", "people-team"),
            Role.EXECUTIVE, List.of("leadership"),
            Role.EMPLOYEE, List.of("all-staff")));

    @Test
    void aListClaimMapsEveryMatchingGroup() {
        assertThat(mapping.rolesFor(Map.of("groups", List.of("all-staff", "hr-coordinators", "chess-club"))))
                .containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR);
    }

    @Test
    void aStringClaimIsSplitOnCommasAndSpacesAndCaseIsIgnored() {
        assertThat(mapping.rolesFor(Map.of("groups", "ALL-STAFF, Leadership  people-team")))
                .containsExactlyInAnyOrder(Role.EMPLOYEE, Role.EXECUTIVE, Role.HR);
    }

    @Test
    void unknownGroupsAMissingClaimOrAnotherClaimGiveNoRole() {
        assertThat(mapping.rolesFor(Map.of("groups", List.of("upward-admins-old", "")))).isEmpty();
        assertThat(mapping.rolesFor(Map.of("email", "a@b.c"))).isEmpty();
        assertThat(mapping.rolesFor(Map.of("roles", List.of("upward-admins")))).isEmpty();
        assertThat(new SsoRoleMapping("roles", mapping.groups()).rolesFor(Map.of("roles", List.of("upward-admins"))))
                .containsExactly(Role.ADMIN);
    }

    @Test
    void theDefaultsAreOffWithTheGroupsClaim() {
        var defaults = new SsoProperties(false, null, null, null, null);
        assertThat(defaults.enabled()).isFalse();
        assertThat(defaults.loginPath()).isEqualTo("/oauth2/authorization/sso");
        assertThat(defaults.mapping().claim()).isEqualTo("groups");
        assertThat(defaults.mapping().rolesFor(Map.of("groups", List.of("anything")))).isEmpty();
    }
}
