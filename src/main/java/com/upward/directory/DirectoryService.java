package com.upward.directory;

import com.upward.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;

@Service
public class DirectoryService {

    private final EmployeeRepository employees;

    DirectoryService(EmployeeRepository employees) {
        this.employees = employees;
    }

    /** A reference for linking another record to an employee; fails if the employee does not exist. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')")
    public Employee referenceTo(long employeeId) {
        return employees.findById(employeeId).orElseThrow(() ->
                new com.upward.base.BusinessRuleException("employee", "No employee with id " + employeeId + "."));
    }

    /** One page of the directory, filtered by name, email, number or department. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')")
    public Page<EmployeeSummary> findEmployees(String filter, Pageable pageable) {
        String text = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return employees.findSummaries(text, pageable);
    }
}
