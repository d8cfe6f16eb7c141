package com.upward.security.ui;

import com.upward.directory.Employee;
import com.upward.security.AppUser;
import com.upward.base.Role;
import com.upward.security.internal.UserAccountService;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The accounts screen as an administrator: filter, create for an employee, change roles and access. */
@ViewPackages(packages = "com.upward")
class UsersViewTest extends AccountViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private UsersView view;

    @BeforeEach
    void signInAsAdmin() {
        accounts.signIn("admin");
        view = navigate(UsersView.class);
    }

    @Test
    void filtersByTextRoleAndState() {
        AppUser user = accounts.employeeAccount(false);
        AppUser stored = accounts.reload(user);
        stored.setEnabled(false);
        users.saveAndFlush(stored);

        test(view.search).setValue(user.getUsername().toUpperCase());
        assertThat(usernames()).containsExactly(user.getUsername());
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("Employee");

        test(view.stateFilter).selectItem("Deactivated");
        assertThat(usernames()).containsExactly(user.getUsername());
        test(view.stateFilter).selectItem("Active");
        assertThat(usernames()).isEmpty();

        test(view.search).clear();
        test(view.roleFilter).selectItem("Administrator");
        assertThat(usernames()).contains("admin").doesNotContain("hr", "mentee");
    }

    @Test
    void createsAnAccountForAnEmployeeAndShowsTheOneTimePasswordOnce() {
        Employee employee = accounts.employeeWithoutAccount();

        test(view.create).click();
        CreateAccountDialog dialog = $(CreateAccountDialog.class).single();
        test(dialog.employee).setFilter(employee.getEmployeeNumber().toLowerCase());
        test(dialog.employee).selectItem(employee.getFullName() + " · " + employee.getEmployeeNumber());
        String suggested = employee.getEmail().substring(0, employee.getEmail().indexOf('@'));
        assertThat(dialog.email.getValue()).isEqualTo(employee.getEmail());
        assertThat(dialog.username.getValue()).isEqualTo(suggested);
        test(dialog.roles).selectItem("HR coordinator");
        test(dialog.createButton).click();

        assertThat(dialog.isOpened()).isFalse();
        OneTimePasswordDialog shown = $(OneTimePasswordDialog.class).single();
        String oneTimePassword = shown.password.getValue();
        assertThat(oneTimePassword).hasSize(14);
        AppUser created = accounts.byUsername(suggested);
        assertThat(created.getRoles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR);
        assertThat(created.isMustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches(oneTimePassword, created.getPasswordHash())).isTrue();
        test(view.search).setValue(suggested);
        assertThat(usernames()).containsExactly(suggested);
    }

    @Test
    void refusalsAreShownBesideTheFields() {
        Employee employee = accounts.employeeWithoutAccount();
        test(view.create).click();
        CreateAccountDialog dialog = $(CreateAccountDialog.class).single();

        test(dialog.createButton).click();
        assertThat(dialog.employee.isInvalid()).isTrue();
        assertThat(dialog.employee.getErrorMessage()).isEqualTo("Choose the employee this account is for.");

        test(dialog.employee).setFilter(employee.getEmployeeNumber());
        test(dialog.employee).selectItem(employee.getFullName() + " · " + employee.getEmployeeNumber());
        test(dialog.username).setValue("admin");
        test(dialog.createButton).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("The username \"admin\" is already taken.");
        assertThat(users.existsByEmployeeId(employee.getId())).isFalse();
    }

    @Test
    void changesRolesLocksDeactivatesAndResetsWithConfirmation() {
        AppUser user = accounts.employeeAccount(false);
        ManageAccountDialog dialog = manage(user.getUsername());

        test(dialog.roles).selectItem("Executive");
        test(dialog.saveRoles).click();
        assertThat(accounts.reload(user).getRoles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.EXECUTIVE);
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("Executive, Employee");

        test(dialog.lock).click();
        assertThat(accounts.reload(user).isLocked()).isTrue();
        assertThat(dialog.lock.getText()).isEqualTo("Unlock");
        test(dialog.lock).click();
        assertThat(accounts.reload(user).isLocked()).isFalse();

        test(dialog.activation).click();
        ConfirmDialog confirmDeactivate = $(ConfirmDialog.class).last();
        assertThat(test(confirmDeactivate).getHeader()).isEqualTo("Deactivate " + user.getDisplayName() + "?");
        assertThat(accounts.reload(user).isEnabled()).as("nothing happens before confirming").isTrue();
        test(confirmDeactivate).confirm();
        assertThat(accounts.reload(user).isEnabled()).isFalse();
        assertThat(dialog.activation.getText()).isEqualTo("Reactivate");
        assertThat(users.existsById(user.getId())).isTrue();

        test(dialog.resetPassword).click();
        test($(ConfirmDialog.class).last()).confirm();
        String oneTimePassword = $(OneTimePasswordDialog.class).last().password.getValue();
        AppUser reset = accounts.reload(user);
        assertThat(reset.isMustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches(oneTimePassword, reset.getPasswordHash())).isTrue();
        assertThat(passwordEncoder.matches(TestAccounts.PASSWORD, reset.getPasswordHash())).isFalse();
    }

    @Test
    void theLastActiveAdministratorKeepsTheRoleWithAReason() {
        long activeAdmins = jdbc.queryForObject("select count(*) from app_user u join user_role r on r.user_id = u.id"
                + " where r.role = 'ADMIN' and u.enabled = true and u.locked = false", Long.class);
        assertThat(activeAdmins).as("the demo admin is the only active administrator").isEqualTo(1);
        ManageAccountDialog dialog = manage("admin");

        test(dialog.roles).deselectItem("Administrator");
        test(dialog.roles).selectItem("Employee");
        test(dialog.saveRoles).click();

        assertThat(dialog.roles.isInvalid()).isTrue();
        assertThat(dialog.roles.getErrorMessage()).startsWith("You are the last active administrator");
        assertThat(dialog.roles.getValue()).contains(Role.ADMIN);
        assertThat(accounts.byUsername("admin").getRoles()).containsExactly(Role.ADMIN);

        test(dialog.activation).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(notificationTexts()).anyMatch(text -> text.startsWith(
                "You are the last active administrator, so you cannot deactivate your own account."));
        assertThat(accounts.byUsername("admin").isEnabled()).isTrue();
    }

    @Test
    void someoneElsesChangeIsReportedAndTheDialogReloads() {
        AppUser user = accounts.employeeAccount(false);
        ManageAccountDialog dialog = manage(user.getUsername());

        AppUser meanwhile = accounts.reload(user);
        meanwhile.setLocked(true);
        users.saveAndFlush(meanwhile);
        test(dialog.lock).click();

        assertThat(notificationTexts()).contains("Someone else changed this record; reload and try again.");
        assertThat(dialog.lock.getText()).as("the dialog shows what is stored now").isEqualTo("Unlock");
        test(dialog.lock).click();
        assertThat(accounts.reload(user).isLocked()).isFalse();
    }

    private ManageAccountDialog manage(String username) {
        test(view.search).setValue(username);
        assertThat(usernames()).contains(username);
        int row = usernames().indexOf(username);
        Component manage = test(view.grid).getCellComponent(row, view.grid.getColumns().size() - 1);
        test((Button) manage).click();
        return $(ManageAccountDialog.class).last();
    }

    private java.util.List<String> usernames() {
        var grid = test(view.grid);
        return Stream.iterate(0, i -> i < grid.size(), i -> i + 1).map(i -> grid.getRow(i).username()).toList();
    }

    /** The text of every open notification, including error toasts whose text sits in child components. */
    private java.util.List<String> notificationTexts() {
        return $(Notification.class).all().stream().filter(Notification::isOpened)
                .map(n -> n.getElement().getProperty("text", "") + textOf(n)).toList();
    }

    private static String textOf(Component component) {
        String own = component instanceof HasText hasText && !(component instanceof Notification)
                ? hasText.getText() : "";
        return own + component.getChildren().map(UsersViewTest::textOf).collect(Collectors.joining());
    }
}
