package com.upward.checkin.internal;

import com.upward.base.BusinessRuleException;
import com.upward.base.i18n.Text;
import com.upward.base.RowLocks;
import com.upward.checkin.CheckInRules;
import com.upward.checkin.CheckInStatus;
import com.upward.checkin.CheckInSubmitted;
import com.upward.checkin.internal.CheckInModels.CheckInDetail;
import com.upward.checkin.internal.CheckInModels.CheckInInput;
import com.upward.checkin.internal.CheckInModels.CheckInRow;
import com.upward.checkin.internal.CheckInModels.GoalLine;
import com.upward.checkin.internal.CheckInModels.GoalProgress;
import com.upward.checkin.internal.CheckInModels.Submitted;
import com.upward.directory.Employee;
import com.upward.goals.EnrollmentGoals;
import com.upward.goals.Goal;
import com.upward.program.Cohort;
import com.upward.program.CohortStatus;
import com.upward.security.CurrentUser;
import com.upward.base.Role;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mentee's own check-ins: the list, the form, drafts and submissions. Only the author gets here; every method
 * takes the person from the signed-in user.
 */
@Service
public class CheckInService {

    private static final String EMPLOYEE = "hasRole('" + Role.Names.EMPLOYEE + "')";
    static final String REFUSED = "This check-in is not yours.";
    static final Text STALE = Text.of("checkin.rule.stale");

    private final EntityManager em;
    private final EnrollmentGoals enrollmentGoals;
    private final CheckInRevisionRepository revisions;
    private final MentorFeedbackRepository feedback;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final JsonMapper json;
    private final Clock clock;

    CheckInService(EntityManager em, EnrollmentGoals enrollmentGoals, CheckInRevisionRepository revisions,
                   MentorFeedbackRepository feedback, CurrentUser currentUser, ApplicationEventPublisher publisher,
                   JsonMapper json, Clock clock) {
        this.em = em;
        this.enrollmentGoals = enrollmentGoals;
        this.revisions = revisions;
        this.feedback = feedback;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
    }

    /** The signed-in mentee's check-ins in the cohorts that run now, by due date. */
    @Transactional(readOnly = true)
    @PreAuthorize(EMPLOYEE)
    public List<CheckInRow> myCheckIns() {
        if (!currentUser.isEmployee()) {
            return List.of(); // an account without an employee record takes part in nothing
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        return em.createQuery("""
                        select ci from CheckIn ci join fetch ci.enrollment e join fetch e.cohort c
                        where e.employee.id = :self and c.status = :active order by ci.dueOn, ci.id""", CheckIn.class)
                .setParameter("self", currentUser.requireEmployeeId()).setParameter("active", CohortStatus.ACTIVE)
                .getResultList().stream()
                .map(ci -> new CheckInRow(ci.getId(), ci.getEnrollment().getCohort().getName(), ci.getPeriodNumber(),
                        ci.getPeriodStartsOn(), ci.getDueOn(), state(ci, today), ci.getSubmittedAt(),
                        CheckInRules.editable(ci.getStatus(), ci.getSubmittedAt(), now)))
                .toList();
    }

    /** The whole check-in, private notes included: for its author only. */
    @Transactional(readOnly = true)
    @PreAuthorize(EMPLOYEE)
    public CheckInDetail detail(long checkInId) {
        CheckIn ci = own(checkInId);
        List<Goal> goals = goalsOf(ci);
        Map<Long, CheckInGoalUpdate> updates = new LinkedHashMap<>();
        ci.getGoalUpdates().forEach(u -> updates.put(u.getGoal().getId(), u));
        boolean draft = ci.getStatus() == CheckInStatus.DRAFT;
        List<GoalLine> lines = goals.stream().map(g -> {
            CheckInGoalUpdate u = updates.get(g.getId());
            if (u == null) {
                return new GoalLine(g.getId(), g.getTitle(), g.getGoalType(), g.getProgress(), g.getStatus(), false);
            }
            // a draft's line the mentee did not move shows the goal as it is now (milestones ticked since)
            int progress = draft && u.progressUntouched() && !g.isProgressByHand() ? g.getProgress() : u.getProgress();
            return new GoalLine(g.getId(), g.getTitle(), g.getGoalType(), progress, u.getStatus(), u.isSetback());
        }).toList();
        var content = CheckInForm.content(ci,
                lines.stream().map(l -> new GoalProgress(l.goalId(), l.progress(), l.status(), l.setback())).toList());
        var review = feedback.findByCheckInId(checkInId);
        return new CheckInDetail(ci.getId(), ci.getVersion(), ci.getEnrollment().getCohort().getName(),
                ci.getPeriodNumber(), ci.getPeriodStartsOn(), ci.getDueOn(), state(ci, LocalDate.now(clock)),
                CheckInRules.editable(ci.getStatus(), ci.getSubmittedAt(), clock.instant()), content, lines,
                review.map(MentorFeedback::getBody).orElse(null),
                review.map(f -> f.getAuthor().getFirstName() + " " + f.getAuthor().getLastName()).orElse(null),
                ci.getReviewedAt(), revisions.countByCheckInId(checkInId));
    }

    /** Keeps what the mentee wrote so far; before the first submission only. */
    @Transactional
    @PreAuthorize(EMPLOYEE)
    public void saveDraft(long checkInId, long version, CheckInInput input) {
        CheckIn ci = editable(checkInId, version);
        if (ci.getStatus() != CheckInStatus.DUE && ci.getStatus() != CheckInStatus.DRAFT) {
            throw new BusinessRuleException(null, "checkin.rule.submitted");
        }
        CheckInForm.apply(ci, input, goalsOf(ci), false);
        ci.setStatus(CheckInStatus.DRAFT);
    }

    /**
     * Submits the check-in (or a change to a submitted one): a late one is marked late, never refused. Goals take the
     * progress and status given; every submission is kept as a revision; the mentor is told.
     */
    @Transactional
    @PreAuthorize(EMPLOYEE)
    public Submitted submit(long checkInId, long version, CheckInInput input) {
        CheckIn ci = editable(checkInId, version);
        List<Goal> goals = goalsOf(ci);
        CheckInForm.apply(ci, input, goals, true);
        boolean first = ci.getSubmittedAt() == null;
        Instant now = clock.instant();
        if (first) {
            ci.setSubmittedAt(now);
        }
        ci.setStatus(CheckInStatus.SUBMITTED);
        for (CheckInGoalUpdate update : ci.getGoalUpdates()) {
            Goal goal = update.getGoal();
            if (update.getProgress() != goal.getProgress()) {
                goal.setProgressByHand(update.getProgress()); // moved: no longer follows the milestones
            }
            goal.setStatus(update.getStatus());
        }
        int revision = revisions.countByCheckInId(checkInId) + 1;
        revisions.save(new CheckInRevision(ci, revision, now, snapshot(ci)));
        publisher.publishEvent(submitted(ci, first));
        return new Submitted(CheckInRules.late(ci.getDueOn(), ci.getSubmittedAt(), clock.getZone()),
                ci.getSetbacks() != null && ci.getLessons() == null, revision);
    }

    private CheckIn own(long checkInId) {
        CheckIn ci = em.find(CheckIn.class, checkInId);
        if (ci == null || ci.getEnrollment().getEmployee().getId() != currentUser.requireEmployeeId()) {
            throw new AccessDeniedException(REFUSED);
        }
        return ci;
    }

    private CheckIn editable(long checkInId, long version) {
        CheckIn ci = own(checkInId);
        if (ci.getVersion() != version || RowLocks.lockedVersion(em, "check_in", checkInId) != version) {
            throw new BusinessRuleException(null, STALE);
        }
        if (!CheckInRules.editable(ci.getStatus(), ci.getSubmittedAt(), clock.instant())) {
            throw new BusinessRuleException(null, ci.getStatus() == CheckInStatus.REVIEWED
                    ? Text.of("checkin.rule.reviewed")
                    : Text.of("checkin.rule.edit-window-over", CheckInRules.EDIT_AFTER_SUBMIT.toDays()));
        }
        return ci;
    }

    /** The goals of the check-in's enrollment, in the order they were set. */
    private List<Goal> goalsOf(CheckIn ci) {
        return enrollmentGoals.of(ci.getEnrollment().getId());
    }

    private CheckInRules.State state(CheckIn ci, LocalDate today) {
        return CheckInRules.state(ci.getStatus(), ci.getPeriodStartsOn(), ci.getDueOn(), ci.getSubmittedAt(), today,
                clock.getZone());
    }

    /** The form as submitted, as JSON: the same fields as the form, with the goal lines of this check-in. */
    private String snapshot(CheckIn ci) {
        return json.writeValueAsString(CheckInForm.content(ci, ci.getGoalUpdates().stream()
                .map(u -> new GoalProgress(u.getGoal().getId(), u.getProgress(), u.getStatus(), u.isSetback()))
                .toList()));
    }

    /** The event carries ids and names only (built here: the event type is API, CheckIn is internal). */
    private static CheckInSubmitted submitted(CheckIn ci, boolean first) {
        Cohort cohort = ci.getEnrollment().getCohort();
        Employee mentee = ci.getEnrollment().getEmployee();
        Long mentor = ci.getAssignment() == null ? null
                : ci.getAssignment().getMentorEnrollment().getEmployee().getId();
        return new CheckInSubmitted(ci.getId(), cohort.getId(), cohort.getName(), mentee.getId(),
                mentee.getFirstName() + " " + mentee.getLastName(), mentor, first, ci.isHelpRequested(),
                ci.getHelpUrgency());
    }
}
