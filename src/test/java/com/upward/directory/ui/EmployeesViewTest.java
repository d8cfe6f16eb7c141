package com.upward.directory.ui;

import com.upward.directory.DirectoryService;
import com.upward.directory.EmployeeRules;
import com.upward.directory.EmployeeSummary;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory grid, its filters and the edit dialog, as HR, against the demo directory. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
class EmployeesViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DirectoryService directory;

    EmployeesView view;

    @BeforeEach
    void openAsHr() {
        var user = accounts.loadUserByUsername("hr");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        view = navigate(EmployeesView.class);
    }

    @Test
    void filtersNarrowTheGrid() {
        long all = count("select count(*) from employee");
        assertThat(rows()).hasSize((int) all);

        test(view.department).selectItem("Engineering");
        view.minLevel.setValue(6);
        List<EmployeeSummary> senior = rows();

        assertThat(senior).isNotEmpty().allSatisfy(e -> {
            assertThat(e.department()).isEqualTo("Engineering");
            assertThat(e.jobLevel()).isGreaterThanOrEqualTo(6);
        });
        assertThat(senior).hasSize((int) count(
                "select count(*) from employee where department = 'Engineering' and job_level >= 6"));
        assertThat(view.count.getText()).isEqualTo(senior.size() + " employees");

        view.clearFilters();
        view.status.setValue(EmployeesView.INACTIVE);
        assertThat(rows()).hasSize((int) count("select count(*) from employee where active = false"))
                .allSatisfy(e -> assertThat(e.active()).isFalse());
    }

    @Test
    void skillAndNameFilters() {
        String skill = jdbc.queryForObject("select min(skill) from employee_skill", String.class);
        test(view.skill).selectItem(skill);
        assertThat(rows()).hasSize((int) count("select count(distinct employee_id) from employee_skill where skill = '"
                + skill + "'"));

        view.clearFilters();
        test(view.search).setValue("Ødegård");
        assertThat(rows()).extracting(EmployeeSummary::fullName).containsExactly("Zoë Ødegård");
    }

    @Test
    void everyColumnSorts() {
        var grid = test(view.grid);
        for (String key : List.of("employeeNumber", "name", "email", "department", "jobTitle", "jobLevel", "location",
                "status")) {
            assertThat(grid.isColumnSortable(key)).as(key).isTrue();
        }
        grid.sortByColumn("jobLevel", SortDirection.DESCENDING);
        List<Integer> levels = rows().stream().map(EmployeeSummary::jobLevel).toList();
        assertThat(levels).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(levels.getFirst()).isEqualTo(10);
    }

    @Test
    void theFormShowsValidationBesideTheField() {
        test(view.grid).clickRow(0);
        EmployeeDialog dialog = $(EmployeeDialog.class).single();
        String emailBefore = dialog.email.getValue();

        test(dialog.email).setValue("not-an-email");
        dialog.jobLevel.setValue(11);
        test(dialog.firstName).setValue("");
        test(dialog.save).click();

        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo(EmployeeRules.BAD_EMAIL);
        assertThat(dialog.jobLevel.isInvalid()).isTrue();
        assertThat(dialog.jobLevel.getErrorMessage()).isEqualTo(EmployeeRules.BAD_LEVEL);
        assertThat(dialog.firstName.getErrorMessage()).isEqualTo(EmployeeRules.REQUIRED);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(count("select count(*) from employee where email = '" + emailBefore + "'")).isOne();
    }

    @Test
    void aManagerWhoReportsToTheEmployeeIsRefusedBesideTheField() {
        test(view.search).setValue("E10001"); // the CEO
        test(view.grid).clickRow(0);
        EmployeeDialog dialog = $(EmployeeDialog.class).single();
        String indirectReport = jdbc.queryForObject("select e.employee_number from employee e"
                + " join employee m on m.id = e.manager_id join employee ceo on ceo.id = m.manager_id"
                + " where ceo.employee_number = 'E10001' order by e.id limit 1", String.class);

        test(dialog.manager).selectItem(directory.findManagerCandidates(indirectReport, null,
                org.springframework.data.domain.PageRequest.of(0, 1)).getFirst().label());
        test(dialog.save).click();

        assertThat(dialog.manager.isInvalid()).isTrue();
        assertThat(dialog.manager.getErrorMessage()).isEqualTo("This person reports to the employee (directly or"
                + " through others), so they cannot be the employee's manager.");
        assertThat(count("select count(*) from employee where employee_number = 'E10001' and manager_id is null"))
                .isOne();
    }

    @Test
    @Transactional
    void savingUpdatesTheGridAndAStaleFormIsRefused() {
        test(view.search).setValue("E10007");
        test(view.grid).clickRow(0);
        EmployeeDialog stale = $(EmployeeDialog.class).single();
        var current = directory.employee(rows().getFirst().id());
        directory.saveEmployee(new com.upward.directory.EmployeeDetails(current.id(), current.version(),
                current.employeeNumber(), current.firstName(), current.lastName(), current.email(),
                current.department(), "Changed elsewhere", current.jobLevel(), current.location(),
                current.timeZone(), current.manager(), current.hireDate(), current.active(), current.skills(),
                current.interests(), current.languages()));

        test(stale.jobTitle).setValue("My change");
        test(stale.save).click();

        assertThat(stale.isOpened()).isTrue();
        assertThat($(Notification.class).all()).anySatisfy(n -> assertThat(n.getElement().getTextRecursively())
                .contains("Someone else changed this record; reload and try again."));
        assertThat(directory.employee(current.id()).jobTitle()).isEqualTo("Changed elsewhere");

        stale.close();
        test(view.grid).clickRow(0);
        EmployeeDialog fresh = $(EmployeeDialog.class).last();
        test(fresh.jobTitle).setValue("Saved title");
        test(fresh.save).click();
        assertThat(fresh.isOpened()).isFalse();
        assertThat(rows().getFirst().jobTitle()).isEqualTo("Saved title");
    }

    private List<EmployeeSummary> rows() {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
