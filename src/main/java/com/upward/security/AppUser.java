package com.upward.security;

import com.upward.base.Role;

import com.upward.base.Texts;
import com.upward.base.VersionedEntity;
import com.upward.directory.Employee;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

@Entity
@Table(name = "app_user")
public class AppUser extends VersionedEntity {

    @Column(nullable = false, length = 100)
    private String username;
    @Column(nullable = false, length = 254)
    private String email;
    static final int DISPLAY_NAME_MAX = 200;

    @Column(nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;
    @Column(nullable = false)
    private String passwordHash;
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private Employee employee;
    private boolean enabled = true;
    private boolean locked;
    private boolean mustChangePassword;
    private Instant lastLoginAt;
    /** Created by the demo generator, with the shared demo password (V12); never set by the app itself. */
    @Column(nullable = false, updatable = false)
    private boolean demoAccount;
    /** Created by single sign-on: its password is random and unknown, so it is never offered a reset (V18). */
    @Column(nullable = false)
    private boolean ssoOnly;
    /** The language chosen on the profile ("de"); null follows the browser (V23). */
    @Column(length = 16)
    private String language;
    /** The browser's language when a page last opened, while no language is chosen ("de"; V24). */
    @Column(length = 16)
    private String browserLanguage;
    /** Raised when the account's existing sessions must end; each session signed in with one value. */
    @Column(nullable = false)
    private int sessionEpoch;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {
    }

    public AppUser(String username, String email, String displayName, String passwordHash) {
        this.username = username;
        this.email = email;
        setDisplayName(displayName);
        this.passwordHash = passwordHash;
    }

    public String getUsername() { return username; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDisplayName() { return displayName; }
    /** An employee's full name can be 201 characters (two of 100 and a space): the column holds 200. */
    public void setDisplayName(String displayName) {
        this.displayName = Texts.abbreviate(displayName, DISPLAY_NAME_MAX);
    }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public Employee getEmployee() { return employee; }
    public void setEmployee(Employee employee) { this.employee = employee; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public boolean isLocked() { return locked; }
    public void setLocked(boolean locked) { this.locked = locked; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public void setMustChangePassword(boolean mustChangePassword) { this.mustChangePassword = mustChangePassword; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getBrowserLanguage() { return browserLanguage; }
    /** The language messages to this person are written in: the chosen one, else their browser's; null: neither known. */
    public String getLanguageForMessages() { return language != null ? language : browserLanguage; }
    public void setLastLoginAt(Instant lastLoginAt) { this.lastLoginAt = lastLoginAt; }
    public Set<Role> getRoles() { return roles; }
    public boolean isDemoAccount() { return demoAccount; }
    public boolean isSsoOnly() { return ssoOnly; }
    public void setSsoOnly(boolean ssoOnly) { this.ssoOnly = ssoOnly; }
    public int getSessionEpoch() { return sessionEpoch; }
    /** Every session signed in before now ends at its next request, on every node ({@code SessionEpochFilter}). */
    public void endSessions() { sessionEpoch++; }
}
