package com.upward.program.internal;

import com.upward.base.ReadModel;

import com.upward.program.Cohort;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

/**
 * Read-only projections for the cohort page and the enrollment boxes, over the program feature's own entities and,
 * read-only, over employees. Nothing here writes.
 */
@ReadModel("Pickers on the cohort page list the directory's active employees, departments and locations")
interface CohortReadRepository extends Repository<Cohort, Long> {

    @Query("select new com.upward.program.internal.EmployeeChoice(e.id, e.firstName, e.lastName, e.department,"
            + " e.jobLevel, e.location) from Employee e where e.active = true"
            + " and (:text = '' or lower(concat(e.firstName, ' ', e.lastName)) like concat('%', :text, '%') escape '!'"
            + " or lower(e.email) like concat('%', :text, '%') escape '!' or lower(e.employeeNumber) like concat('%', :text, '%') escape '!')"
            + " order by e.lastName, e.firstName, e.id")
    List<EmployeeChoice> findEmployeeChoices(@Param("text") String lowerCaseText, Pageable pageable);

    @Query("select new com.upward.program.internal.MentorChoice(emp.id, emp.firstName, emp.lastName, emp.department)"
            + " from Enrollment en join en.employee emp where en.cohort.id = :cohortId and en.side = :mentor"
            + " and en.status in :statuses and emp.id <> :self"
            + " and (:text = '' or lower(concat(emp.firstName, ' ', emp.lastName)) like concat('%', :text, '%') escape '!')"
            + " order by emp.lastName, emp.firstName, emp.id")
    List<MentorChoice> findMentorChoices(@Param("cohortId") long cohortId, @Param("mentor") EnrollmentSide mentor,
                                         @Param("statuses") Collection<EnrollmentStatus> statuses,
                                         @Param("self") long selfEmployeeId, @Param("text") String lowerCaseText,
                                         Pageable pageable);

    @Query("select l from Employee e join e.languages l where e.id = :employeeId order by l")
    List<String> findLanguages(@Param("employeeId") long employeeId);

    @Query("select distinct t from Enrollment en join en.topics t order by t")
    List<String> findTopics(Pageable pageable);

    @Query("select distinct e.department from Employee e where e.active = true order by e.department")
    List<String> findDepartments();

    @Query("select distinct e.location from Employee e where e.active = true order by e.location")
    List<String> findLocations();
}
