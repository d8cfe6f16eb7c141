package com.upward.program.internal;

import com.upward.audit.AuditAction;
import com.upward.audit.AuditEvent;
import com.upward.base.BusinessRuleException;
import com.upward.base.i18n.Text;
import com.upward.base.SqlPages;
import com.upward.base.Texts;
import com.upward.directory.Employee;
import com.upward.program.Cohort;
import com.upward.program.CohortPairing;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentDecided;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.EnrollmentWithdrawn;
import com.upward.program.EnrollmentsInvited;
import com.upward.security.AppUser;
import com.upward.security.CurrentUser;
import jakarta.persistence.EntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static com.upward.program.EnrollmentStatus.ACCEPTED;
import static com.upward.program.EnrollmentStatus.APPLIED;
import static com.upward.program.EnrollmentStatus.DECLINED;
import static com.upward.program.EnrollmentStatus.WAITLISTED;
import static com.upward.program.EnrollmentStatus.WITHDRAWN;

/** Enrollment as HR runs it: invitations, decisions on applications, withdrawals. */
@Service
public class EnrollmentService {

    static final int REASON_MAX = 500;
    /** The field named when an application without answers is accepted without saying so. */
    public static final String NO_ANSWERS = "answers";

    private final EnrollmentRepository enrollments;
    private final CohortRepository cohorts;
    private final CohortReadRepository reads;
    private final CohortQueries queries;
    private final ApplicationEventPublisher events;
    private final CohortPairing pairing;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;

    EnrollmentService(EnrollmentRepository enrollments, CohortRepository cohorts, CohortReadRepository reads,
                      CohortQueries queries, ApplicationEventPublisher events, CohortPairing pairing,
                      CurrentUser currentUser, EntityManager em, Clock clock) {
        this.enrollments = enrollments;
        this.cohorts = cohorts;
        this.reads = reads;
        this.queries = queries;
        this.events = events;
        this.pairing = pairing;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
    }

    /** Enrollments of a cohort, filtered by side, status and name or department (null or blank = any). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.HR)
    public Page<ParticipantRow> participants(long cohortId, EnrollmentSide side, EnrollmentStatus status,
                                             String filter, Pageable pageable) {
        String text = SqlPages.likeText(filter);
        Page<ParticipantRow> page = enrollments.findParticipants(cohortId, side, status, text, pageable);
        Map<Long, Long> pairs = pairing.activePairsByEnrollment(page.map(ParticipantRow::enrollmentId).toList());
        return page.map(row -> row.withActivePairs(pairs.getOrDefault(row.enrollmentId(), 0L)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.HR)
    public Capacity capacity(long cohortId) {
        return queries.capacity(cohortId, cohort(cohortId).getMaxMenteesPerMentor());
    }

    /** Active employees by name, email or number, for the invite box. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.HR)
    public List<EmployeeChoice> findEmployees(String filter, Pageable pageable) {
        return reads.findEmployeeChoices(SqlPages.likeText(filter), pageable);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.HR)
    public List<String> departments() {
        return reads.findDepartments();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.HR)
    public List<String> locations() {
        return reads.findLocations();
    }

    /**
     * Invites one employee. An invitation is an enrollment in status APPLIED with {@code invited = true}: no extra
     * status, because it behaves like an application from then on. The employee completes or edits the answers
     * (topics, motivation, availability) in "Open cohorts", and HR accepts, waitlists or declines it like any other.
     */
    @Transactional
    @PreAuthorize(Access.HR)
    public long invite(long cohortId, long employeeId, EnrollmentSide side, boolean overrideWindow) {
        Cohort cohort = cohort(cohortId);
        Employee employee = em.find(Employee.class, employeeId);
        if (employee == null || !employee.isActive()) {
            throw new BusinessRuleException("employee", "program.rule.employee-inactive");
        }
        if (side == null) {
            throw new BusinessRuleException("side", "program.invite.side-required");
        }
        enrollments.findByCohortIdAndEmployeeId(cohortId, employeeId).ifPresent(existing -> {
            throw new BusinessRuleException("employee",
                    EnrollmentRules.alreadyEnrolled(employee.getFullName(), existing, side));
        });
        boolean overridden = EnrollmentRules.checkHrEnrollment(cohort, LocalDate.now(clock), overrideWindow);
        Enrollment enrollment = new Enrollment(cohort, employee, side, clock.instant());
        enrollment.setInvited(true);
        enrollment.setWindowOverride(overridden);
        try {
            enrollments.saveAndFlush(enrollment);
        } catch (DataIntegrityViolationException e) {
            throw new BusinessRuleException("employee", EnrollmentRules.concurrentEnrollment(employee.getFullName()));
        }
        if (overridden) {
            audit(AuditAction.CREATE, "Enrollment", enrollment.getId(),
                    "Enrolled outside the enrollment window (HR override)");
        }
        events.publishEvent(new EnrollmentsInvited(cohortId, List.of(enrollment.getId())));
        return enrollment.getId();
    }

    /** How many people {@link #inviteAll} would invite now: matching, active, and not yet in the cohort. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.HR)
    public long countInvitable(long cohortId, InviteFilter filter) {
        validate(filter);
        return queries.countInvitable(cohortId, filter);
    }

    /** Invites everyone the filter reaches, skipping people already enrolled; returns how many were invited. */
    @Transactional
    @PreAuthorize(Access.HR)
    public int inviteAll(long cohortId, InviteFilter filter, EnrollmentSide side, boolean overrideWindow) {
        Cohort cohort = cohort(cohortId);
        validate(filter);
        if (side == null) {
            throw new BusinessRuleException("side", "program.invite.side-required");
        }
        boolean overridden = EnrollmentRules.checkHrEnrollment(cohort, LocalDate.now(clock), overrideWindow);
        int invited;
        // to the microsecond, as the column keeps it: the invitations are found again by it
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            invited = queries.insertInvitations(cohortId, filter, side, overridden, now);
        } catch (DataIntegrityViolationException e) {
            throw new BusinessRuleException(null, "program.rule.invited-meanwhile");
        }
        if (overridden && invited > 0) {
            audit(AuditAction.CREATE, "Cohort", cohortId, "Invited " + invited + " " + side.name().toLowerCase(Locale.ROOT)
                    + "s outside the enrollment window (HR override)");
        }
        List<Long> ids = queries.invitedAt(cohortId, side, now);
        for (int from = 0; from < ids.size(); from += EnrollmentsInvited.MAX_IDS) {
            events.publishEvent(new EnrollmentsInvited(cohortId,
                    List.copyOf(ids.subList(from, Math.min(ids.size(), from + EnrollmentsInvited.MAX_IDS)))));
        }
        return invited;
    }

    @Transactional
    @PreAuthorize(Access.HR)
    public void accept(long enrollmentId, long expectedVersion) {
        accept(enrollmentId, expectedVersion, false);
    }

    /**
     * Accepts an application. An invited person who has not answered yet is accepted only when HR says so
     * ({@code withoutAnswers}): matching would score them on no focus areas (issue 24), and the board marks them.
     */
    @Transactional
    @PreAuthorize(Access.HR)
    public void accept(long enrollmentId, long expectedVersion, boolean withoutAnswers) {
        enrollments.findById(enrollmentId).ifPresent(e -> {
            if (!withoutAnswers && !e.hasAnswers()) {
                throw new BusinessRuleException(NO_ANSWERS, "program.rule.no-answers", e.getEmployee().getFullName());
            }
            checkOneRunningCohort(e);
        });
        decide(enrollmentId, expectedVersion, ACCEPTED, Set.of(APPLIED, WAITLISTED),
                Text.of("program.rule.accept-only"), e -> { });
    }

    @Transactional
    @PreAuthorize(Access.HR)
    public void waitlist(long enrollmentId, long expectedVersion) {
        decide(enrollmentId, expectedVersion, WAITLISTED, Set.of(APPLIED),
                Text.of("program.rule.waitlist-only"), e -> { });
    }

    @Transactional
    @PreAuthorize(Access.HR)
    public void decline(long enrollmentId, long expectedVersion) {
        decide(enrollmentId, expectedVersion, DECLINED, Set.of(APPLIED, WAITLISTED),
                Text.of("program.rule.decline-only"), e -> { });
    }

    /** One person HR picked for a decision in bulk, with the version of the row HR saw. */
    public record Chosen(long enrollmentId, long version) {
    }

    /**
     * Accepts, waitlists or declines several people with one confirmation (issue 24: 13 applicants took 13 clicks).
     * All or nothing: when one of them cannot be decided, nothing changes and the refusal says who and why.
     * {@code withoutAnswers} as for {@link #accept(long, long, boolean)}.
     */
    @Transactional
    @PreAuthorize(Access.HR)
    public int decideAll(long cohortId, List<Chosen> chosen, EnrollmentStatus decision, boolean withoutAnswers) {
        if (chosen == null || chosen.isEmpty()) {
            throw new BusinessRuleException(null, "program.rule.nobody-selected");
        }
        if (decision != ACCEPTED && decision != WAITLISTED && decision != DECLINED) {
            throw new BusinessRuleException(null, "program.rule.decision-missing");
        }
        List<Text> refusals = new ArrayList<>();
        for (Chosen one : chosen) {
            Enrollment person = enrollments.findById(one.enrollmentId())
                    .filter(e -> e.getCohort().getId() == cohortId).orElse(null);
            if (person == null) {
                refusals.add(Text.of("program.rule.selected-gone"));
                continue;
            }
            try {
                switch (decision) {
                    case ACCEPTED -> accept(one.enrollmentId(), one.version(), withoutAnswers);
                    case WAITLISTED -> waitlist(one.enrollmentId(), one.version());
                    default -> decline(one.enrollmentId(), one.version());
                }
            } catch (BusinessRuleException refusal) {
                String name = person.getEmployee().getFullName();
                refusals.add(refusal.getMessage().contains(name) ? refusal.text()
                        : Text.of("program.rule.refusal-of", name, refusal.text()));
            }
        }
        if (!refusals.isEmpty()) {
            throw new BusinessRuleException(null, nothingChanged(refusals));
        }
        return chosen.size();
    }

    /** Takes someone out of the cohort, with a reason; a pair they are in ends with the same reason. */
    @Transactional
    @PreAuthorize(Access.HR)
    public void withdraw(long enrollmentId, long expectedVersion, String reason) {
        String why = reason == null ? "" : Texts.clean(reason);
        if (why.isEmpty()) {
            throw new BusinessRuleException("reason", "program.rule.withdraw-reason-missing");
        }
        if (why.length() > REASON_MAX) {
            throw new BusinessRuleException("reason", "program.form.max-length", REASON_MAX);
        }
        decide(enrollmentId, expectedVersion, WITHDRAWN, Set.of(APPLIED, WAITLISTED, ACCEPTED),
                Text.of("program.rule.withdraw-only"), e -> e.setWithdrawalReason(why));
        // the pair's reason has the same limit as this one: the prefix must not push it over (found by fuzzing)
        Enrollment withdrawn = enrollments.getReferenceById(enrollmentId);
        events.publishEvent(new EnrollmentWithdrawn(enrollmentId, withdrawn.getCohort().getId(), LocalDate.now(clock),
                Texts.abbreviate("Withdrawn: " + why, REASON_MAX)));
    }

    /** A mentee in one running cohort at a time, when the cohort's program says so (issue 24). */
    private void checkOneRunningCohort(Enrollment enrollment) {
        if (enrollment.getSide() != EnrollmentSide.MENTEE
                || !enrollment.getCohort().getProgram().isOneRunningCohortPerMentee()) {
            return;
        }
        List<String> elsewhere = enrollments.findOtherRunningCohortsAsMentee(enrollment.getEmployee().getId(),
                enrollment.getCohort().getId());
        if (!elsewhere.isEmpty()) {
            throw new BusinessRuleException(null, "program.rule.one-running-cohort",
                    enrollment.getEmployee().getFullName(), String.join(", ", elsewhere));
        }
    }

    private void decide(long enrollmentId, long expectedVersion, EnrollmentStatus target,
                        Set<EnrollmentStatus> from, Text rule, Consumer<Enrollment> alsoChange) {
        Enrollment enrollment = enrollments.findById(enrollmentId)
                .orElseThrow(() -> new BusinessRuleException(null, "program.rule.enrollment-gone"));
        if (enrollment.getVersion() != expectedVersion) {
            throw new BusinessRuleException(null, "base.rule.changed-meanwhile");
        }
        EnrollmentRules.checkOpenForChanges(enrollment.getCohort());
        if (!from.contains(enrollment.getStatus())) {
            throw new BusinessRuleException(null, "program.rule.not-from-state", rule,
                    EnrollmentRules.state(enrollment.getStatus()));
        }
        enrollment.setStatus(target);
        enrollment.setDecidedAt(clock.instant());
        enrollment.setDecidedBy(em.getReference(AppUser.class, currentUser.require().userId()));
        alsoChange.accept(enrollment);
        try {
            enrollments.saveAndFlush(enrollment);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessRuleException(null, "base.rule.changed-meanwhile");
        }
        if (target != WITHDRAWN) { // a withdrawal has its own event, EnrollmentWithdrawn
            events.publishEvent(new EnrollmentDecided(enrollmentId, target));
        }
    }

    private Cohort cohort(long cohortId) {
        return cohorts.findById(cohortId)
                .orElseThrow(() -> new BusinessRuleException(null, "program.rule.cohort-gone"));
    }

    private static void validate(InviteFilter filter) {
        boolean anyCriterion = filter != null && (notBlank(filter.department()) || notBlank(filter.location())
                || filter.minLevel() != null || filter.maxLevel() != null);
        if (!anyCriterion) {
            throw new BusinessRuleException(null, "program.rule.invite-criterion-missing");
        }
        for (Integer level : new Integer[] {filter.minLevel(), filter.maxLevel()}) {
            if (level != null && (level < 1 || level > 10)) {
                String field = level.equals(filter.minLevel()) ? "minLevel" : "maxLevel";
                throw new BusinessRuleException(field, "program.rule.level-range");
            }
        }
        if (filter.minLevel() != null && filter.maxLevel() != null && filter.minLevel() > filter.maxLevel()) {
            throw new BusinessRuleException("maxLevel", "program.rule.levels-reversed");
        }
    }

    /** "Nothing was changed." with the first three refusals, and how many more there are. */
    private static Text nothingChanged(List<Text> refusals) {
        return switch (refusals.size()) {
            case 1 -> Text.of("program.rule.nothing-changed-1", refusals.get(0));
            case 2 -> Text.of("program.rule.nothing-changed-2", refusals.get(0), refusals.get(1));
            default -> Text.of("program.rule.nothing-changed-3", refusals.get(0), refusals.get(1), refusals.get(2),
                    refusals.size() - 3);
        };
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private void audit(AuditAction action, String entityType, long entityId, String details) {
        em.persist(new AuditEvent(clock.instant(), currentUser.require().username(), action, entityType, entityId,
                details));
    }
}
