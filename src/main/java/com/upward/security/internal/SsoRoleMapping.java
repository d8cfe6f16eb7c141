package com.upward.security.internal;

import com.upward.base.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which Upward roles a single-sign-on user gets: the values of one configurable claim (for example {@code groups}
 * or {@code roles}, a list or a comma- or space-separated string) matched, ignoring case, against the groups
 * configured per role. Nothing matched means no roles, and such a user is refused.
 */
public record SsoRoleMapping(String claim, Map<Role, List<String>> groups) {

    public Set<Role> rolesFor(Map<String, Object> claims) {
        Set<String> values = values(claims.get(claim));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach((role, names) -> {
            if (names.stream().map(SsoRoleMapping::normal).anyMatch(values::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    private static Set<String> values(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(v -> values.add(normal(String.valueOf(v))));
        } else if (claim instanceof String text) {
            for (String part : text.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    values.add(normal(part));
                }
            }
        }
        return values;
    }

    private static String normal(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
