package com.upward.matching.internal;

import com.upward.matching.AssignmentStatus;
import com.upward.matching.MentorAssignment;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface MentorAssignmentRepository extends JpaRepository<MentorAssignment, Long> {

    List<MentorAssignment> findByCohortIdAndStatusIn(Long cohortId, Collection<AssignmentStatus> statuses);

    List<MentorAssignment> findByMenteeEnrollmentIdOrderByStartsOnDesc(Long menteeEnrollmentId);

    List<MentorAssignment> findByMentorEnrollmentIdAndStatus(Long mentorEnrollmentId, AssignmentStatus status);
}
