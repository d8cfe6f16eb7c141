package com.upward.directory;

import com.upward.base.BusinessRuleException;
import com.upward.directory.internal.EmployeeRules;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Creating and editing one employee, the manager picker and the filters, against the demo directory. */
@SpringBootTest
@Tag("db")
@Transactional
class DirectoryServiceTest {

    @Autowired
    DirectoryService directory;
    @Autowired
    JdbcTemplate jdbc;

    private final String key = "D" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @Test
    @WithUserDetails("hr")
    void hrCreatesAnEmployeeWithManagerAndTags() {
        EmployeeRef manager = directory.findManagerCandidates("E10001", null, PageRequest.of(0, 5)).getFirst();

        long id = directory.saveEmployee(details(null, 0, key + "@example.test", manager,
                Set.of(" java ", "JAVA", "sql", "")));

        EmployeeDetails saved = directory.employee(id);
        assertThat(saved.employeeNumber()).isEqualTo(key);
        assertThat(saved.manager().employeeNumber()).isEqualTo("E10001");
        assertThat(saved.skills()).as("trimmed, blanks dropped, one of each as the database compares")
                .hasSize(2).contains("sql");
        assertThat(saved.hireDate()).isEqualTo(LocalDate.of(2025, 5, 1));
    }

    @Test
    @WithUserDetails("hr")
    void duplicatesAndBadValuesAreRefusedNamingTheField() {
        String demoEmail = jdbc.queryForObject("select email from employee where employee_number = 'E10002'",
                String.class);
        assertThatThrownBy(() -> directory.saveEmployee(details(null, 0, demoEmail.toUpperCase(), null, Set.of())))
                .isInstanceOf(BusinessRuleException.class).extracting("field").isEqualTo("email");
        assertThatThrownBy(() -> directory.saveEmployee(details(null, 0, "x@", null, Set.of())))
                .isInstanceOf(BusinessRuleException.class).hasMessage(EmployeeRules.BAD_EMAIL.english());
        assertThatThrownBy(() -> directory.saveEmployee(details(null, 0, key + "@example.test", null,
                Set.of("a|b")))).isInstanceOf(BusinessRuleException.class).extracting("field").isEqualTo("skills");
    }

    @Test
    @WithUserDetails("hr")
    void aStaleVersionIsRefused() {
        long id = directory.saveEmployee(details(null, 0, key + "@example.test", null, Set.of()));
        EmployeeDetails loaded = directory.employee(id);
        directory.saveEmployee(details(id, loaded.version(), key + "@example.test", null, Set.of("first")));

        assertThatThrownBy(() -> directory.saveEmployee(details(id, loaded.version(), key + "@example.test", null,
                Set.of("second")))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("Someone else changed this record; reload and try again.");
        assertThat(directory.employee(id).skills()).containsExactly("first");
    }

    @Test
    @WithUserDetails("hr")
    void managerPickerListsActiveEmployeesButNotTheEmployeeThemself() {
        long ceo = jdbc.queryForObject("select id from employee where employee_number = 'E10001'", Long.class);
        assertThat(directory.findManagerCandidates("E10001", ceo, PageRequest.of(0, 5))).isEmpty();
        String inactive = jdbc.queryForObject("select min(employee_number) from employee where active = false",
                String.class);
        assertThat(directory.findManagerCandidates(inactive, null, PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    @WithUserDetails("hr")
    void filterOptionsComeFromTheDirectory() {
        FilterOptions options = directory.filterOptions();
        assertThat(options.departments()).contains("Engineering", "Sales").isSorted();
        assertThat(options.skills()).isNotEmpty();
        assertThat(options.locations()).hasSize(jdbc.queryForObject("select count(distinct location) from employee",
                Integer.class));
    }

    @Test
    @WithUserDetails("mentee")
    void employeesCannotReadTheDirectory() {
        assertThatThrownBy(() -> directory.findEmployees(EmployeeFilter.ALL, PageRequest.of(0, 5)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> directory.saveEmployee(details(null, 0, key + "@example.test", null, Set.of())))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private EmployeeDetails details(Long id, long version, String email, EmployeeRef manager, Set<String> skills) {
        return new EmployeeDetails(id, version, key, "Dana", "Service", email, "Engineering", "Engineer", 4, "Berlin",
                "Europe/Berlin", manager, LocalDate.of(2025, 5, 1), true, skills, Set.of(), Set.of("English"));
    }
}
