package com.upward.security.internal;

import com.upward.base.ReadModel;
import com.upward.base.Role;

import com.upward.directory.Employee;
import com.upward.security.AppUser;
import com.upward.security.UserPrincipal;
import jakarta.persistence.EntityManager;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The local account of a single-sign-on user, found by email (the identity provider's {@code email} claim) or
 * created at the first sign-in and linked to the employee with that email. The provider decides the roles: they
 * are set from the mapped claim at every sign-in. Deactivated or locked accounts stay refused.
 */
@ReadModel("Single sign-on links an account to the directory's employee with the same email")
@Component
class SsoAccounts {

    /** Why a single-sign-on user is turned away; shown as a sign-in error. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final AppUserRepository users;
    private final EntityManager em;
    private final PasswordEncoder passwords;
    private final SecureRandom random = new SecureRandom();

    SsoAccounts(AppUserRepository users, EntityManager em, PasswordEncoder passwords) {
        this.users = users;
        this.em = em;
        this.passwords = passwords;
    }

    @Transactional
    UserPrincipal signIn(Map<String, Object> claims, SsoRoleMapping mapping) {
        String email = claim(claims, "email").map(e -> e.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new Refused("The identity provider sent no email address."));
        Set<Role> roles = mapping.rolesFor(claims);
        if (roles.isEmpty()) {
            throw new Refused("Your company account has no Upward role. Ask HR for access.");
        }
        Optional<Employee> employee = em.createQuery("select e from Employee e where lower(e.email) = :email",
                Employee.class).setParameter("email", email).getResultStream().findFirst();
        AppUser account = em.createQuery("select u from AppUser u where lower(u.email) = :email", AppUser.class)
                .setParameter("email", email).getResultStream().findFirst()
                .orElseGet(() -> create(claims, email, employee.orElse(null)));
        if (!account.isEnabled() || account.isLocked()) {
            throw new Refused("This account is deactivated or locked. Ask an administrator.");
        }
        Set<Role> granted = EnumSet.copyOf(roles);
        if (account.getEmployee() == null) {
            employee.ifPresent(account::setEmployee);
        }
        if (account.getEmployee() == null) {
            granted.remove(Role.EMPLOYEE); // the employee role needs a directory record
        }
        if (granted.isEmpty()) {
            throw new Refused("No employee record has your email address. Ask HR to add you to the directory.");
        }
        if (!account.getRoles().equals(granted)) {
            account.endSessions(); // the provider changed the roles: sessions with the old ones end
            account.getRoles().clear();
            account.getRoles().addAll(granted);
        }
        users.save(account);
        return UserPrincipal.of(account);
    }

    private AppUser create(Map<String, Object> claims, String email, Employee employee) {
        String username = claim(claims, "preferred_username").orElse(email);
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            username = email;
        }
        String name = claim(claims, "name").orElse(employee == null ? email
                : employee.getFirstName() + " " + employee.getLastName());
        // signs in through the provider only: a random password nobody knows
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        var account = new AppUser(username, email, name,
                passwords.encode(Base64.getEncoder().encodeToString(secret)));
        account.setEmployee(employee);
        account.setSsoOnly(true);
        return account;
    }

    private static Optional<String> claim(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        return value instanceof String text && !text.isBlank() ? Optional.of(text.strip()) : Optional.empty();
    }
}
