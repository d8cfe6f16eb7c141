package com.upward.checkin.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CheckInRevisionRepository extends JpaRepository<CheckInRevision, Long> {

    List<CheckInRevision> findByCheckInIdOrderByRevision(Long checkInId);

    int countByCheckInId(Long checkInId);
}
