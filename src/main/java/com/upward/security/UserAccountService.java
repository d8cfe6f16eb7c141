package com.upward.security;

import com.upward.base.BusinessRuleException;
import com.upward.directory.DirectoryService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.upward.directory.Employee;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

@Service
public class UserAccountService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final DirectoryService directory;

    UserAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, DirectoryService directory) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.directory = directory;
    }

    /**
     * Gives each listed employee without an account an EMPLOYEE account with a one-time password
     * (username from the email's local part). Used by the directory import; employees who have one are skipped.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public List<IssuedCredential> createEmployeeAccounts(Collection<Long> employeeIds) {
        List<IssuedCredential> issued = new ArrayList<>();
        for (long employeeId : employeeIds) {
            Employee employee = directory.referenceTo(employeeId);
            if (users.existsByEmployeeId(employeeId) || users.existsByEmailIgnoreCase(employee.getEmail())) {
                continue;
            }
            String username = freeUsername(employee.getEmail());
            String password = OneTimePasswords.next();
            var user = new AppUser(username, employee.getEmail(), employee.getFullName(), passwordEncoder.encode(password));
            user.getRoles().add(Role.EMPLOYEE);
            user.setMustChangePassword(true);
            user.setEmployee(employee);
            issued.add(new IssuedCredential(users.save(user).getId(), username, employee.getFullName(), password));
        }
        return issued;
    }

    private String freeUsername(String email) {
        String base = Normalizer.normalize(email.substring(0, email.indexOf('@')), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        if (base.length() < 3) {
            base = (base + "user").substring(0, Math.max(3, base.length()));
        }
        String candidate = base;
        for (int n = 2; users.existsByUsernameIgnoreCase(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    /** Creates an account that must change its password at first sign-in. Duplicates are refused by name. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public long createAccount(NewAccount request) {
        String username = request.username() == null ? "" : request.username().strip().toLowerCase(Locale.ROOT);
        String email = request.email() == null ? "" : request.email().strip();
        if (!username.matches("[a-z0-9._-]{3,100}")) {
            throw new BusinessRuleException("username",
                    "Use 3 to 100 lower-case letters, digits, dots, dashes or underscores.");
        }
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            throw new BusinessRuleException("email", "Enter a valid email address.");
        }
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new BusinessRuleException("username", "The username \"" + username + "\" is already taken.");
        }
        if (users.existsByEmailIgnoreCase(email)) {
            throw new BusinessRuleException("email", "Another account already uses " + email + ".");
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            throw new BusinessRuleException("roles", "Choose at least one role.");
        }
        var user = new AppUser(username, email, request.displayName().strip(),
                passwordEncoder.encode(request.initialPassword()));
        user.getRoles().addAll(request.roles());
        user.setMustChangePassword(true);
        if (request.employeeId() != null) {
            user.setEmployee(directory.referenceTo(request.employeeId()));
        }
        return users.save(user).getId();
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
