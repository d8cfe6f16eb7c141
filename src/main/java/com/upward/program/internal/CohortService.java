package com.upward.program.internal;

import com.upward.audit.AuditAction;
import com.upward.audit.AuditEvent;
import com.upward.base.BusinessRuleException;
import com.upward.base.i18n.Text;
import com.upward.base.Texts;
import com.upward.program.ClosingSurveys;
import com.upward.program.Cohort;
import com.upward.program.CohortCompleted;
import com.upward.program.CohortDetails;
import com.upward.program.CohortForm;
import com.upward.program.CohortPairing;
import com.upward.program.CohortStarted;
import com.upward.program.CohortStatus;
import com.upward.program.EnrollmentStatus;
import com.upward.program.Program;
import com.upward.security.CurrentUser;
import jakarta.persistence.EntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Cohorts: their settings and their lifecycle DRAFT → ENROLLING → ACTIVE → COMPLETED → ARCHIVED (or CANCELLED). */
@Service
public class CohortService {

    static final String COHORT_COMPLETED = "Cohort completed";

    private final CohortRepository cohorts;
    private final ProgramRepository programs;
    private final EnrollmentRepository enrollments;
    private final CohortPairing pairing;
    private final ClosingSurveys.Lookup closingSurveys;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CohortService(CohortRepository cohorts, ProgramRepository programs, EnrollmentRepository enrollments,
                  CohortPairing pairing, ClosingSurveys.Lookup closingSurveys, CurrentUser currentUser,
                  EntityManager em, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.cohorts = cohorts;
        this.programs = programs;
        this.enrollments = enrollments;
        this.pairing = pairing;
        this.closingSurveys = closingSurveys;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.HR)
    public Optional<CohortDetails> cohort(long cohortId) {
        return cohorts.findDetails(cohortId);
    }

    /** The cohort's dates as of today, for its lifecycle buttons and their confirmations. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.HR)
    public CohortCalendar calendar(long cohortId) {
        Cohort cohort = cohorts.findById(cohortId)
                .orElseThrow(() -> new BusinessRuleException(null, "program.rule.cohort-gone"));
        LocalDate today = LocalDate.now(clock);
        ClosingSurveys closing = closingSurveys.of(cohortId, today);
        return CohortCalendar.of(cohort, today, closing.open(), closing.openUntil());
    }

    @Transactional
    @PreAuthorize(Access.HR)
    public long createCohort(long programId, CohortForm form) {
        Program program = programs.findById(programId)
                .orElseThrow(() -> new BusinessRuleException(null, "program.programs.gone"));
        if (!program.isActive()) {
            throw new BusinessRuleException(null, "program.rule.program-inactive");
        }
        String name = validate(form, programId, null);
        Cohort cohort = new Cohort(program, name, form.enrollmentOpensOn(), form.enrollmentClosesOn(),
                form.startsOn(), form.endsOn(), form.cadence(), form.maxMenteesPerMentor());
        cohort.setDescription(ProgramService.blankToNull(form.description()));
        return save(cohort).getId();
    }

    /** Name and description can always change; dates, cadence and capacity only until the cohort starts. */
    @Transactional
    @PreAuthorize(Access.HR)
    public void updateCohort(long cohortId, long expectedVersion, CohortForm form) {
        Cohort cohort = load(cohortId, expectedVersion);
        String name = validate(form, cohort.getProgram().getId(), cohortId);
        boolean settingsChange = !Objects.equals(form.enrollmentOpensOn(), cohort.getEnrollmentOpensOn())
                || !Objects.equals(form.enrollmentClosesOn(), cohort.getEnrollmentClosesOn())
                || !Objects.equals(form.startsOn(), cohort.getStartsOn())
                || !Objects.equals(form.endsOn(), cohort.getEndsOn())
                || form.cadence() != cohort.getCadence()
                || form.maxMenteesPerMentor() != cohort.getMaxMenteesPerMentor();
        if (settingsChange && !isBeforeStart(cohort.getStatus())) {
            throw new BusinessRuleException(null, "program.rule.settings-fixed");
        }
        cohort.setName(name);
        cohort.setDescription(ProgramService.blankToNull(form.description()));
        cohort.setEnrollmentOpensOn(form.enrollmentOpensOn());
        cohort.setEnrollmentClosesOn(form.enrollmentClosesOn());
        cohort.setStartsOn(form.startsOn());
        cohort.setEndsOn(form.endsOn());
        cohort.setCadence(form.cadence());
        cohort.setMaxMenteesPerMentor(form.maxMenteesPerMentor());
        save(cohort);
    }

    /**
     * Takes one lifecycle step, with everything it brings, in one transaction. Starting (a start before the planned
     * date makes today the start date, decision 020) publishes {@link CohortStarted}: the pairs, the check-in
     * schedule of every active pair and the start survey follow in this transaction. Completing marks accepted
     * enrollments COMPLETED and publishes {@link CohortCompleted}: the pairs end and the closing surveys open in this
     * transaction. A refused step changes nothing and says why.
     */
    @Transactional
    @PreAuthorize(Access.HR)
    public CohortStatus move(long cohortId, long expectedVersion, CohortMove move) {
        Cohort cohort = load(cohortId, expectedVersion);
        Text refusal = move.refusalFor(cohort.getStatus());
        if (refusal != null) {
            throw new BusinessRuleException(null, refusal);
        }
        LocalDate today = LocalDate.now(clock);
        switch (move) {
            case OPEN_ENROLLMENT -> {
                if (today.isAfter(cohort.getEnrollmentClosesOn())) {
                    throw new BusinessRuleException(null, "program.rule.window-closed", cohort.getEnrollmentClosesOn());
                }
            }
            case START -> start(cohort, today);
            case COMPLETE -> complete(cohort, today);
            case ARCHIVE, CANCEL -> {
                // nothing beyond the status: history stays as it is
            }
        }
        cohort.setStatus(move.target());
        save(cohort);
        em.persist(new AuditEvent(clock.instant(), currentUser.require().username(), AuditAction.UPDATE, "Cohort",
                cohortId, "Status " + move.target()));
        return move.target();
    }

    private void start(Cohort cohort, LocalDate today) {
        long unmatched = pairing.unmatchedAcceptedMentees(cohort.getId());
        if (unmatched > 0) {
            throw new BusinessRuleException(null, "program.rule.start-unmatched", unmatched);
        }
        if (pairing.activePairs(cohort.getId()) == 0) {
            throw new BusinessRuleException(null, "program.rule.start-no-pairs");
        }
        if (today.isBefore(cohort.getStartsOn())) {
            startToday(cohort, today);
        }
        events.publishEvent(new CohortStarted(cohort.getId(), cohort.getName(), cohort.getStartsOn(), today));
    }

    /**
     * Decision 020: a cohort started before its planned start date starts today. Its start date becomes today, its
     * pairs that were to start later start today (matching, on {@link CohortStarted}), and an enrollment window still open closes yesterday (enrollment
     * closes before the start, {@link CohortDates}; a window that was to open later becomes that one day). The
     * schedule and the start survey then count from today; the audit log records every changed date.
     */
    private void startToday(Cohort cohort, LocalDate today) {
        cohort.setStartsOn(today);
        LocalDate yesterday = today.minusDays(1);
        if (cohort.getEnrollmentClosesOn().isAfter(yesterday)) {
            cohort.setEnrollmentClosesOn(yesterday);
            if (cohort.getEnrollmentOpensOn().isAfter(yesterday)) {
                cohort.setEnrollmentOpensOn(yesterday);
            }
        }
    }

    private void complete(Cohort cohort, LocalDate today) {
        if (today.isBefore(cohort.getStartsOn())) {
            throw new BusinessRuleException(null, "program.rule.complete-before-start", cohort.getStartsOn());
        }
        LocalDate pairsEndOn = today.isAfter(cohort.getEndsOn()) ? cohort.getEndsOn() : today;
        events.publishEvent(new CohortCompleted(cohort.getId(), cohort.getName(), pairsEndOn, today,
                COHORT_COMPLETED));
        enrollments.findByCohortIdAndStatus(cohort.getId(), EnrollmentStatus.ACCEPTED)
                .forEach(e -> e.setStatus(EnrollmentStatus.COMPLETED));
    }

    private Cohort load(long cohortId, long expectedVersion) {
        Cohort cohort = cohorts.findById(cohortId)
                .orElseThrow(() -> new BusinessRuleException(null, "program.rule.cohort-gone"));
        if (cohort.getVersion() != expectedVersion) {
            throw new BusinessRuleException(null, "base.rule.changed-meanwhile");
        }
        return cohort;
    }

    private Cohort save(Cohort cohort) {
        try {
            return cohorts.saveAndFlush(cohort);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessRuleException(null, "base.rule.changed-meanwhile");
        } catch (DataIntegrityViolationException e) {
            throw new BusinessRuleException("name", "program.rule.cohort-name-taken", cohort.getName());
        }
    }

    private String validate(CohortForm form, long programId, Long cohortId) {
        String name = form.name() == null ? "" : Texts.line(form.name());
        if (name.isEmpty()) {
            throw new BusinessRuleException("name", "program.form.name-required");
        }
        if (name.length() > CohortForm.NAME_MAX) {
            throw new BusinessRuleException("name", "program.form.max-length", CohortForm.NAME_MAX);
        }
        boolean taken = cohortId == null ? cohorts.existsByProgramIdAndNameIgnoreCase(programId, name)
                : cohorts.existsByProgramIdAndNameIgnoreCaseAndIdNot(programId, name, cohortId);
        if (taken) {
            throw new BusinessRuleException("name", "program.rule.cohort-name-taken", name);
        }
        String description = ProgramService.blankToNull(form.description());
        if (description != null && description.length() > CohortForm.DESCRIPTION_MAX) {
            throw new BusinessRuleException("description", "program.form.max-length", CohortForm.DESCRIPTION_MAX);
        }
        if (form.cadence() == null) {
            throw new BusinessRuleException("cadence", "program.form.cadence-required");
        }
        if (form.maxMenteesPerMentor() == null || form.maxMenteesPerMentor() < 1
                || form.maxMenteesPerMentor() > CohortForm.MAX_MENTEES_LIMIT) {
            throw new BusinessRuleException("maxMenteesPerMentor", "program.form.max-mentees",
                    CohortForm.MAX_MENTEES_LIMIT);
        }
        List<CohortDates.Problem> problems = CohortDates.check(form.enrollmentOpensOn(), form.enrollmentClosesOn(),
                form.startsOn(), form.endsOn(), form.cadence());
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems.getFirst().field(), problems.getFirst().text());
        }
        return name;
    }

    static boolean isBeforeStart(CohortStatus status) {
        return status == CohortStatus.DRAFT || status == CohortStatus.ENROLLING;
    }
}
