-- Issue 24: a goal's progress follows its milestones done unless the mentee set it by hand (in a check-in). Goals
-- whose progress was moved before are taken as set by hand; the others with milestones follow them from now on.
ALTER TABLE goal ADD COLUMN progress_by_hand BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE goal SET progress_by_hand = TRUE WHERE progress > 0;
UPDATE goal SET progress = (
        SELECT ROUND(100 * SUM(CASE WHEN m.done THEN 1 ELSE 0 END) / COUNT(*)) FROM milestone m WHERE m.goal_id = goal.id)
    WHERE progress_by_hand = FALSE AND status IN ('NOT_STARTED', 'IN_PROGRESS', 'AT_RISK')
      AND EXISTS (SELECT 1 FROM milestone m WHERE m.goal_id = goal.id);
UPDATE goal SET status = 'IN_PROGRESS' WHERE status = 'NOT_STARTED' AND progress > 0;
