package com.upward.checkin;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface MentorFeedbackRepository extends JpaRepository<MentorFeedback, Long> {

    Optional<MentorFeedback> findByCheckInId(Long checkInId);
}
