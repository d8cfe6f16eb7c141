package com.upward.directory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

public interface EmployeeRepository extends JpaRepository<Employee, Long> {

    Optional<Employee> findByEmployeeNumber(String employeeNumber);

    boolean existsByEmailIgnoreCase(String email);

    String SUMMARY_FILTER = " from Employee e where (:text = ''"
            + " or lower(concat(e.firstName, ' ', e.lastName)) like concat('%', :text, '%')"
            + " or lower(e.email) like concat('%', :text, '%')"
            + " or lower(e.employeeNumber) like concat('%', :text, '%')"
            + " or lower(e.department) like concat('%', :text, '%'))";

    @Query(value = "select new com.upward.directory.EmployeeSummary(e.id, e.employeeNumber, e.firstName, e.lastName,"
            + " e.email, e.department, e.jobTitle, e.jobLevel, e.location, e.active)" + SUMMARY_FILTER,
            countQuery = "select count(e)" + SUMMARY_FILTER)
    Page<EmployeeSummary> findSummaries(@Param("text") String lowerCaseText, Pageable pageable);
}
