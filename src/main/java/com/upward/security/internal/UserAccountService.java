package com.upward.security.internal;

import com.upward.directory.IssuedCredential;

import com.upward.base.Role;

import com.upward.base.BusinessRuleException;
import com.upward.base.i18n.Text;
import com.upward.base.SqlPages;
import com.upward.directory.DirectoryService;
import com.upward.directory.EmployeeAccounts;
import com.upward.directory.Employee;
import com.upward.security.AppUser;
import com.upward.security.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Accounts, for administrators: create (with a one-time password), roles, lock, deactivate, reset password.
 * Accounts are never deleted: a deactivated one keeps its history. At least one active administrator always remains.
 */
@Service
public class UserAccountService implements EmployeeAccounts {

    /** Room for a number after a suggested username that is taken: "anna.berg" … "anna.berg12", at most 100. */
    private static final int USERNAME_BASE_MAX = 90;

    private static final String ADMIN_ONLY = "hasRole('" + Role.Names.ADMIN + "')";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final DirectoryService directory;
    private final CurrentUser currentUser;

    UserAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, DirectoryService directory,
                       CurrentUser currentUser) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    /**
     * Gives each listed employee without an account an EMPLOYEE account with a one-time password
     * (username from the email's local part). Used by the directory import; employees who have one are skipped.
     */
    @Override
    @Transactional
    @PreAuthorize(ADMIN_ONLY)
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

    /** The username an account for this employee gets unless the administrator types another: from the email. */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_ONLY)
    public String suggestUsername(long employeeId) {
        return freeUsername(directory.referenceTo(employeeId).getEmail());
    }

    private String freeUsername(String email) {
        String base = Normalizer.normalize(email.substring(0, email.indexOf('@')), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        if (base.length() > USERNAME_BASE_MAX) {
            base = base.substring(0, USERNAME_BASE_MAX); // an address may be 254 long, a username 100 (found by fuzzing)
        }
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
    @PreAuthorize(ADMIN_ONLY)
    public long createAccount(NewAccount request) {
        return create(request).getId();
    }

    /**
     * Creates an account for an employee (their email and name) with a one-time password, shown once to the
     * administrator and never stored; the person must choose their own at first sign-in.
     */
    @Transactional
    @PreAuthorize(ADMIN_ONLY)
    public IssuedCredential createAccountFor(long employeeId, String username, Set<Role> roles) {
        Employee employee = directory.referenceTo(employeeId);
        if (users.existsByEmployeeId(employeeId)) {
            throw new BusinessRuleException("employee", "security.rule.has-account", employee.getFullName());
        }
        if (!employee.isActive()) {
            throw new BusinessRuleException("employee", "security.rule.employee-inactive", employee.getFullName());
        }
        String password = OneTimePasswords.next();
        AppUser user = create(new NewAccount(username, employee.getEmail(), employee.getFullName(), password,
                employeeId, roles));
        return new IssuedCredential(user.getId(), user.getUsername(), user.getDisplayName(), password);
    }

    private AppUser create(NewAccount request) {
        String username = request.username() == null ? "" : request.username().strip().toLowerCase(Locale.ROOT);
        String email = request.email() == null ? "" : request.email().strip();
        if (!username.matches("[a-z0-9._-]{3,100}")) {
            throw new BusinessRuleException("username", "security.rule.username-form");
        }
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            throw new BusinessRuleException("email", "security.rule.email-invalid");
        }
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new BusinessRuleException("username", "security.rule.username-taken", username);
        }
        if (users.existsByEmailIgnoreCase(email)) {
            throw new BusinessRuleException("email", "security.rule.email-taken", email);
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            throw new BusinessRuleException("roles", "security.rule.role-missing");
        }
        var user = new AppUser(username, email, request.displayName().strip(),
                passwordEncoder.encode(request.initialPassword()));
        user.getRoles().addAll(request.roles());
        user.setMustChangePassword(true);
        if (request.employeeId() != null) {
            user.setEmployee(directory.referenceTo(request.employeeId()));
        }
        return users.save(user);
    }

    /** One page of accounts, filtered; sortable by username, displayName, email and lastLoginAt. */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_ONLY)
    public Page<AccountSummary> findAccounts(AccountFilter filter, Pageable pageable) {
        String text = SqlPages.likeText(filter.text());
        String state = filter.state() == null ? "ANY" : filter.state().name();
        Page<AppUserRepository.AccountRow> rows = users.findAccountRows(text, filter.role(), state, pageable);
        Map<Long, Set<Role>> roles = rolesOf(rows.map(AppUserRepository.AccountRow::getId).toList());
        return rows.map(row -> summary(row, roles));
    }

    /** One account as the list shows it, freshly read (after a refusal, to continue from the current state). */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_ONLY)
    public AccountSummary findAccount(long userId) {
        var row = users.findAccountRow(userId).orElseThrow(() -> noSuchAccount(userId));
        return summary(row, rolesOf(List.of(userId)));
    }

    /** Active employees without an account whose name, email or number contains {@code filter}. */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_ONLY)
    public List<EmployeeOption> findEmployeesWithoutAccount(String filter, Pageable pageable) {
        String text = SqlPages.likeText(filter);
        return users.findEmployeesWithoutAccount(text, pageable);
    }

    @Transactional
    @PreAuthorize(ADMIN_ONLY)
    public AccountSummary changeRoles(long userId, long version, Set<Role> roles) {
        AppUser user = load(userId, version);
        if (roles == null || roles.isEmpty()) {
            throw new BusinessRuleException("roles", "security.rule.role-missing");
        }
        if (!roles.contains(Role.ADMIN)) {
            keepAnActiveAdmin(user, "roles", isMe(user) ? Text.of("security.rule.last-admin.role.me")
                    : Text.of("security.rule.last-admin.role", user.getDisplayName()));
        }
        user.getRoles().retainAll(roles);
        user.getRoles().addAll(roles);
        return saveEndingSessions(user);
    }

    /** The person can no longer sign in; nothing they did is removed, and {@link #reactivate} undoes it. */
    @Transactional
    @PreAuthorize(ADMIN_ONLY)
    public AccountSummary deactivate(long userId, long version) {
        AppUser user = load(userId, version);
        keepAnActiveAdmin(user, null, isMe(user) ? Text.of("security.rule.last-admin.deactivate.me")
                : Text.of("security.rule.last-admin.deactivate", user.getDisplayName()));
        user.setEnabled(false);
        return saveEndingSessions(user);
    }

    @Transactional
    @PreAuthorize(ADMIN_ONLY)
    public AccountSummary reactivate(long userId, long version) {
        AppUser user = load(userId, version);
        user.setEnabled(true);
        return save(user);
    }

    /** Blocks sign-in for now (e.g. a suspected leak) without deactivating the account. */
    @Transactional
    @PreAuthorize(ADMIN_ONLY)
    public AccountSummary lock(long userId, long version) {
        AppUser user = load(userId, version);
        keepAnActiveAdmin(user, null, isMe(user) ? Text.of("security.rule.last-admin.lock.me")
                : Text.of("security.rule.last-admin.lock", user.getDisplayName()));
        user.setLocked(true);
        return saveEndingSessions(user);
    }

    @Transactional
    @PreAuthorize(ADMIN_ONLY)
    public AccountSummary unlock(long userId, long version) {
        AppUser user = load(userId, version);
        user.setLocked(false);
        return save(user);
    }

    /** Replaces the password with a one-time one; the old one stops working and the next sign-in must change it. */
    @Transactional
    @PreAuthorize(ADMIN_ONLY)
    public IssuedCredential resetPassword(long userId, long version) {
        AppUser user = load(userId, version);
        String password = OneTimePasswords.next();
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setMustChangePassword(true);
        saveEndingSessions(user);
        return new IssuedCredential(user.getId(), user.getUsername(), user.getDisplayName(), password);
    }

    private AppUser load(long userId, long version) {
        AppUser user = users.findById(userId).orElseThrow(() -> noSuchAccount(userId));
        if (user.getVersion() != version) {
            throw new BusinessRuleException(null, "base.rule.changed-meanwhile");
        }
        return user;
    }

    /**
     * Saves a change after which the account's sessions must end (issue 21). An administrator who changed their own
     * account keeps this session, with the account as it is now, unless they locked or deactivated it.
     */
    private AccountSummary saveEndingSessions(AppUser user) {
        user.endSessions();
        AccountSummary saved = save(user);
        if (user.isEnabled() && !user.isLocked()) {
            currentUser.refresh(user);
        }
        return saved;
    }

    private AccountSummary save(AppUser user) {
        try {
            users.saveAndFlush(user);
        } catch (OptimisticLockingFailureException e) {
            throw new BusinessRuleException(null, "base.rule.changed-meanwhile");
        }
        return findAccount(user.getId());
    }

    /** Refuses the change when {@code user} is the only active administrator and would stop being one. */
    private void keepAnActiveAdmin(AppUser user, String field, Text refusal) {
        List<AppUser> activeAdmins = users.lockActiveAdmins();
        if (activeAdmins.size() == 1 && activeAdmins.getFirst().getId().equals(user.getId())) {
            throw new BusinessRuleException(field, refusal);
        }
    }

    private boolean isMe(AppUser user) {
        return currentUser.get().map(me -> me.userId() == user.getId()).orElse(false);
    }

    private Map<Long, Set<Role>> rolesOf(Collection<Long> ids) {
        Map<Long, Set<Role>> roles = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] idAndRole : users.findRoles(ids)) {
                roles.computeIfAbsent((Long) idAndRole[0], id -> EnumSet.noneOf(Role.class)).add((Role) idAndRole[1]);
            }
        }
        return roles;
    }

    private static AccountSummary summary(AppUserRepository.AccountRow row, Map<Long, Set<Role>> roles) {
        return new AccountSummary(row.getId(), row.getVersion(), row.getUsername(), row.getDisplayName(),
                row.getEmail(), Set.copyOf(roles.getOrDefault(row.getId(), Set.of())), row.isEnabled(),
                row.isLocked(), row.isMustChangePassword(), row.getLastLoginAt(), row.getEmployeeNumber(),
                row.getDepartment());
    }

    private static BusinessRuleException noSuchAccount(long userId) {
        return new BusinessRuleException(null, "security.rule.no-account", userId);
    }
}
