package com.upward.directory.ui;

import com.upward.directory.DirectoryService;
import com.upward.directory.Employee;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.FormFuzz;
import com.upward.testsupport.HostileInput;
import com.upward.testsupport.TypedText;
import com.upward.testsupport.RenderedUi;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values in every text of the employee dialog, and wrong types in its level and date, as HR on a test
 * employee (rolled back): each is refused beside its field or stored cleaned, on one line.
 */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
@Tag("db")
class EmployeeDialogFuzzTest extends SpringBrowserlessTest {

    private static final String DOMAIN = "@fuzz.example";

    @Autowired
    ProgramTestData data;
    @Autowired
    DirectoryService directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    final HostileInput input = new HostileInput(getClass().getSimpleName());
    long employee;

    @BeforeEach
    void openAsHr() {
        data.signIn("hr");
        Employee e = data.employee();
        em.flush();
        employee = e.getId();
        navigate(EmployeesView.class);
    }

    private EmployeeDialog open() {
        var dialog = new EmployeeDialog(directory, employee, () -> { });
        dialog.open();
        roundTrip(); // attaches the dialog, as the response to the click that opened it would
        return dialog;
    }

    @Test
    void everyTextIsRefusedBesideItsFieldOrStoredOnOneLine() {
        var tally = FormFuzz.run(UI.getCurrent(), input, input.values(30), List.of("employee_number", "first_name",
                "last_name", "email", "department", "job_title", "location", "time_zone", "skill"),
                new FormFuzz.Form() {
                    @Override
                    public void submit(String field, String value) {
                        EmployeeDialog dialog = open();
                        switch (field) {
                            case "employee_number" -> test(dialog.employeeNumber).setValue(value);
                            case "first_name" -> test(dialog.firstName).setValue(value);
                            case "last_name" -> test(dialog.lastName).setValue(value);
                            case "email" -> test(dialog.email).setValue(value + DOMAIN);
                            case "department" -> dialog.department.setValue(value);
                            case "job_title" -> test(dialog.jobTitle).setValue(value);
                            case "location" -> dialog.location.setValue(value);
                            case "time_zone" -> dialog.timeZone.setValue(value);
                            default -> dialog.skills.setValue(Set.of(value));
                        }
                        test(dialog.save).click();
                    }

                    @Override
                    public String stored(String field) {
                        em.flush();
                        if (field.equals("skill")) {
                            List<String> skills = jdbc.queryForList("select skill from employee_skill"
                                    + " where employee_id = ?", String.class, employee);
                            return skills.isEmpty() ? null : String.join("|", skills);
                        }
                        return jdbc.queryForObject("select " + field + " from employee where id = ?", String.class,
                                employee);
                    }

                    @Override
                    public void reset() {
                        $(EmployeeDialog.class).all().forEach(EmployeeDialog::close);
                    }
                }, (field, value) -> switch (field) {
                    case "email" -> FormFuzz.requiredLine(value + DOMAIN);
                    case "skill" -> FormFuzz.optionalLine(value);
                    default -> FormFuzz.requiredLine(value);
                });
        assertThat(tally.stored()).isPositive();
        assertThat(tally.refused()).isPositive();
    }

    @Test
    void aLevelOrHireDateThatDoesNotParseIsRefusedBesideTheField() {
        Integer level = jdbc.queryForObject("select job_level from employee where id = ?", Integer.class, employee);
        for (String typed : List.of("abc", "4.5", "1e309", "99999999999999999999", "' OR 1=1 --", "٣")) {
            EmployeeDialog dialog = open();
            TypedText.type(dialog.jobLevel, typed);
            test(dialog.save).click();

            assertThat(dialog.jobLevel.isInvalid()).as(typed).isTrue();
            assertThat(RenderedUi.refusals(UI.getCurrent())).as(typed).isNotEmpty();
            dialog.close();
        }
        for (String typed : List.of("2026-02-30", "31.13.2026", "yesterday", "<script>alert(1)</script>")) {
            EmployeeDialog dialog = open();
            TypedText.type(dialog.hireDate, typed);
            test(dialog.save).click();

            assertThat(dialog.isOpened()).as(typed).isTrue();
            assertThat(RenderedUi.refusals(UI.getCurrent())).as(typed).isNotEmpty();
            dialog.close();
        }
        em.flush();
        assertThat(jdbc.queryForObject("select job_level from employee where id = ?", Integer.class, employee))
                .isEqualTo(level);
        assertThat(jdbc.queryForObject("select version from employee where id = ?", Long.class, employee)).isZero();
    }

    @Test
    void theDirectorySearchTakesHostileTextLiterally() {
        EmployeesView view = navigate(EmployeesView.class);
        FormFuzz.search(UI.getCurrent(), input, input.values(10), text -> {
            test(view.search).setValue(text);
            return (int) view.table.total();
        });
    }
}
