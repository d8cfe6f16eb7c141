package com.upward.security;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

import java.util.Optional;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByEmailIgnoreCase(String email);

    boolean existsByEmployeeId(long employeeId);

    /** Account rows without roles; {@link #findRoles} adds those in one more query per page. */
    @Query("select u.id as id, u.username as username, u.displayName as displayName, u.email as email,"
            + " u.enabled as enabled, u.locked as locked, u.lastLoginAt as lastLoginAt from AppUser u")
    Page<AccountRow> findAccountRows(Pageable pageable);

    @Query("select u.id, r from AppUser u join u.roles r where u.id in :ids")
    List<Object[]> findRoles(Collection<Long> ids);

    interface AccountRow {
        long getId();
        String getUsername();
        String getDisplayName();
        String getEmail();
        boolean isEnabled();
        boolean isLocked();
        java.time.Instant getLastLoginAt();
    }
}
