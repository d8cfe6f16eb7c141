package com.upward.directory;

import com.upward.base.BusinessRuleException;
import com.upward.base.Role;
import com.upward.directory.internal.DirectoryCsvExport;
import com.upward.directory.internal.EmployeeHistory;
import com.upward.directory.internal.EmployeeHistory.Tracked;
import com.upward.directory.internal.EmployeeRepository;
import com.upward.directory.internal.EmployeeValidation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;

@Service
public class DirectoryService {

    private static final String ADMIN_OR_HR = "hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')";
    private static final int MAX_REPORTING_DEPTH = 1_000;

    private final EmployeeRepository employees;
    private final EmployeeHistory history;

    DirectoryService(EmployeeRepository employees, EmployeeHistory history) {
        this.employees = employees;
        this.history = history;
    }

    /** A reference for linking another record to an employee; fails if the employee does not exist. */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_OR_HR)
    public Employee referenceTo(long employeeId) {
        return employees.findById(employeeId).orElseThrow(() ->
                new BusinessRuleException("employee", "directory.rule.no-employee", employeeId));
    }

    /** One page of the directory, filtered by name, email or number. */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_OR_HR)
    public Page<EmployeeSummary> findEmployees(String filter, Pageable pageable) {
        return findEmployees(EmployeeFilter.byText(filter), pageable);
    }

    /** One page of the directory; ties in the requested order are broken by id so that pages never overlap. */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_OR_HR)
    public Page<EmployeeSummary> findEmployees(EmployeeFilter filter, Pageable pageable) {
        return employees.findSummaries(filter, stable(pageable));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_OR_HR)
    public long countEmployees(EmployeeFilter filter) {
        return employees.count(filter);
    }

    /** The distinct departments, locations and tags, for filters and pickers. */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_OR_HR)
    public FilterOptions filterOptions() {
        return new FilterOptions(employees.findDepartments(), employees.findLocations(),
                employees.findDistinctSkills(), employees.findDistinctInterests(), employees.findDistinctLanguages());
    }

    /** The distinct values of one filter of the directory, in order. */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_OR_HR)
    public List<String> filterValues(FilterOptions.Facet facet) {
        return switch (facet) {
            case DEPARTMENT -> employees.findDepartments();
            case LOCATION -> employees.findLocations();
            case SKILL -> employees.findDistinctSkills();
        };
    }

    /** Active employees matching the text by name or number, for the manager picker; never {@code excludedId}. */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_OR_HR)
    public List<EmployeeRef> findManagerCandidates(String text, Long excludedId, Pageable pageable) {
        String pattern = EmployeeFilter.byText(text).textPattern();
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by("lastName", "firstName", "id"));
        return employees.findRefs(pattern, excludedId == null ? -1 : excludedId, sorted);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_OR_HR)
    public EmployeeDetails employee(long id) {
        Employee e = employees.findById(id).orElseThrow(() ->
                new BusinessRuleException(null, "directory.rule.employee-gone"));
        EmployeeRef manager = e.getManager() == null ? null : employees.findRef(e.getManager().getId()).orElse(null);
        return new EmployeeDetails(e.getId(), e.getVersion(), e.getEmployeeNumber(), e.getFirstName(),
                e.getLastName(), e.getEmail(), e.getDepartment(), e.getJobTitle(), e.getJobLevel(), e.getLocation(),
                e.getTimeZone(), manager, e.getHireDate(), e.isActive(), e.getSkills(), e.getInterests(),
                e.getLanguages());
    }

    /**
     * Creates (id null) or updates an employee; a new employee, or a change of job level, department, manager or
     * active flag, adds a row to the directory's history (valid from today). Refuses, naming the field: invalid
     * values, a number or email another employee has, a manager that would close a loop in the reporting line, and
     * an edit of a stale version.
     */
    @Transactional
    @PreAuthorize(ADMIN_OR_HR)
    public long saveEmployee(EmployeeDetails details) {
        EmployeeDetails d = EmployeeValidation.cleaned(details);
        EmployeeValidation.check(d);
        long self = d.id() == null ? -1 : d.id();
        if (employees.countOtherWithNumber(d.employeeNumber().strip(), self) > 0) {
            throw new BusinessRuleException("employeeNumber", "directory.rule.number-taken");
        }
        if (employees.countOtherWithEmail(d.email().strip(), self) > 0) {
            throw new BusinessRuleException("email", "directory.rule.email-taken");
        }
        Employee employee;
        Tracked before = null;
        if (d.id() == null) {
            employee = new Employee(d.employeeNumber().strip(), d.firstName().strip(), d.lastName().strip(),
                    d.email().strip());
        } else {
            employee = employees.findById(d.id())
                    .orElseThrow(() -> new BusinessRuleException(null, "base.rule.changed-meanwhile"));
            if (employee.getVersion() != d.version()) {
                throw new BusinessRuleException(null, "base.rule.changed-meanwhile");
            }
            before = Tracked.of(employee);
        }
        Long managerId = d.manager() == null ? null : d.manager().id();
        if (managerId != null) {
            refuseLoop(self, managerId);
        }
        apply(d, employee, managerId == null ? null : employees.getReferenceById(managerId));
        Employee saved;
        try {
            saved = employees.saveAndFlush(employee);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessRuleException(null, "base.rule.changed-meanwhile");
        }
        if (Tracked.changed(before, Tracked.of(saved))) {
            history.record(List.of(saved.getId()));
        }
        return saved.getId();
    }

    /** Walks up from the chosen manager: reaching the employee means the new line would loop. */
    private void refuseLoop(long self, long managerId) {
        if (managerId == self) {
            throw new BusinessRuleException("manager", "directory.rule.own-manager");
        }
        Long current = managerId;
        for (int depth = 0; current != null && depth < MAX_REPORTING_DEPTH; depth++) {
            current = employees.findManagerId(current);
            if (current != null && current == self) {
                throw new BusinessRuleException("manager", "directory.rule.manager-loop");
            }
        }
    }

    private static void apply(EmployeeDetails d, Employee e, Employee manager) {
        e.setEmployeeNumber(d.employeeNumber().strip());
        e.setFirstName(d.firstName().strip());
        e.setLastName(d.lastName().strip());
        e.setEmail(d.email().strip());
        e.setDepartment(d.department().strip());
        e.setJobTitle(d.jobTitle().strip());
        e.setJobLevel(d.jobLevel());
        e.setLocation(d.location().strip());
        e.setTimeZone(d.timeZone().strip());
        e.setManager(manager);
        e.setHireDate(d.hireDate());
        e.setActive(d.active());
        replace(e.getSkills(), d.skills());
        replace(e.getInterests(), d.interests());
        replace(e.getLanguages(), d.languages());
    }

    private static void replace(Set<String> current, Set<String> wanted) {
        Set<String> cleaned = EmployeeValidation.cleanTags(wanted);
        if (!current.equals(cleaned)) {
            current.clear();
            current.addAll(cleaned);
        }
    }

    /**
     * Writes the filtered directory as CSV in the import template's columns, so that an export can be edited and
     * imported again. Every cell goes through CsvSafety: values a spreadsheet would run as formulas are neutralised.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_OR_HR)
    public void exportCsv(EmployeeFilter filter, Writer out) throws IOException {
        DirectoryCsvExport.write(employees, filter, out);
    }

    static Pageable stable(Pageable pageable) {
        Sort sort = pageable.getSort().and(Sort.by("id"));
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }
}
