package com.upward.matching.internal;

import com.upward.audit.AuditAction;
import com.upward.audit.AuditEvent;
import com.upward.base.BusinessRuleException;
import com.upward.base.i18n.Text;
import com.upward.base.Role;
import com.upward.base.Texts;
import com.upward.matching.AssignmentStatus;
import com.upward.matching.MentorAssignment;
import com.upward.matching.ProposalClosed;
import com.upward.matching.internal.MatchingModels.PairSaved;
import com.upward.matching.internal.PairingModels.MentorChoice;
import com.upward.matching.internal.PairingModels.MentorOption;
import com.upward.matching.internal.PairingModels.PairingOptions;
import com.upward.matching.internal.PairingModels.Profile;
import com.upward.matching.internal.PairingModels.Proposal;
import com.upward.program.Cohort;
import com.upward.program.Enrollment;
import com.upward.security.CurrentUser;
import jakarta.persistence.EntityManager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The per-cohort pairing options of issue 24. With pair acceptance, the mentor and the mentee of a pair HR made
 * accept or decline it (with a reason, for HR) before it runs. With self-match, an accepted mentee asks a mentor with
 * room, and the mentor or HR confirms. The hard rules apply to every request. Employees act on their own pairs only;
 * the caller's employee record decides, never an id they pass.
 */
@Service
public class PairingService {

    private static final String HR = "hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')";
    private static final String EMPLOYEE = "hasRole('" + Role.Names.EMPLOYEE + "')";
    static final int REASON_MAX = 500;

    private final CohortMatchingData data;
    private final CohortScoring scoring;
    private final PairWriter writer;
    private final PairingProfiles profiles;
    private final MentorAssignmentRepository assignments;
    private final EntityManager em;
    private final CurrentUser currentUser;
    private final Clock clock;

    PairingService(CohortMatchingData data, CohortScoring scoring, PairWriter writer, PairingProfiles profiles,
                   MentorAssignmentRepository assignments, EntityManager em, CurrentUser currentUser, Clock clock) {
        this.data = data;
        this.scoring = scoring;
        this.writer = writer;
        this.profiles = profiles;
        this.assignments = assignments;
        this.em = em;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(HR)
    public PairingOptions options(long cohortId) {
        Cohort cohort = scoring.cohort(cohortId);
        return new PairingOptions(cohort.isPairsNeedAcceptance(), cohort.isMenteesChooseMentor());
    }

    /** Pairs already waiting keep waiting when acceptance is turned off; only new pairs follow the new option. */
    @Transactional
    @PreAuthorize(HR)
    public void saveOptions(long cohortId, PairingOptions options) {
        Cohort cohort = scoring.openCohortLocked(cohortId);
        cohort.setPairsNeedAcceptance(options.pairsNeedAcceptance());
        cohort.setMenteesChooseMentor(options.menteesChooseMentor());
        em.persist(new AuditEvent(clock.instant(), currentUser.require().username(), AuditAction.UPDATE, "Cohort",
                cohortId, "Pairing options: pairs need acceptance: " + yesNo(options.pairsNeedAcceptance())
                + "; mentees choose their mentor: " + yesNo(options.menteesChooseMentor())));
    }

    /** HR confirms a mentee's request for a mentor, in the mentor's place; the pair starts. */
    @Transactional
    @PreAuthorize(HR)
    public void confirmRequest(long assignmentId) {
        MentorAssignment pair = waiting(assignmentId);
        if (!pair.isRequestedByMentee()) {
            throw new BusinessRuleException("assignment", "matching.rule.confirm-requests-only");
        }
        writer.accept(pair, true, true);
    }

    /** The pairs waiting for the signed-in person's answer or for the other side's, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(EMPLOYEE)
    public List<Proposal> myProposals() {
        long me = currentUser.requireEmployeeId();
        List<MentorAssignment> pairs = em.createQuery("""
                        select a from MentorAssignment a join fetch a.cohort
                        join fetch a.mentorEnrollment mo join fetch mo.employee
                        join fetch a.menteeEnrollment me join fetch me.employee
                        where a.status = :proposed and (mo.employee.id = :me or me.employee.id = :me)
                        order by a.proposedAt, a.id""", MentorAssignment.class)
                .setParameter("proposed", AssignmentStatus.PROPOSED).setParameter("me", me).getResultList();
        return proposals(pairs, me);
    }

    /** The signed-in person says yes to a pair of theirs; once both have, it runs. */
    @Transactional
    @PreAuthorize(EMPLOYEE)
    public void accept(long assignmentId) {
        MentorAssignment pair = waiting(assignmentId);
        boolean asMentor = side(pair);
        if ((asMentor ? pair.getMentorAcceptedAt() : pair.getMenteeAcceptedAt()) != null) {
            throw new BusinessRuleException("assignment", "matching.rule.accepted-already");
        }
        writer.accept(pair, asMentor, false);
    }

    /**
     * The signed-in person says no, with a reason HR reads; the mentee goes back on the matching board. A mentee
     * taking back their own request gives no reason.
     */
    @Transactional
    @PreAuthorize(EMPLOYEE)
    public void decline(long assignmentId, String reason) {
        MentorAssignment pair = waiting(assignmentId);
        boolean asMentor = side(pair);
        if (!asMentor && pair.isRequestedByMentee()) {
            writer.close(pair, ProposalClosed.Kind.WITHDRAWN_BY_MENTEE, optional(reason));
            return;
        }
        String why = optional(reason);
        if (why == null) {
            throw new BusinessRuleException("reason", "matching.rule.decline-reason-missing");
        }
        writer.close(pair, asMentor ? ProposalClosed.Kind.DECLINED_BY_MENTOR : ProposalClosed.Kind.DECLINED_BY_MENTEE,
                why);
    }

    /**
     * The cohorts in which the signed-in person is an accepted mentee without a mentor and may choose one, each with
     * the mentors who have room and break no hard rule for them, best fit first.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(EMPLOYEE)
    public List<MentorChoice> mentorChoices() {
        long me = currentUser.requireEmployeeId();
        List<Enrollment> mine = profiles.menteeEnrollmentsChoosingAMentor(me);
        List<MentorChoice> choices = new ArrayList<>();
        for (Enrollment enrollment : mine) {
            Proposal pending = myRequest(enrollment.getId(), me);
            CohortMatchingData.Snapshot snapshot = data.load(enrollment.getCohort());
            if (pending == null && snapshot.pairedMentees().contains(enrollment.getId())) {
                continue; // a mentor already, or HR's proposal waiting
            }
            choices.add(new MentorChoice(enrollment.getCohort().getId(), enrollment.getCohort().getName(), pending,
                    pending == null ? options(snapshot, snapshot.mentees().get(enrollment.getId())) : List.of()));
        }
        return choices;
    }

    /** The signed-in mentee asks this mentor; checked against every hard rule, capacity included. */
    @Transactional
    @PreAuthorize(EMPLOYEE)
    public PairSaved requestMentor(long mentorEnrollmentId, String message) {
        long me = currentUser.requireEmployeeId();
        Enrollment mentorEnrollment = em.find(Enrollment.class, mentorEnrollmentId);
        if (mentorEnrollment == null
                || !profiles.isAcceptedMentee(me, mentorEnrollment.getCohort().getId())) {
            throw new AccessDeniedException("You are not an accepted mentee of this mentor's cohort.");
        }
        Cohort cohort = scoring.openCohortLocked(mentorEnrollment.getCohort().getId());
        if (!cohort.isMenteesChooseMentor()) {
            throw new BusinessRuleException("mentor", "matching.rule.self-match-off");
        }
        CohortMatchingData.Snapshot snapshot = data.load(cohort);
        MatchCandidate mentee = snapshot.mentees().values().stream().filter(m -> m.employeeId() == me).findFirst()
                .orElseThrow(() -> new AccessDeniedException("You are not an accepted mentee of this cohort."));
        MatchCandidate mentor = snapshot.mentors().get(mentorEnrollmentId);
        if (mentor == null) {
            throw new BusinessRuleException("mentor", "matching.rule.mentor-left");
        }
        if (snapshot.pairedMentees().contains(mentee.enrollmentId())) {
            throw new BusinessRuleException("mentor", "matching.rule.have-mentor");
        }
        snapshot.rules().violation(mentor, mentee, snapshot.loadOf(mentorEnrollmentId), snapshot.capacity())
                .ifPresent(rule -> {
                    throw new BusinessRuleException("mentor", rule == HardRule.CAPACITY
                            ? Text.of("matching.rule.mentor-full") : Text.of("matching.rule.cannot-ask", rule.text()));
                });
        return writer.request(cohort, mentor, mentee, scoring.scorer(cohort).score(mentor, mentee),
                optional(message));
    }

    private List<MentorOption> options(CohortMatchingData.Snapshot snapshot, MatchCandidate mentee) {
        if (mentee == null) {
            return List.of();
        }
        MatchScorer scorer = scoring.scorer(snapshot.cohort());
        var profilesById = profiles.ofEnrollments(snapshot.mentors().keySet());
        List<MentorOption> out = new ArrayList<>();
        for (MatchCandidate mentor : snapshot.mentors().values()) {
            int load = snapshot.loadOf(mentor.enrollmentId());
            if (snapshot.rules().violation(mentor, mentee, load, snapshot.capacity()).isEmpty()) {
                out.add(new MentorOption(mentor.enrollmentId(), profilesById.get(mentor.enrollmentId()),
                        snapshot.capacity() - load, scorer.score(mentor, mentee)));
            }
        }
        out.sort(Comparator.comparingDouble((MentorOption o) -> -o.score().total())
                .thenComparing(o -> o.profile().name()));
        return out;
    }

    private Proposal myRequest(long menteeEnrollmentId, long me) {
        List<MentorAssignment> pairs = em.createQuery("""
                        select a from MentorAssignment a join fetch a.cohort
                        join fetch a.mentorEnrollment mo join fetch mo.employee
                        join fetch a.menteeEnrollment me join fetch me.employee
                        where a.menteeEnrollment.id = :mentee and a.status = :proposed
                          and a.requestedByMentee = true""", MentorAssignment.class)
                .setParameter("mentee", menteeEnrollmentId).setParameter("proposed", AssignmentStatus.PROPOSED)
                .getResultList();
        return proposals(pairs, me).stream().findFirst().orElse(null);
    }

    /** The pairs as {@code me} sees them, with the other person's profile; the profiles in one go (no N+1). */
    private List<Proposal> proposals(List<MentorAssignment> pairs, long me) {
        Map<Long, Profile> others = profiles.ofEnrollments(pairs.stream().map(pair -> other(pair, me).getId())
                .toList());
        return pairs.stream().map(pair -> {
            boolean asMentor = isMentor(pair, me);
            boolean mine = (asMentor ? pair.getMentorAcceptedAt() : pair.getMenteeAcceptedAt()) == null;
            boolean theirs = (asMentor ? pair.getMenteeAcceptedAt() : pair.getMentorAcceptedAt()) == null;
            return new Proposal(pair.getId(), pair.getCohort().getName(), asMentor,
                    others.get(other(pair, me).getId()), MatchScore.fromJson(pair.getScoreExplanation()),
                    pair.getProposedAt(), pair.isRequestedByMentee(), mine, theirs);
        }).toList();
    }

    private static boolean isMentor(MentorAssignment pair, long me) {
        return pair.getMentorEnrollment().getEmployee().getId() == me;
    }

    private static Enrollment other(MentorAssignment pair, long me) {
        return isMentor(pair, me) ? pair.getMenteeEnrollment() : pair.getMentorEnrollment();
    }

    /** A pair of the caller's that still waits for answers, in a cohort that can still change its pairs. */
    private MentorAssignment waiting(long assignmentId) {
        MentorAssignment pair = assignments.findById(assignmentId)
                .orElseThrow(() -> new BusinessRuleException("assignment", "matching.rule.pair-gone"));
        scoring.openCohortLocked(pair.getCohort().getId());
        em.flush();
        em.refresh(pair); // the other side's answer may have come in while we waited for the lock
        if (pair.getStatus() != AssignmentStatus.PROPOSED) {
            throw new BusinessRuleException("assignment", pair.getStatus() == AssignmentStatus.DECLINED
                    ? Text.of("matching.rule.pair-declined-meanwhile") : Text.of("matching.rule.pair-started"));
        }
        return pair;
    }

    /** True when the caller is the pair's mentor, false for its mentee; anyone else is refused. */
    private boolean side(MentorAssignment pair) {
        long me = currentUser.requireEmployeeId();
        if (pair.getMentorEnrollment().getEmployee().getId() == me) {
            return true;
        }
        if (pair.getMenteeEnrollment().getEmployee().getId() == me) {
            return false;
        }
        throw new AccessDeniedException("Only the mentor and the mentee of a pair can answer it.");
    }

    private static String optional(String text) {
        String cleaned = Texts.clean(text);
        if (cleaned == null || cleaned.isEmpty()) {
            return null;
        }
        if (cleaned.length() > REASON_MAX) {
            throw new BusinessRuleException("reason", "matching.rule.message-too-long", REASON_MAX);
        }
        return cleaned;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
