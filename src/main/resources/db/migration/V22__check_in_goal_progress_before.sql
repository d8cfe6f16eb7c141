-- Issue 24: a draft saved before the mentee ticked milestones kept the old progress; submitted untouched, it set the
-- goal's progress by hand to that old figure. Each goal line now keeps the goal's progress when it was saved, so an
-- untouched line of a draft shows the goal's progress as it is now.
ALTER TABLE check_in_goal_update ADD COLUMN progress_before INT;
