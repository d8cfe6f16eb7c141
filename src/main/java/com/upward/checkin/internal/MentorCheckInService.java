package com.upward.checkin.internal;

import com.upward.audit.AuditAction;
import com.upward.audit.AuditEvent;
import com.upward.base.BusinessRuleException;
import com.upward.base.Texts;
import com.upward.checkin.CheckInRules;
import com.upward.checkin.CheckInStatus;
import com.upward.checkin.FeedbackGiven;
import com.upward.checkin.internal.CheckInModels.GoalLine;
import com.upward.checkin.internal.MentorModels.CheckInLine;
import com.upward.checkin.internal.MentorModels.MenteeGoal;
import com.upward.checkin.internal.MentorModels.MenteeOverview;
import com.upward.checkin.internal.MentorModels.MentorCheckIn;
import com.upward.directory.Employee;
import com.upward.goals.EnrollmentGoals;
import com.upward.matching.MentorPairs;
import com.upward.program.Enrollment;
import com.upward.security.CurrentUser;
import com.upward.base.Role;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The mentor's side: their current mentees with goals and check-ins, reading a check-in (never its private notes;
 * every read is audited), feedback that marks it reviewed, and acknowledging a help request.
 */
@Service
public class MentorCheckInService {

    private static final String EMPLOYEE = "hasRole('" + Role.Names.EMPLOYEE + "')";
    static final String REFUSED = "Only the mentee's current mentor reads this check-in.";

    private final EntityManager em;
    private final MentorPairs pairs;
    private final EnrollmentGoals enrollmentGoals;
    private final MentorFeedbackRepository feedback;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    MentorCheckInService(EntityManager em, MentorPairs pairs, EnrollmentGoals enrollmentGoals,
                         MentorFeedbackRepository feedback, CurrentUser currentUser,
                         ApplicationEventPublisher publisher, Clock clock) {
        this.em = em;
        this.pairs = pairs;
        this.enrollmentGoals = enrollmentGoals;
        this.feedback = feedback;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The mentees of the signed-in mentor's running pairs; four queries whatever their number. */
    @Transactional(readOnly = true)
    @PreAuthorize(EMPLOYEE)
    public List<MenteeOverview> myMentees() {
        if (!currentUser.isEmployee()) {
            return List.of(); // an account without an employee record takes part in nothing
        }
        List<Enrollment> mentees = pairs.menteesOf(currentUser.requireEmployeeId());
        if (mentees.isEmpty()) {
            return List.of();
        }
        List<Long> ids = mentees.stream().map(Enrollment::getId).toList();
        Map<Long, List<Integer>> trends = new HashMap<>();
        em.createQuery("""
                        select u.goal.id, u.progress from CheckInGoalUpdate u join u.checkIn ci
                        where ci.enrollment.id in :ids and ci.status in :submitted
                        order by ci.periodNumber""", Object[].class)
                .setParameter("ids", ids).setParameter("submitted", List.of(CheckInStatus.SUBMITTED,
                        CheckInStatus.REVIEWED)).getResultList()
                .forEach(row -> trends.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Integer) row[1]));
        Map<Long, List<MenteeGoal>> goals = enrollmentGoals.of(ids).stream()
                .collect(Collectors.groupingBy(g -> g.getEnrollment().getId(), Collectors.mapping(
                        g -> new MenteeGoal(g.getId(), g.getTitle(), g.getGoalType(), g.getProgress(), g.getStatus(),
                                List.copyOf(trends.getOrDefault(g.getId(), List.of()))), Collectors.toList())));
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<CheckInLine>> checkIns = em.createQuery(
                        "select ci from CheckIn ci where ci.enrollment.id in :ids order by ci.periodNumber",
                        CheckIn.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(ci -> ci.getEnrollment().getId(), Collectors.mapping(
                        ci -> new CheckInLine(ci.getId(), ci.getPeriodNumber(), ci.getDueOn(), state(ci, today),
                                ci.isHelpRequested(), ci.getHelpAcknowledgedAt() != null), Collectors.toList())));
        return mentees.stream().map(e -> new MenteeOverview(e.getId(), name(e.getEmployee()),
                e.getEmployee().getEmail(), e.getCohort().getName(), goals.getOrDefault(e.getId(), List.of()),
                checkIns.getOrDefault(e.getId(), List.of()))).toList();
    }

    /** A mentee's submitted check-in, for their current mentor; the read is written to the audit log. */
    @Transactional
    @PreAuthorize(EMPLOYEE)
    public MentorCheckIn read(long checkInId) {
        CheckIn ci = mentorsCheckIn(checkInId);
        em.persist(new AuditEvent(clock.instant(), currentUser.require().username(), AuditAction.READ, "CheckIn",
                ci.getId(), "Mentor read the check-in of " + name(ci.getEnrollment().getEmployee())));
        List<GoalLine> goals = ci.getGoalUpdates().stream().map(u -> new GoalLine(u.getGoal().getId(),
                u.getGoal().getTitle(), u.getGoal().getGoalType(), u.getProgress(), u.getStatus(), u.isSetback()))
                .toList();
        return new MentorCheckIn(ci.getId(), ci.getVersion(), name(ci.getEnrollment().getEmployee()),
                ci.getEnrollment().getCohort().getName(), ci.getPeriodNumber(), ci.getDueOn(),
                state(ci, LocalDate.now(clock)), ci.getMeetingHeld(), ci.getMeetingOn(), ci.getMeetingMinutes(), goals,
                ci.getWins(), ci.getSetbacks(), ci.getLessons(), ci.getNextSteps(), ci.getSupportNeeded(),
                ci.isHelpRequested(), ci.getHelpUrgency(), ci.getHelpAcknowledgedAt(), ci.getConfidence(),
                feedback.findByCheckInId(checkInId).map(MentorFeedback::getBody).orElse(null));
    }

    /**
     * Feedback on a submitted check-in marks it REVIEWED (the mentee can no longer change it) and tells the mentee;
     * giving it again replaces the text. {@code acknowledgeHelp} answers an open help request.
     */
    @Transactional
    @PreAuthorize(EMPLOYEE)
    public void giveFeedback(long checkInId, long version, String body, boolean acknowledgeHelp) {
        CheckIn ci = mentorsCheckIn(checkInId);
        if (ci.getVersion() != version) {
            throw new BusinessRuleException(null, "checkin.rule.mentee-changed");
        }
        String text = Texts.checked(body, "feedback", true);
        Employee mentor = em.find(Employee.class, currentUser.requireEmployeeId());
        MentorFeedback review = feedback.findByCheckInId(checkInId).orElseGet(() -> new MentorFeedback(ci, mentor,
                text));
        review.setBody(text);
        if (acknowledgeHelp && ci.isHelpRequested()) {
            review.setHelpAcknowledged(true);
            if (ci.getHelpAcknowledgedAt() == null) {
                ci.setHelpAcknowledgedAt(clock.instant());
            }
        }
        feedback.save(review);
        boolean first = ci.getStatus() != CheckInStatus.REVIEWED;
        ci.setStatus(CheckInStatus.REVIEWED);
        ci.setReviewedAt(clock.instant());
        if (first) {
            publisher.publishEvent(new FeedbackGiven(ci.getId(), ci.getEnrollment().getEmployee().getId(),
                    name(mentor), ci.getEnrollment().getCohort().getName(), ci.getPeriodNumber()));
        }
    }

    /** A submitted check-in whose mentee the signed-in employee mentors now; anything else is refused. */
    private CheckIn mentorsCheckIn(long checkInId) {
        CheckIn ci = em.find(CheckIn.class, checkInId);
        if (ci == null || (ci.getStatus() != CheckInStatus.SUBMITTED && ci.getStatus() != CheckInStatus.REVIEWED)) {
            throw new AccessDeniedException(REFUSED);
        }
        if (!pairs.mentors(currentUser.requireEmployeeId(), ci.getEnrollment().getId())) {
            throw new AccessDeniedException(REFUSED);
        }
        return ci;
    }

    private CheckInRules.State state(CheckIn ci, LocalDate today) {
        return CheckInRules.state(ci.getStatus(), ci.getPeriodStartsOn(), ci.getDueOn(), ci.getSubmittedAt(), today,
                clock.getZone());
    }

    private static String name(Employee e) {
        return e.getFirstName() + " " + e.getLastName();
    }
}
