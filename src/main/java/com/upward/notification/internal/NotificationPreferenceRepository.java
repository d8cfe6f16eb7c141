package com.upward.notification.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, NotificationPreferenceId> {

    List<NotificationPreference> findByUserId(Long userId);
}
