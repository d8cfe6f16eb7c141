package com.upward.security;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

@Service
public class UserAccountService {

    private final AppUserRepository users;

    UserAccountService(AppUserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public Page<AccountSummary> findAccounts(Pageable pageable) {
        Page<AppUserRepository.AccountRow> rows = users.findAccountRows(pageable);
        Map<Long, Set<Role>> roles = new HashMap<>();
        if (!rows.isEmpty()) {
            for (Object[] idAndRole : users.findRoles(rows.map(AppUserRepository.AccountRow::getId).toList())) {
                roles.computeIfAbsent((Long) idAndRole[0], id -> EnumSet.noneOf(Role.class)).add((Role) idAndRole[1]);
            }
        }
        return rows.map(row -> new AccountSummary(row.getId(), row.getUsername(), row.getDisplayName(),
                row.getEmail(), roles.getOrDefault(row.getId(), Set.of()), row.isEnabled(), row.isLocked(),
                row.getLastLoginAt()));
    }
}
