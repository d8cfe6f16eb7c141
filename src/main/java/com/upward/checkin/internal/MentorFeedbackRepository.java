package com.upward.checkin.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface MentorFeedbackRepository extends JpaRepository<MentorFeedback, Long> {

    Optional<MentorFeedback> findByCheckInId(Long checkInId);
}
