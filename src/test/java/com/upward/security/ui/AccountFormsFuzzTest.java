package com.upward.security.ui;

import com.upward.directory.Employee;
import com.upward.program.ProgramTestData;
import com.upward.security.AppUser;
import com.upward.base.Role;
import com.upward.security.internal.UserAccountService;
import com.upward.testsupport.FormFuzz;
import com.upward.testsupport.HostileInput;
import com.upward.testsupport.RenderedUi;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values in the account forms (rolled back): a new password is refused by the policy or works; a username
 * is refused or stored in lower case; an employee with the longest names and address the directory allows gets an
 * account, and their hostile names show as text on their profile.
 */
@ViewPackages(packages = "com.upward")
@Transactional
@Tag("db")
class AccountFormsFuzzTest extends AccountViewTest {

    @Autowired
    UserAccountService accountService;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    final HostileInput input = new HostileInput(getClass().getSimpleName());

    @Test
    void aNewPasswordIsRefusedByThePolicyOrWorks() {
        AppUser user = accounts.employeeAccount(false);
        accounts.signIn(user.getUsername());
        String[] known = {TestAccounts.PASSWORD};
        String[] tried = {null};
        // the raw classics are mostly too short for the policy; padded, most of them pass it
        List<String> values = new ArrayList<>(HostileInput.CLASSICS.subList(0, 12));
        HostileInput.CLASSICS.stream().map(v -> v + " padded to twelve").forEach(values::add);
        // 27 characters but 81 bytes, over BCrypt's 72: refused (tried first, as BCrypt would match its first
        // 72 bytes against the next one's hash); then 24 characters of 72 bytes, at the limit
        values.add("日本語".repeat(9));
        values.add("日本語".repeat(8));
        var tally = FormFuzz.run(UI.getCurrent(), input, values, List.of("password"),
                new FormFuzz.Form() {
                    @Override
                    public void submit(String field, String value) {
                        navigate(ProfileView.class);
                        tried[0] = value;
                        test(password("Current password")).setValue(known[0]);
                        test(password("New password")).setValue(value);
                        test(password("Confirm new password")).setValue(value);
                        test($(Button.class).withText("Change password").single()).click();
                    }

                    @Override
                    public String stored(String field) {
                        if (tried[0] != null && accounts.passwordIs(user, tried[0])) {
                            known[0] = tried[0]; // a password is kept exactly as typed, never cleaned
                        }
                        return known[0];
                    }
                }, (field, value) -> value);
        assertThat(tally.stored()).isPositive();
        assertThat(tally.refused()).isPositive();
    }

    @Test
    void aUsernameIsRefusedOrStoredInLowerCase() {
        accounts.signIn("admin");
        Employee[] employee = {data.employee()};
        em.flush();
        var tally = FormFuzz.run(UI.getCurrent(), input, input.values(10, 100), List.of("username"),
                new FormFuzz.Form() {
                    @Override
                    public void submit(String field, String value) {
                        test(navigate(UsersView.class).create).click();
                        CreateAccountDialog dialog = $(CreateAccountDialog.class).single();
                        dialog.employee.setValue(accountService.findEmployeesWithoutAccount(
                                employee[0].getEmployeeNumber(), PageRequest.of(0, 1)).getFirst());
                        test(dialog.username).setValue(value);
                        test(dialog.createButton).click();
                    }

                    @Override
                    public String stored(String field) {
                        em.flush();
                        return FormFuzz.one(jdbc.queryForList("select username from app_user"
                                + " where employee_id = ?", String.class, employee[0].getId()));
                    }

                    @Override
                    public void reset() {
                        $(CreateAccountDialog.class).all().forEach(CreateAccountDialog::close);
                        $(OneTimePasswordDialog.class).all().forEach(OneTimePasswordDialog::close);
                        if (users.existsByEmployeeId(employee[0].getId())) {
                            employee[0] = data.employee();
                            em.flush();
                        }
                    }
                }, (field, value) -> FormFuzz.requiredLine(value).toLowerCase(Locale.ROOT));
        assertThat(tally.stored()).isPositive();
        assertThat(tally.refused()).isPositive();
    }

    @Test
    void theLongestNamesAndAddressGetAnAccountAndShowAsText() {
        accounts.signIn("admin");
        Employee byDialog = longest("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
        Employee byImport = longest("' OR 1=1 --", "\"; drop table employee; --");

        var issued = accountService.createAccountFor(byDialog.getId(), accountService.suggestUsername(
                byDialog.getId()), Set.of(Role.EMPLOYEE));
        accountService.createEmployeeAccounts(List.of(byImport.getId()));
        em.flush();

        for (Employee e : List.of(byDialog, byImport)) {
            AppUser user = users.findAll().stream().filter(u -> u.getEmployee() != null
                    && u.getEmployee().getId().equals(e.getId())).findFirst().orElseThrow();
            assertThat(user.getUsername()).hasSizeBetween(3, 100);
            assertThat(user.getDisplayName()).hasSizeLessThanOrEqualTo(200).startsWith(e.getFirstName());
        }
        users.findById(issued.userId()).orElseThrow().setMustChangePassword(false); // straight to the profile
        em.flush();
        accounts.signIn(issued.username());
        navigate(ProfileView.class);
        RenderedUi.assertTextOnly(UI.getCurrent());
        assertThat(RenderedUi.showsAsText(UI.getCurrent(), byDialog.getFirstName())).isTrue();
    }

    /** An employee with first and last names of 100 characters and an address of 254. */
    private Employee longest(String first, String last) {
        Employee employee = data.employee();
        employee.setFirstName((first + "x".repeat(100)).substring(0, 100));
        employee.setLastName((last + "y".repeat(100)).substring(0, 100));
        String domain = "@" + employee.getEmployeeNumber().toLowerCase(Locale.ROOT) + ".example";
        employee.setEmail("a".repeat(254 - domain.length()) + domain);
        em.flush();
        return employee;
    }

    private PasswordField password(String label) {
        return $(PasswordField.class).withCaption(label).single();
    }

    @Test
    void theAccountSearchesTakeHostileTextLiterally() {
        accounts.signIn("admin");
        UsersView view = navigate(UsersView.class);
        FormFuzz.search(UI.getCurrent(), input, input.values(10), text -> {
            test(view.search).setValue(text);
            return test(view.grid).size();
        });
        test(view.create).click();
        CreateAccountDialog dialog = $(CreateAccountDialog.class).single();
        FormFuzz.search(UI.getCurrent(), input, input.values(10), text -> {
            test(dialog.employee).setFilter(text);
            return test(dialog.employee).getSuggestions().size();
        });
    }
}
