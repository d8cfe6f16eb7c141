package com.upward.program.internal;

import com.upward.base.BusinessRuleException;
import com.upward.base.i18n.Text;
import com.upward.base.SqlPages;
import com.upward.base.Texts;
import com.upward.directory.Employee;
import com.upward.program.Cohort;
import com.upward.program.CohortStatus;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.LocationPreference;
import com.upward.security.CurrentUser;
import jakarta.persistence.EntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Enrollment as employees see it: open cohorts, their own applications. The employee always comes from the
 * signed-in user, never from the caller, so nobody can apply, edit or withdraw for someone else.
 */
@Service
public class ApplicationService {

    static final String WITHDRAWN_BY_APPLICANT = "Withdrawn by the applicant.";
    private static final List<EnrollmentStatus> MENTOR_CHOICE_STATUSES =
            List.of(EnrollmentStatus.APPLIED, EnrollmentStatus.ACCEPTED);

    private final EnrollmentRepository enrollments;
    private final CohortRepository cohorts;
    private final CohortReadRepository reads;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;

    ApplicationService(EnrollmentRepository enrollments, CohortRepository cohorts, CohortReadRepository reads,
                       CurrentUser currentUser, EntityManager em, Clock clock) {
        this.enrollments = enrollments;
        this.cohorts = cohorts;
        this.reads = reads;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
    }

    /** ENROLLING cohorts whose window is open today, with the employee's own enrollment in each. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.EMPLOYEE)
    public List<OpenCohort> openCohorts() {
        Map<Long, MyApplication> mine = myEmployeeId().map(enrollments::findMyApplications).orElse(List.of())
                .stream().collect(Collectors.toMap(MyApplication::cohortId, Function.identity()));
        return cohorts.findOpenForApplications(CohortStatus.ENROLLING, LocalDate.now(clock)).stream()
                .map(c -> {
                    MyApplication my = mine.get(c.getId());
                    return new OpenCohort(c.getId(), c.getProgram().getName(), c.getName(), c.getDescription(),
                            c.getEnrollmentClosesOn(), c.getStartsOn(), c.getEndsOn(), c.getCadence(),
                            my == null ? null : my.side(), my == null ? null : my.status());
                }).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.EMPLOYEE)
    public List<MyApplication> myApplications() {
        return myEmployeeId().map(enrollments::findMyApplications).orElse(List.of());
    }

    /** The employee's application to a cohort with the languages from their employee record, if they have one. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.EMPLOYEE)
    public Optional<ApplicationDetails> myApplication(long cohortId) {
        long self = requireEmployeeId();
        return enrollments.findByCohortIdAndEmployeeId(cohortId, self).map(e -> {
            Employee wished = e.getPreferredMentor();
            MentorChoice preferred = wished == null ? null : new MentorChoice(wished.getId(), wished.getFirstName(),
                    wished.getLastName(), wished.getDepartment());
            return new ApplicationDetails(e.getId(), e.getVersion(), cohortId, e.getCohort().getName(), e.getSide(),
                    e.getStatus(), e.isInvited(), new TreeSet<>(e.getTopics()), e.getMotivation(),
                    e.getAvailability(), e.getLanguagePreference(), preferred, e.getLocationPreference(),
                    reads.findLanguages(self),
                    EnrollmentRules.editableByApplicant(e.getStatus(), e.getCohort().getStatus()));
        });
    }

    /** The languages on the employee's own record, shown on the application form. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.EMPLOYEE)
    public List<String> myLanguages() {
        return myEmployeeId().map(reads::findLanguages).orElse(List.of());
    }

    /** Mentors who applied to or were accepted in the cohort, for "preferred mentor"; never the employee. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.EMPLOYEE)
    public List<MentorChoice> mentorChoices(long cohortId, String filter, Pageable pageable) {
        return reads.findMentorChoices(cohortId, EnrollmentSide.MENTOR, MENTOR_CHOICE_STATUSES, requireEmployeeId(),
                SqlPages.likeText(filter), pageable);
    }

    /** Topics others have used, as suggestions; new ones may be typed in. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.EMPLOYEE)
    public List<String> topicSuggestions() {
        return reads.findTopics(PageRequest.of(0, 500));
    }

    /** Applies to an open cohort. Someone who withdrew from it may apply again (their enrollment is reopened). */
    @Transactional
    @PreAuthorize(Access.EMPLOYEE)
    public long apply(long cohortId, EnrollmentSide side, ApplicationForm form) {
        long self = requireEmployeeId();
        Cohort cohort = cohorts.findById(cohortId)
                .orElseThrow(() -> new BusinessRuleException(null, "program.rule.cohort-gone"));
        EnrollmentRules.checkOpenForApplications(cohort, LocalDate.now(clock));
        if (side == null) {
            throw new BusinessRuleException("side", "program.invite.side-required");
        }
        Enrollment enrollment = enrollments.findByCohortIdAndEmployeeId(cohortId, self).orElse(null);
        if (enrollment != null && enrollment.getStatus() != EnrollmentStatus.WITHDRAWN) {
            throw new BusinessRuleException(null, enrollment.getSide() != side
                    ? Text.of("program.rule.applied-as-other-side", EnrollmentRules.side(enrollment.getSide()),
                            EnrollmentRules.side(side))
                    : Text.of("program.rule.applied-already"));
        }
        if (enrollment == null) {
            enrollment = new Enrollment(cohort, em.getReference(Employee.class, self), side, clock.instant());
        } else {
            enrollment.setSide(side);
            enrollment.setStatus(EnrollmentStatus.APPLIED);
            enrollment.setAppliedAt(clock.instant());
            enrollment.setWithdrawalReason(null);
            enrollment.setDecidedAt(null);
            enrollment.setDecidedBy(null);
        }
        fill(enrollment, form, self);
        try {
            return enrollments.saveAndFlush(enrollment).getId();
        } catch (DataIntegrityViolationException e) {
            throw new BusinessRuleException(null, "program.rule.applied-meanwhile");
        }
    }

    /** Changes the answers of the employee's own application, until it is accepted. */
    @Transactional
    @PreAuthorize(Access.EMPLOYEE)
    public void updateApplication(long enrollmentId, long expectedVersion, ApplicationForm form) {
        Enrollment enrollment = mine(enrollmentId, expectedVersion);
        if (!EnrollmentRules.editableByApplicant(enrollment.getStatus(), enrollment.getCohort().getStatus())) {
            throw new BusinessRuleException(null, enrollment.getStatus() == EnrollmentStatus.ACCEPTED
                    ? Text.of("program.rule.application-accepted")
                    : Text.of("program.rule.application-fixed", EnrollmentRules.state(enrollment.getStatus())));
        }
        fill(enrollment, form, requireEmployeeId());
        save(enrollment);
    }

    /** Withdraws the employee's own application or place, until the cohort starts. */
    @Transactional
    @PreAuthorize(Access.EMPLOYEE)
    public void withdrawApplication(long enrollmentId, long expectedVersion) {
        Enrollment enrollment = mine(enrollmentId, expectedVersion);
        if (!EnrollmentRules.withdrawableByApplicant(enrollment.getStatus(), enrollment.getCohort().getStatus())) {
            throw new BusinessRuleException(null, CohortService.isBeforeStart(enrollment.getCohort().getStatus())
                    ? Text.of("program.rule.application-already", EnrollmentRules.state(enrollment.getStatus()))
                    : Text.of("program.rule.leave-after-start"));
        }
        enrollment.setStatus(EnrollmentStatus.WITHDRAWN);
        enrollment.setWithdrawalReason(WITHDRAWN_BY_APPLICANT);
        save(enrollment);
    }

    private void fill(Enrollment enrollment, ApplicationForm form, long self) {
        boolean mentee = enrollment.getSide() == EnrollmentSide.MENTEE;
        Set<String> topics = new LinkedHashSet<>();
        if (form.topics() != null) {
            form.topics().stream().filter(Objects::nonNull).map(Texts::line).filter(t -> !t.isEmpty())
                    .forEach(topics::add);
        }
        if (topics.isEmpty()) {
            throw new BusinessRuleException("topics", mentee ? Text.of("program.application.focus-areas-required")
                    : Text.of("program.application.skills-required"));
        }
        if (topics.size() > ApplicationForm.MAX_TOPICS) {
            throw new BusinessRuleException("topics", "program.application.topics-max", ApplicationForm.MAX_TOPICS);
        }
        if (topics.stream().anyMatch(t -> t.length() > ApplicationForm.TOPIC_MAX)) {
            throw new BusinessRuleException("topics", "program.rule.topic-too-long", ApplicationForm.TOPIC_MAX);
        }
        String motivation = ProgramService.blankToNull(form.motivation());
        if (motivation == null) {
            throw new BusinessRuleException("motivation", mentee ? Text.of("program.application.learn-required")
                    : Text.of("program.application.teach-required"));
        }
        String availability = ProgramService.lineOrNull(form.availability());
        String languagePreference = ProgramService.lineOrNull(form.languagePreference());
        checkLength("motivation", motivation, ApplicationForm.MOTIVATION_MAX);
        checkLength("availability", availability, ApplicationForm.AVAILABILITY_MAX);
        checkLength("languagePreference", languagePreference, ApplicationForm.LANGUAGE_PREFERENCE_MAX);
        Employee preferred = null;
        if (mentee && form.preferredMentorId() != null) {
            long cohortId = enrollment.getCohort().getId();
            preferred = enrollments.findByCohortIdAndEmployeeId(cohortId, form.preferredMentorId())
                    .filter(m -> m.getSide() == EnrollmentSide.MENTOR && MENTOR_CHOICE_STATUSES.contains(m.getStatus())
                            && form.preferredMentorId() != self)
                    .map(Enrollment::getEmployee)
                    .orElseThrow(() -> new BusinessRuleException("preferredMentor",
                            "program.rule.preferred-mentor-unknown"));
        }
        enrollment.getTopics().clear();
        enrollment.getTopics().addAll(topics);
        enrollment.setMotivation(motivation);
        enrollment.setAvailability(availability);
        enrollment.setLanguagePreference(languagePreference);
        enrollment.setPreferredMentor(preferred);
        enrollment.setLocationPreference(form.locationPreference() == null ? LocationPreference.ANY
                : form.locationPreference());
    }

    private Enrollment mine(long enrollmentId, long expectedVersion) {
        long self = requireEmployeeId();
        Enrollment enrollment = enrollments.findById(enrollmentId)
                .filter(e -> e.getEmployee().getId() == self)
                .orElseThrow(() -> new AccessDeniedException("Not your application"));
        if (enrollment.getVersion() != expectedVersion) {
            throw new BusinessRuleException(null, "base.rule.changed-meanwhile");
        }
        return enrollment;
    }

    private void save(Enrollment enrollment) {
        try {
            enrollments.saveAndFlush(enrollment);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessRuleException(null, "base.rule.changed-meanwhile");
        }
    }

    private Optional<Long> myEmployeeId() {
        return Optional.ofNullable(currentUser.require().employeeId());
    }

    private long requireEmployeeId() {
        return myEmployeeId().orElseThrow(() -> new BusinessRuleException(null, "program.rule.no-employee-record"));
    }

    private static void checkLength(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new BusinessRuleException(field, "program.form.max-length", max);
        }
    }
}
