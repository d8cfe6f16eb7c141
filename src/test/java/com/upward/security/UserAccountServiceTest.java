package com.upward.security;

import com.upward.directory.IssuedCredential;

import com.upward.base.Role;

import com.upward.base.BusinessRuleException;
import com.upward.directory.Employee;
import com.upward.security.internal.AccountFilter;
import com.upward.security.internal.AccountState;
import com.upward.security.internal.AccountSummary;
import com.upward.security.internal.AppUserRepository;
import com.upward.security.internal.EmployeeOption;
import com.upward.security.internal.NewAccount;
import com.upward.security.internal.UserAccountService;
import com.upward.testsupport.Fixtures;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@Tag("db")
@Transactional
class UserAccountServiceTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    EntityManager em;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminCreatesAnAccountWithAHashedOneTimePassword() {
        long id = accounts.createAccount(account("new.person." + suffix, "new." + suffix + "@example.com"));

        AppUser saved = users.findById(id).orElseThrow();
        assertThat(saved.getUsername()).isEqualTo("new.person." + suffix);
        assertThat(saved.getRoles()).containsExactly(Role.EMPLOYEE);
        assertThat(saved.isMustChangePassword()).isTrue();
        assertThat(saved.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("Temp-pass-42");
        assertThat(passwordEncoder.matches("Temp-pass-42", saved.getPasswordHash())).isTrue();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void duplicateUsernameIsRefusedWithAMessage() {
        accounts.createAccount(account("twin." + suffix, "first." + suffix + "@example.com"));

        assertThatThrownBy(() -> accounts.createAccount(account("TWIN." + suffix, "second." + suffix + "@example.com")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("The username \"twin." + suffix + "\" is already taken.")
                .extracting("field").isEqualTo("username");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void duplicateEmailIsRefusedWithAMessage() {
        accounts.createAccount(account("one." + suffix, "shared." + suffix + "@example.com"));

        assertThatThrownBy(() -> accounts.createAccount(account("two." + suffix, "Shared." + suffix + "@example.com")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("Another account already uses Shared." + suffix + "@example.com.")
                .extracting("field").isEqualTo("email");
    }

    @Test
    @WithMockUser(roles = "HR")
    void onlyAnAdminMayCreateAccounts() {
        assertThatThrownBy(() -> accounts.createAccount(account("sneaky." + suffix, "sneaky." + suffix + "@example.com")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(users.existsByUsernameIgnoreCase("sneaky." + suffix)).isFalse();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminCreatesAnAccountForAnEmployeeWithoutOne() {
        Employee employee = persisted(Fixtures.newEmployee());
        assertThat(accounts.findEmployeesWithoutAccount(employee.getEmployeeNumber(), PageRequest.of(0, 10)))
                .extracting(EmployeeOption::id).containsExactly(employee.getId());
        String suggested = accounts.suggestUsername(employee.getId());
        assertThat(suggested).isEqualTo(employee.getEmail().substring(0, employee.getEmail().indexOf('@')));

        IssuedCredential issued = accounts.createAccountFor(employee.getId(), suggested, EnumSet.of(Role.EMPLOYEE, Role.HR));

        AppUser saved = users.findById(issued.userId()).orElseThrow();
        assertThat(saved.getUsername()).isEqualTo(suggested);
        assertThat(saved.getEmail()).isEqualTo(employee.getEmail());
        assertThat(saved.getDisplayName()).isEqualTo(employee.getFullName());
        assertThat(saved.getEmployee().getId()).isEqualTo(employee.getId());
        assertThat(saved.getRoles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR);
        assertThat(saved.isMustChangePassword()).isTrue();
        assertThat(issued.oneTimePassword()).hasSize(14);
        assertThat(passwordEncoder.matches(issued.oneTimePassword(), saved.getPasswordHash())).isTrue();
        assertThat(accounts.findEmployeesWithoutAccount(employee.getEmployeeNumber(), PageRequest.of(0, 10))).isEmpty();
        assertThatThrownBy(() -> accounts.createAccountFor(employee.getId(), "another." + suffix, Set.of(Role.EMPLOYEE)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage(employee.getFullName() + " already has an account.")
                .extracting("field").isEqualTo("employee");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAccountForAnEmployeeRefusesATakenUsernameBesideTheField() {
        Employee employee = persisted(Fixtures.newEmployee());

        assertThatThrownBy(() -> accounts.createAccountFor(employee.getId(), "Admin", Set.of(Role.EMPLOYEE)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("The username \"admin\" is already taken.")
                .extracting("field").isEqualTo("username");
        assertThatThrownBy(() -> accounts.createAccountFor(employee.getId(), "ok." + suffix, Set.of()))
                .isInstanceOf(BusinessRuleException.class).extracting("field").isEqualTo("roles");
        assertThat(users.existsByEmployeeId(employee.getId())).isFalse();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void employeesWithAccountsOrInactiveAreNotOffered() {
        Employee inactive = Fixtures.newEmployee();
        inactive.setActive(false);
        em.persist(inactive);
        em.flush();

        var offered = accounts.findEmployeesWithoutAccount("", PageRequest.of(0, 500));
        assertThat(offered).extracting(EmployeeOption::id).doesNotContain(inactive.getId());
        var linked = users.findAll().stream().filter(u -> u.getEmployee() != null)
                .map(u -> u.getEmployee().getId()).toList();
        assertThat(offered).extracting(EmployeeOption::id).doesNotContainAnyElementsOf(linked);
        assertThat(offered).isNotEmpty();
        assertThatThrownBy(() -> accounts.createAccountFor(inactive.getId(), "gone." + suffix, Set.of(Role.EMPLOYEE)))
                .isInstanceOf(BusinessRuleException.class).extracting("field").isEqualTo("employee");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void accountsAreFilteredByTextRoleAndStateAndSorted() {
        long id = accounts.createAccount(account("filter.me." + suffix, "filter." + suffix + "@example.com"));
        AccountSummary created = accounts.findAccount(id);
        accounts.lock(id, created.version());

        assertThat(find(new AccountFilter("FILTER.ME." + suffix, null, null))).extracting(AccountSummary::id)
                .containsExactly(id);
        assertThat(find(new AccountFilter("filter." + suffix + "@", Role.EMPLOYEE, AccountState.LOCKED)))
                .extracting(AccountSummary::id).containsExactly(id);
        assertThat(find(new AccountFilter("filter.me." + suffix, Role.ADMIN, null))).isEmpty();
        assertThat(find(new AccountFilter("filter.me." + suffix, null, AccountState.ACTIVE))).isEmpty();
        assertThat(find(new AccountFilter(null, Role.ADMIN, AccountState.ACTIVE))).extracting(AccountSummary::username)
                .contains("admin").allSatisfy(username -> assertThat(username).isNotEqualTo("hr"));

        for (String letter : new String[] {"b", "c", "a"}) {
            accounts.createAccount(new NewAccount("sort." + letter + "." + suffix, letter + "." + suffix + "@example.com",
                    "Sort " + suffix + " " + letter.toUpperCase(), "Temp-pass-42", null, Set.of(Role.EMPLOYEE)));
        }
        var byNameDescending = accounts.findAccounts(new AccountFilter("sort " + suffix, null, null),
                PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "displayName"))).getContent();
        assertThat(byNameDescending).extracting(AccountSummary::username)
                .containsExactly("sort.c." + suffix, "sort.b." + suffix, "sort.a." + suffix);
        AccountSummary mentee = find(new AccountFilter("mentee", null, null)).stream()
                .filter(a -> a.username().equals("mentee")).findFirst().orElseThrow();
        assertThat(mentee.employeeNumber()).isNotNull();
        assertThat(mentee.department()).isNotNull();
        assertThat(mentee.roles()).containsExactly(Role.EMPLOYEE);
    }

    private Employee persisted(Employee employee) {
        em.persist(employee);
        em.flush();
        return employee;
    }

    private java.util.List<AccountSummary> find(AccountFilter filter) {
        return accounts.findAccounts(filter, PageRequest.of(0, 50, Sort.by("username"))).getContent();
    }

    private static NewAccount account(String username, String email) {
        return new NewAccount(username, email, "New Person", "Temp-pass-42", null, Set.of(Role.EMPLOYEE));
    }
}
