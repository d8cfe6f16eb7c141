package com.upward.goals;

import com.upward.base.BusinessRuleException;
import com.upward.base.RowLocks;
import com.upward.base.i18n.Text;
import com.upward.directory.Employee;
import com.upward.goals.GoalModels.CommentItem;
import com.upward.goals.GoalModels.GoalCard;
import com.upward.goals.GoalModels.GoalEnrollment;
import com.upward.goals.GoalModels.GoalForm;
import com.upward.goals.GoalModels.MilestoneItem;
import com.upward.goals.internal.GoalAccess;
import com.upward.goals.internal.GoalComment;
import com.upward.goals.internal.GoalCommentRepository;
import com.upward.goals.internal.GoalRepository;
import com.upward.goals.internal.GoalRules;
import com.upward.goals.internal.MenteeEnrollments;
import com.upward.program.Enrollment;
import com.upward.base.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A mentee's learning and outcome goals with their milestones. The mentee creates and changes them; their current
 * mentor reads them and comments; nobody else gets at them here (HR reads titles, types, statuses and progress
 * through the cohort page's aggregate lists). Every method takes the person from the signed-in user.
 */
@Service
public class GoalService {

    private static final String EMPLOYEE = "hasRole('" + Role.Names.EMPLOYEE + "')";
    static final Text STALE = Text.of("goals.rule.stale");

    private final GoalAccess access;
    private final MenteeEnrollments menteeEnrollments;
    private final GoalRepository goals;
    private final GoalCommentRepository comments;
    private final EntityManager em;
    private final Clock clock;

    GoalService(GoalAccess access, MenteeEnrollments menteeEnrollments, GoalRepository goals,
                GoalCommentRepository comments, EntityManager em, Clock clock) {
        this.access = access;
        this.menteeEnrollments = menteeEnrollments;
        this.goals = goals;
        this.comments = comments;
        this.em = em;
        this.clock = clock;
    }

    /** The signed-in employee's mentee enrollments that are or were accepted, newest cohort first. */
    @Transactional(readOnly = true)
    @PreAuthorize(EMPLOYEE)
    public List<GoalEnrollment> myEnrollments() {
        if (!access.hasEmployee()) {
            return List.of(); // an account without an employee record takes part in nothing
        }
        return menteeEnrollments.of(access.self());
    }

    /** The goals of a mentee enrollment, for the mentee or their current mentor: goals with steps, then counts. */
    @Transactional(readOnly = true)
    @PreAuthorize(EMPLOYEE)
    public List<GoalCard> goalsOf(long enrollmentId) {
        access.readable(enrollmentId);
        List<Goal> found = em.createQuery("""
                        select distinct g from Goal g left join fetch g.milestones
                        where g.enrollment.id = :enrollment""", Goal.class)
                .setParameter("enrollment", enrollmentId).getResultList();
        Map<Long, String> titles = found.stream().collect(Collectors.toMap(Goal::getId, Goal::getTitle));
        Map<Long, Long> commentCounts = em.createQuery("""
                        select c.goal.id, count(c) from GoalComment c where c.goal.enrollment.id = :enrollment
                        group by c.goal.id""", Object[].class)
                .setParameter("enrollment", enrollmentId).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return found.stream().sorted(Comparator.comparing(Goal::getId))
                .map(g -> card(g, titles, commentCounts.getOrDefault(g.getId(), 0L))).toList();
    }

    @Transactional
    @PreAuthorize(EMPLOYEE)
    public long create(long enrollmentId, GoalForm form) {
        Enrollment enrollment = access.writable(access.readable(enrollmentId));
        GoalForm checked = GoalRules.check(form, enrollment.getCohort());
        Goal goal = new Goal(enrollment, checked.type(), checked.title());
        apply(goal, checked);
        return goals.save(goal).getId();
    }

    /** Changes what a goal says; refused when someone saved it since {@code version} was read. */
    @Transactional
    @PreAuthorize(EMPLOYEE)
    public void update(long goalId, long version, GoalForm form) {
        Goal goal = ownGoal(goalId, version);
        GoalForm checked = GoalRules.check(form, goal.getEnrollment().getCohort());
        goal.setGoalType(checked.type());
        goal.setTitle(checked.title());
        apply(goal, checked);
    }

    /**
     * Moves a goal to a status. PIVOTED needs the goal that replaces it (another goal of the same enrollment);
     * ACHIEVED sets progress to 100.
     */
    @Transactional
    @PreAuthorize(EMPLOYEE)
    public void changeStatus(long goalId, long version, GoalStatus status, Long replacementGoalId) {
        Goal goal = ownGoal(goalId, version);
        if (status == null) {
            throw new BusinessRuleException("status", "goals.rule.status-missing");
        }
        Goal replacement = null;
        if (status == GoalStatus.PIVOTED) {
            if (replacementGoalId == null) {
                throw new BusinessRuleException("replacement", "goals.rule.replacement-missing");
            }
            replacement = goals.findById(replacementGoalId)
                    .filter(r -> r.getEnrollment().getId().equals(goal.getEnrollment().getId()))
                    .filter(r -> !r.getId().equals(goal.getId()))
                    .orElseThrow(() -> new BusinessRuleException("replacement", "goals.rule.replacement-not-yours"));
        }
        goal.setStatus(status);
        goal.setReplacedByGoal(replacement);
        if (status == GoalStatus.ACHIEVED) {
            goal.setProgress(100);
        }
    }

    @Transactional
    @PreAuthorize(EMPLOYEE)
    public void addMilestone(long goalId, long version, String title) {
        ownGoal(goalId, version).addMilestone(GoalRules.milestoneTitle(title));
    }

    /** Ticks a milestone off (today's date is kept) or back on. */
    @Transactional
    @PreAuthorize(EMPLOYEE)
    public void tickMilestone(long goalId, long version, long milestoneId, boolean done) {
        Goal goal = ownGoal(goalId, version);
        goal.tickMilestone(milestone(goal, milestoneId), done, LocalDate.now(clock));
    }

    /** The progress follows the share of milestones done again, after the mentee had set it by hand. */
    @Transactional
    @PreAuthorize(EMPLOYEE)
    public void followMilestones(long goalId, long version) {
        ownGoal(goalId, version).followMilestones();
    }

    /** Moves a milestone one place up ({@code -1}) or down ({@code +1}) in the list. */
    @Transactional
    @PreAuthorize(EMPLOYEE)
    public void moveMilestone(long goalId, long version, long milestoneId, int by) {
        Goal goal = ownGoal(goalId, version);
        List<Milestone> ordered = goal.getMilestones().stream()
                .sorted(Comparator.comparingInt(Milestone::getPosition)).collect(Collectors.toList());
        int from = ordered.indexOf(milestone(goal, milestoneId));
        int to = from + Integer.signum(by);
        if (to < 0 || to >= ordered.size()) {
            return;
        }
        ordered.add(to, ordered.remove(from));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i);
        }
    }

    @Transactional
    @PreAuthorize(EMPLOYEE)
    public void removeMilestone(long goalId, long version, long milestoneId) {
        Goal goal = ownGoal(goalId, version);
        goal.removeMilestone(milestone(goal, milestoneId));
    }

    /** The comments on a goal, oldest first: the mentee's and their mentor's. */
    @Transactional(readOnly = true)
    @PreAuthorize(EMPLOYEE)
    public List<CommentItem> comments(long goalId) {
        readableGoal(goalId);
        return comments.findByGoalIdOrderByCreatedAt(goalId).stream()
                .map(c -> new CommentItem(c.getId(), c.getAuthor().getFirstName() + " " + c.getAuthor().getLastName(),
                        c.getBody(), c.getCreatedAt()))
                .toList();
    }

    /** The mentee or their current mentor comments on a goal. */
    @Transactional
    @PreAuthorize(EMPLOYEE)
    public long comment(long goalId, String body) {
        Goal goal = readableGoal(goalId);
        String text = GoalRules.text(body, "comment", true);
        GoalComment comment = new GoalComment(goal, em.getReference(Employee.class, access.self()), text,
                clock.instant());
        return comments.save(comment).getId();
    }

    private Goal readableGoal(long goalId) {
        Goal goal = goals.findById(goalId).orElseThrow(() ->
                new AccessDeniedException(GoalAccess.REFUSED));
        access.viewerOf(goal.getEnrollment());
        return goal;
    }

    /** The signed-in mentee's own goal as last read; a newer save by anyone is a conflict, never overwritten. */
    private Goal ownGoal(long goalId, long version) {
        Goal goal = readableGoal(goalId);
        access.writable(goal.getEnrollment());
        if (goal.getVersion() != version || RowLocks.lockedVersion(em, "goal", goalId) != version) {
            throw new BusinessRuleException(null, STALE);
        }
        // a change to a milestone alone must still count as a change of the goal
        em.lock(goal, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return goal;
    }

    private static Milestone milestone(Goal goal, long milestoneId) {
        return goal.getMilestones().stream().filter(m -> m.getId() == milestoneId).findFirst()
                .orElseThrow(() -> new BusinessRuleException(null, "goals.rule.milestone-gone"));
    }

    private static void apply(Goal goal, GoalForm form) {
        goal.setWhyItMatters(form.whyItMatters());
        goal.setSuccessCriteria(form.successCriteria());
        goal.setTargetDate(form.targetDate());
    }

    private static GoalCard card(Goal g, Map<Long, String> titles, long comments) {
        Long replacedBy = g.getReplacedByGoal() == null ? null : g.getReplacedByGoal().getId();
        List<MilestoneItem> steps = g.getMilestones().stream()
                .sorted(Comparator.comparingInt(Milestone::getPosition))
                .map(m -> new MilestoneItem(m.getId(), m.getTitle(), m.getPosition(), m.isDone(), m.getDoneOn()))
                .toList();
        return new GoalCard(g.getId(), g.getVersion(), g.getGoalType(), g.getTitle(), g.getWhyItMatters(),
                g.getSuccessCriteria(), g.getTargetDate(), g.getStatus(), g.getProgress(), g.isProgressByHand(),
                replacedBy, replacedBy == null ? null : titles.get(replacedBy), steps, comments);
    }
}
