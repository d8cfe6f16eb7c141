package com.upward.matching;

/**
 * A pair's state. PROPOSED waits for its people's answers (or the mentor's, for a mentee's request); one that never
 * starts, declined or withdrawn, is DECLINED, and counts nowhere as a pair that ran.
 */
public enum AssignmentStatus {
    PROPOSED, ACTIVE, PAUSED, ENDED, DECLINED
}
