package com.upward.goals.internal;

import com.upward.goals.GoalStatus;
import com.upward.goals.GoalType;
import java.time.LocalDate;

/** A mentee's goal as HR may see it: title, type, status and progress (no "why" or success criteria text). */
public record GoalRow(long id, String menteeName, String title, GoalType type, GoalStatus status, int progress,
                      LocalDate targetDate) {
}
