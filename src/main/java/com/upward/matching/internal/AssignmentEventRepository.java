package com.upward.matching.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AssignmentEventRepository extends JpaRepository<AssignmentEvent, Long> {

    List<AssignmentEvent> findByAssignmentIdOrderByOccurredAt(Long assignmentId);
}
