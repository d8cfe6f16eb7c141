package com.upward.program.internal;

import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    Optional<Enrollment> findByCohortIdAndEmployeeId(Long cohortId, Long employeeId);

    /** The other running (enrolling or active) cohorts in which the employee is an accepted mentee. */
    @Query("select c.name from Enrollment e join e.cohort c where e.employee.id = :employee and c.id <> :cohort"
            + " and e.side = com.upward.program.EnrollmentSide.MENTEE"
            + " and e.status = com.upward.program.EnrollmentStatus.ACCEPTED"
            + " and c.status in (com.upward.program.CohortStatus.ENROLLING, com.upward.program.CohortStatus.ACTIVE)"
            + " order by c.name")
    List<String> findOtherRunningCohortsAsMentee(@Param("employee") long employeeId, @Param("cohort") long cohortId);

    List<Enrollment> findByCohortIdAndSideAndStatus(Long cohortId, EnrollmentSide side, EnrollmentStatus status);

    List<Enrollment> findByEmployeeId(Long employeeId);

    long countByCohortIdAndSideAndStatusIn(Long cohortId, EnrollmentSide side, Collection<EnrollmentStatus> statuses);

    @Query("select new com.upward.program.internal.MyApplication(en.id, en.version, c.id, c.name, p.name, c.status,"
            + " en.side, en.status, en.invited, en.appliedAt) from Enrollment en join en.cohort c join c.program p"
            + " where en.employee.id = :employeeId order by c.startsOn desc, c.id desc")
    List<MyApplication> findMyApplications(@Param("employeeId") long employeeId);

    List<Enrollment> findByCohortIdAndStatus(Long cohortId, EnrollmentStatus status);

    String PARTICIPANT_FILTER = " from Enrollment en join en.employee emp where en.cohort.id = :cohortId"
            + " and (:side is null or en.side = :side) and (:status is null or en.status = :status)"
            + " and (:text = '' or lower(concat(emp.firstName, ' ', emp.lastName)) like concat('%', :text, '%') escape '!'"
            + " or lower(emp.department) like concat('%', :text, '%') escape '!')";

    @Query(value = "select new com.upward.program.internal.ParticipantRow(en.id, en.version, emp.id, emp.firstName,"
            + " emp.lastName, emp.department, emp.jobLevel, en.side, en.status, en.invited, en.windowOverride,"
            + " case when en.motivation is null then false else true end, en.appliedAt, en.decidedAt,"
            + " en.withdrawalReason, 0L)" + PARTICIPANT_FILTER,
            countQuery = "select count(en)" + PARTICIPANT_FILTER)
    Page<ParticipantRow> findParticipants(@Param("cohortId") long cohortId, @Param("side") EnrollmentSide side,
                                          @Param("status") EnrollmentStatus status,
                                          @Param("text") String lowerCaseText, Pageable pageable);
}
