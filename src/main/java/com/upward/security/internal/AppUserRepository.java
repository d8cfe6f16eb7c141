package com.upward.security.internal;

import com.upward.base.ReadModel;
import com.upward.base.Role;

import com.upward.security.AppUser;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ReadModel("Creating an account lists the directory's employees who have none")
public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByEmailIgnoreCase(String email);

    List<AppUser> findByEmailIgnoreCase(String email);

    boolean existsByEmployeeId(long employeeId);

    /** Text matches username, name or email; role and state are optional ({@code null} / {@code "ANY"}). */
    String ACCOUNT_FILTER = " where (:text = ''"
            + " or lower(u.username) like concat('%', :text, '%') escape '!'"
            + " or lower(u.displayName) like concat('%', :text, '%') escape '!'"
            + " or lower(u.email) like concat('%', :text, '%') escape '!')"
            + " and (:role is null or exists (select 1 from AppUser a join a.roles r where a.id = u.id and r = :role))"
            + " and (:state = 'ANY'"
            + " or (:state = 'ACTIVE' and u.enabled = true and u.locked = false)"
            + " or (:state = 'LOCKED' and u.enabled = true and u.locked = true)"
            + " or (:state = 'DEACTIVATED' and u.enabled = false))";

    /** Account rows without roles; {@link #findRoles} adds those in one more query per page. */
    @Query(value = "select u.id as id, u.version as version, u.username as username, u.displayName as displayName,"
            + " u.email as email, u.enabled as enabled, u.locked as locked,"
            + " u.mustChangePassword as mustChangePassword, u.lastLoginAt as lastLoginAt,"
            + " e.employeeNumber as employeeNumber, e.department as department"
            + " from AppUser u left join u.employee e" + ACCOUNT_FILTER,
            countQuery = "select count(u) from AppUser u" + ACCOUNT_FILTER)
    Page<AccountRow> findAccountRows(@Param("text") String lowerCaseText, @Param("role") Role role,
                                     @Param("state") String state, Pageable pageable);

    @Query("select u.id as id, u.version as version, u.username as username, u.displayName as displayName,"
            + " u.email as email, u.enabled as enabled, u.locked as locked,"
            + " u.mustChangePassword as mustChangePassword, u.lastLoginAt as lastLoginAt,"
            + " e.employeeNumber as employeeNumber, e.department as department"
            + " from AppUser u left join u.employee e where u.id = :id")
    Optional<AccountRow> findAccountRow(@Param("id") long id);

    @Query("select u.id, r from AppUser u join u.roles r where u.id in :ids")
    List<Object[]> findRoles(@Param("ids") Collection<Long> ids);

    /** Active employees who have no account yet, for the "create account" picker. */
    @Query("select new com.upward.security.internal.EmployeeOption(e.id, e.employeeNumber, e.firstName, e.lastName,"
            + " e.email, e.department, e.jobTitle) from Employee e"
            + " where e.active = true and not exists (select 1 from AppUser u where u.employee.id = e.id)"
            + " and (:text = '' or lower(concat(e.firstName, ' ', e.lastName)) like concat('%', :text, '%') escape '!'"
            + " or lower(e.email) like concat('%', :text, '%') escape '!'"
            + " or lower(e.employeeNumber) like concat('%', :text, '%') escape '!')"
            + " order by e.lastName, e.firstName, e.id")
    List<EmployeeOption> findEmployeesWithoutAccount(@Param("text") String lowerCaseText, Pageable pageable);

    @Query("select new com.upward.security.internal.MyProfile(u.username, u.displayName, u.email, u.lastLoginAt,"
            + " e.employeeNumber, e.department, e.jobTitle, e.location, m.firstName, m.lastName)"
            + " from AppUser u left join u.employee e left join e.manager m where u.id = :id")
    Optional<MyProfile> findProfile(@Param("id") long userId);

    /** The language the person chose on their profile; empty when they follow the browser. */
    @Query("select u.language from AppUser u where u.id = :id and u.language is not null")
    Optional<String> findLanguage(@Param("id") long userId);

    /** Remembers the browser's language; a write only when it changed. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.browserLanguage = :tag where u.id = :id"
            + " and (u.browserLanguage is null or u.browserLanguage <> :tag)")
    int rememberBrowserLanguage(@Param("id") long userId, @Param("tag") String languageTag);

    /** The zone on the account's employee record; empty for an account that belongs to no employee. */
    @Query("select e.timeZone from AppUser u join u.employee e where u.id = :id")
    Optional<String> findEmployeeTimeZone(@Param("id") long userId);

    /**
     * The active administrators, locked for update: two administrators demoting each other at the same moment
     * must not both succeed and leave none.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.enabled = true and u.locked = false"
            + " and exists (select 1 from AppUser a join a.roles r where a.id = u.id"
            + " and r = com.upward.base.Role.ADMIN)")
    List<AppUser> lockActiveAdmins();

    @Query("select u.enabled as enabled, u.locked as locked, u.mustChangePassword as mustChangePassword"
            + " from AppUser u where u.id = :id")
    Optional<Standing> findStanding(@Param("id") long userId);

    /** Read on every request of a signed-in session (SessionEpochFilter): by primary key, one column. */
    @Query("select u.sessionEpoch from AppUser u where u.id = :id")
    Optional<Integer> findSessionEpoch(@Param("id") long userId);

    /** A bulk update on purpose: signing in must not bump the version an administrator may be editing. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.lastLoginAt = :at where u.id = :id")
    int recordSignIn(@Param("id") long userId, @Param("at") Instant at);

    interface AccountRow {
        long getId();
        long getVersion();
        String getUsername();
        String getDisplayName();
        String getEmail();
        boolean isEnabled();
        boolean isLocked();
        boolean isMustChangePassword();
        Instant getLastLoginAt();
        String getEmployeeNumber();
        String getDepartment();
    }

    interface Standing {
        boolean isEnabled();
        boolean isLocked();
        boolean isMustChangePassword();
    }
}
