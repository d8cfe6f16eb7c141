package com.upward.directory.ui;

import com.upward.directory.DirectoryService;
import com.upward.directory.internal.EmployeeRules;
import com.upward.directory.EmployeeSummary;
import com.upward.testsupport.DomEventTester;
import com.vaadin.flow.component.combobox.ComboBox;
import com.upward.testsupport.PagedTableTester;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory's table, its filters and the edit dialog, as HR, against the demo directory. */
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
    PagedTableTester<EmployeeSummary> table;

    @BeforeEach
    void openAsHr() {
        var user = accounts.loadUserByUsername("hr");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        view = navigate(EmployeesView.class);
        table = new PagedTableTester<>(view.table);
    }

    @Test
    void filtersNarrowTheTable() {
        long all = count("select count(*) from employee");
        assertThat(rows()).hasSize((int) all);

        pick(view.department, "Engineering");
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
        view.status.setValue(EmployeesView.Status.INACTIVE);
        assertThat(rows()).hasSize((int) count("select count(*) from employee where active = false"))
                .allSatisfy(e -> assertThat(e.active()).isFalse());
    }

    @Test
    void skillAndNameFilters() {
        String skill = jdbc.queryForObject("select min(skill) from employee_skill", String.class);
        pick(view.skill, skill);
        assertThat(rows()).hasSize((int) count("select count(distinct employee_id) from employee_skill where skill = '"
                + skill + "'"));

        view.clearFilters();
        test(view.search).setValue("Ødegård");
        assertThat(rows()).extracting(EmployeeSummary::fullName).containsExactly("Zoë Ødegård");
    }

    @Test
    void aValueTheListDoesNotHoldFiltersNothing() {
        pick(view.department, "No such department");
        assertThat(view.department.getValue()).isNull();
        assertThat(view.table.total()).isEqualTo(count("select count(*) from employee"));
    }

    @Test
    void everyColumnSortsAndASecondClickReversesTheOrder() {
        for (String key : List.of("employeeNumber", "name", "email", "department", "jobTitle", "jobLevel", "location",
                "status")) {
            table.clickHeader(key);
            assertThat(view.table.sortKey()).as(key).isEqualTo(key);
            assertThat(view.table.isDescending()).as(key).isFalse();
        }
        table.clickHeader("jobLevel");
        table.clickHeader("jobLevel");
        assertThat(view.table.isDescending()).isTrue();
        List<Integer> levels = table.shownRows().stream().map(EmployeeSummary::jobLevel).toList();
        assertThat(levels).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(levels.getFirst()).isEqualTo(10);

        table.clickHeader("name");
        List<String> names = table.allRows().stream().map(e -> e.lastName() + " " + e.firstName()).toList();
        assertThat(names).hasSize((int) count("select count(*) from employee")).doesNotHaveDuplicates();
    }

    @Test
    void thePagerStaysWithinTheListAndIgnoresWhatItDoesNotKnow() {
        long all = count("select count(*) from employee");
        long lastPage = (all - 1) / 25;
        table.goToPage(999);
        assertThat(view.table.pageNumber()).isEqualTo(lastPage);
        assertThat(table.shownRows()).hasSize((int) (all - lastPage * 25));
        table.goToPage(-3);
        assertThat(view.table.pageNumber()).isZero();
        table.act("page", "not a number");
        table.act("drop", "everything");
        table.clickHeader("no such column");
        table.actWithoutDetail(); // no detail at all
        assertThat(view.table.pageNumber()).isZero();
        assertThat(view.table.sortKey()).isEqualTo("name");
        assertThat($(EmployeeDialog.class).all()).isEmpty();
    }

    @Test
    void aRowThatIsNoLongerOnThePageDoesNotOpenAndTheUserIsTold() {
        table.goToPage(1);
        long notShown = table.shownRows().getFirst().id();
        table.goToPage(0);
        table.open(notShown);
        assertThat($(EmployeeDialog.class).all()).isEmpty();
        assertThat($(Notification.class).all()).anySatisfy(n -> assertThat(n.getElement().getTextRecursively())
                .contains("The list changed since it was shown"));
    }

    @Test
    void theFormShowsValidationBesideTheField() {
        openFirstRow();
        EmployeeDialog dialog = $(EmployeeDialog.class).single();
        String emailBefore = dialog.email.getValue();

        test(dialog.email).setValue("not-an-email");
        dialog.jobLevel.setValue(11);
        test(dialog.firstName).setValue("");
        test(dialog.save).click();

        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo(EmployeeRules.BAD_EMAIL.english());
        assertThat(dialog.jobLevel.isInvalid()).isTrue();
        assertThat(dialog.jobLevel.getErrorMessage()).isEqualTo(EmployeeRules.BAD_LEVEL.english());
        assertThat(dialog.firstName.getErrorMessage()).isEqualTo(EmployeeRules.REQUIRED.english());
        assertThat(dialog.isOpened()).isTrue();
        assertThat(count("select count(*) from employee where email = '" + emailBefore + "'")).isOne();
    }

    @Test
    void aManagerWhoReportsToTheEmployeeIsRefusedBesideTheField() {
        test(view.search).setValue("E10001"); // the CEO
        openFirstRow();
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
        openFirstRow();
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
        openFirstRow();
        EmployeeDialog fresh = $(EmployeeDialog.class).last();
        test(fresh.jobTitle).setValue("Saved title");
        test(fresh.save).click();
        assertThat(fresh.isOpened()).isFalse();
        assertThat(rows().getFirst().jobTitle()).isEqualTo("Saved title");
    }

    @Test
    void inGermanTheDirectoryCountsAndChecksInGerman() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(EmployeeImportView.class); // away and back: a new directory, built in German
        view = navigate(EmployeesView.class);
        table = new PagedTableTester<>(view.table);

        long all = count("select count(*) from employee");
        assertThat(view.count.getText()).isEqualTo(String.format(Locale.GERMAN, "%,d Mitarbeitende", all));
        assertThat(view.minLevel.getLabel()).isEqualTo("Stufe ab");
        assertThat(test(view.status).getSuggestions()).containsExactly("Alle", "Aktiv", "Inaktiv");
        test(view.search).setValue("E10001");
        assertThat(view.count.getText()).isEqualTo("1 Person");
        view.minLevel.setValue(11);
        assertThat(view.minLevel.getErrorMessage()).isEqualTo("Von 1 bis 10.");

        view.minLevel.clear();
        openFirstRow();
        EmployeeDialog dialog = $(EmployeeDialog.class).single();
        assertThat(dialog.getHeaderTitle()).endsWith(" bearbeiten");
        assertThat(dialog.firstName.getLabel()).isEqualTo("Vorname");
        test(dialog.email).setValue("not-an-email");
        test(dialog.save).click();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Keine gültige E-Mail-Adresse.");
    }

    private List<EmployeeSummary> rows() {
        return table.allRows();
    }

    private void openFirstRow() {
        table.open(table.shownRows().getFirst().id());
    }

    /** A choice as the browser sends it; a value that is not one of the list's is sent as the browser would. */
    private void pick(ComboBox<String> box, String value) {
        if (test(box).getSuggestionItems().contains(value)) {
            test(box).selectItem(value);
        } else {
            new DomEventTester(box).setProperty("value", value);
        }
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
