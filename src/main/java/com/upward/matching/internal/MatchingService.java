package com.upward.matching.internal;

import com.upward.audit.AuditAction;
import com.upward.audit.AuditEvent;
import com.upward.base.BusinessRuleException;
import com.upward.base.i18n.Text;
import com.upward.base.Texts;
import com.upward.matching.AssignmentStatus;
import com.upward.matching.MentorAssignment;
import com.upward.matching.ProposalClosed;
import com.upward.matching.internal.MatchingModels.AutoMatchPreview;
import com.upward.matching.internal.MatchingModels.MentorLoad;
import com.upward.matching.internal.MatchingModels.PairChoice;
import com.upward.matching.internal.MatchingModels.PairSaved;
import com.upward.matching.internal.MatchingModels.ProposedPair;
import com.upward.matching.internal.MatchingModels.Suggestion;
import com.upward.matching.internal.MatchingModels.UnmatchedMentee;
import com.upward.program.Cohort;
import com.upward.program.CohortStatus;
import com.upward.program.Enrollment;
import com.upward.security.CurrentUser;
import com.upward.base.Role;
import jakarta.persistence.EntityManager;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Suggestions, manual and automatic assignment, unassign and rematch, per-cohort weights. HR and admins only. */
@Service
public class MatchingService {

    private static final String HR = "hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')";
    static final int SUGGESTIONS = 5;
    /** Pairs can be made and changed only while the cohort enrolls or runs. */
    static final Set<CohortStatus> OPEN_STATUSES = EnumSet.of(CohortStatus.ENROLLING, CohortStatus.ACTIVE);
    private static final int REASON_MAX = 500;

    private final CohortMatchingData data;
    private final CohortScoring scoring;
    private final PairWriter writer;
    private final MentorAssignmentRepository assignments;
    private final MatchingWeightRepository weights;
    private final EntityManager em;
    private final CurrentUser currentUser;
    private final Clock clock;

    MatchingService(CohortMatchingData data, CohortScoring scoring, PairWriter writer, MentorAssignmentRepository assignments,
                    MatchingWeightRepository weights, EntityManager em, CurrentUser currentUser, Clock clock) {
        this.data = data;
        this.scoring = scoring;
        this.writer = writer;
        this.assignments = assignments;
        this.weights = weights;
        this.em = em;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The best five mentors for a mentee that break no hard rule (capacity included), best first. */
    @Transactional(readOnly = true)
    @PreAuthorize(HR)
    public List<Suggestion> suggestionsFor(long menteeEnrollmentId) {
        Enrollment enrollment = enrollment(menteeEnrollmentId, "mentee");
        CohortMatchingData.Snapshot snapshot = data.load(enrollment.getCohort());
        MatchCandidate mentee = snapshot.mentees().get(menteeEnrollmentId);
        if (mentee == null) {
            throw new BusinessRuleException("mentee", "matching.rule.suggestions-accepted-only");
        }
        return best(snapshot, mentee, snapshot.mentorLoads(), null);
    }

    /** The best five other mentors for a running pair's mentee, counted as if the current pair had ended. */
    @Transactional(readOnly = true)
    @PreAuthorize(HR)
    public List<Suggestion> rematchSuggestions(long assignmentId) {
        MentorAssignment pair = running(assignmentId);
        CohortMatchingData.Snapshot snapshot = data.load(pair.getCohort());
        long currentMentor = pair.getMentorEnrollment().getId();
        Map<Long, Integer> loads = new HashMap<>(snapshot.mentorLoads());
        loads.merge(currentMentor, -1, Integer::sum);
        return best(snapshot, snapshot.mentees().get(pair.getMenteeEnrollment().getId()), loads, currentMentor);
    }

    private List<Suggestion> best(CohortMatchingData.Snapshot snapshot, MatchCandidate mentee,
                                  Map<Long, Integer> loads, Long excludedMentor) {
        if (mentee == null) {
            return List.of();
        }
        MatchScorer scorer = scorer(snapshot.cohort());
        List<Suggestion> all = new ArrayList<>();
        for (MatchCandidate mentor : snapshot.mentors().values()) {
            int load = loads.getOrDefault(mentor.enrollmentId(), 0);
            if (!Long.valueOf(mentor.enrollmentId()).equals(excludedMentor)
                    && snapshot.rules().violation(mentor, mentee, load, snapshot.capacity()).isEmpty()) {
                all.add(new Suggestion(mentor.enrollmentId(), mentor.name(), load, snapshot.capacity(),
                        scorer.score(mentor, mentee)));
            }
        }
        all.sort(Comparator.comparingDouble((Suggestion s) -> -s.score().total())
                .thenComparingLong(Suggestion::mentorEnrollmentId));
        return List.copyOf(all.subList(0, Math.min(SUGGESTIONS, all.size())));
    }

    /** Why this pair may not be made (a hard rule's message), or empty when it may. */
    @Transactional(readOnly = true)
    @PreAuthorize(HR)
    public Optional<Text> refusal(long cohortId, long mentorEnrollmentId, long menteeEnrollmentId) {
        CohortMatchingData.Snapshot snapshot = data.load(cohort(cohortId));
        return check(snapshot, mentorEnrollmentId, menteeEnrollmentId, snapshot.mentorLoads(),
                snapshot.pairedMentees());
    }

    /** Makes an ACTIVE pair; refused with the broken rule's message. */
    @Transactional
    @PreAuthorize(HR)
    public PairSaved assign(long cohortId, long mentorEnrollmentId, long menteeEnrollmentId, String reason) {
        CohortMatchingData.Snapshot snapshot = data.load(openCohortLocked(cohortId));
        refuseIfBroken(check(snapshot, mentorEnrollmentId, menteeEnrollmentId, snapshot.mentorLoads(),
                snapshot.pairedMentees()));
        String why = trimmed(reason);
        if (why != null && why.length() > REASON_MAX) {
            throw new BusinessRuleException("reason", "matching.rule.reason-too-long", REASON_MAX);
        }
        return save(snapshot, mentorEnrollmentId, menteeEnrollmentId, why, null);
    }

    /** The globally optimal assignment of all unpaired accepted mentees; nothing is saved. */
    @Transactional(readOnly = true)
    @PreAuthorize(HR)
    public AutoMatchPreview previewAutoMatch(long cohortId) {
        CohortMatchingData.Snapshot snapshot = data.load(cohort(cohortId));
        List<MatchCandidate> mentees = snapshot.mentees().values().stream()
                .filter(m -> !snapshot.pairedMentees().contains(m.enrollmentId())).toList();
        List<AutoMatcher.MentorSlots> slots = snapshot.mentors().values().stream()
                .map(m -> new AutoMatcher.MentorSlots(m, snapshot.loadOf(m.enrollmentId()),
                        Math.max(0, snapshot.capacity() - snapshot.loadOf(m.enrollmentId()))))
                .toList();
        int spreadWeight = snapshot.cohort().getLoadSpreadWeight();
        AutoMatcher.Result result = new AutoMatcher(snapshot.rules(), scorer(snapshot.cohort())::score,
                LoadSpreadWeight.step(spreadWeight)).solve(mentees, slots);
        List<ProposedPair> pairs = result.pairs().stream()
                .map(p -> new ProposedPair(p.mentor().enrollmentId(), p.mentor().name(), p.mentee().enrollmentId(),
                        p.mentee().name(), p.score()))
                .toList();
        List<UnmatchedMentee> unmatched = result.unmatched().stream()
                .map(u -> new UnmatchedMentee(u.mentee().enrollmentId(), u.mentee().name(), u.reason().text()))
                .toList();
        Map<Long, Integer> proposed = new HashMap<>();
        pairs.forEach(p -> proposed.merge(p.mentorEnrollmentId(), 1, Integer::sum));
        List<MentorLoad> loads = slots.stream()
                .map(s -> new MentorLoad(s.mentor().enrollmentId(), s.mentor().name(), s.currentLoad(),
                        proposed.getOrDefault(s.mentor().enrollmentId(), 0), snapshot.capacity()))
                .sorted(Comparator.comparingInt(MentorLoad::after).reversed().thenComparing(MentorLoad::mentorName))
                .toList();
        return new AutoMatchPreview(pairs, unmatched, loads, spreadWeight);
    }

    /** Saves the pairs HR picked from a preview, each checked again; one broken rule refuses them all. */
    @Transactional
    @PreAuthorize(HR)
    public List<PairSaved> acceptAutoMatch(long cohortId, List<PairChoice> chosen) {
        CohortMatchingData.Snapshot snapshot = data.load(openCohortLocked(cohortId));
        Map<Long, Integer> loads = new HashMap<>(snapshot.mentorLoads());
        Set<Long> paired = new HashSet<>(snapshot.pairedMentees());
        List<PairSaved> saved = new ArrayList<>();
        for (PairChoice choice : chosen) {
            refuseIfBroken(check(snapshot, choice.mentorEnrollmentId(), choice.menteeEnrollmentId(), loads, paired));
            saved.add(save(snapshot, choice.mentorEnrollmentId(), choice.menteeEnrollmentId(), "Auto-match", null));
            loads.merge(choice.mentorEnrollmentId(), 1, Integer::sum);
            paired.add(choice.menteeEnrollmentId());
        }
        return saved;
    }

    /**
     * Ends a running pair, or withdraws one still waiting for answers (the mentee is back on the board); the reason is
     * required and kept in the history.
     */
    @Transactional
    @PreAuthorize(HR)
    public void unassign(long assignmentId, String reason) {
        String why = required(reason);
        MentorAssignment pair = pair(assignmentId);
        openCohortLocked(pair.getCohort().getId());
        if (pair.getStatus() == AssignmentStatus.PROPOSED) {
            writer.close(pair, ProposalClosed.Kind.WITHDRAWN_BY_HR, why);
        } else if (CohortMatchingData.RUNNING.contains(pair.getStatus())) {
            writer.unassign(pair, why);
        } else {
            throw new BusinessRuleException("assignment", "matching.rule.pair-ended");
        }
    }

    /** Ends a running pair and pairs the mentee with another mentor; the history keeps both scores. */
    @Transactional
    @PreAuthorize(HR)
    public PairSaved rematch(long assignmentId, long newMentorEnrollmentId, String reason) {
        String why = required(reason);
        MentorAssignment old = running(assignmentId);
        long menteeId = old.getMenteeEnrollment().getId();
        if (old.getMentorEnrollment().getId() == newMentorEnrollmentId) {
            throw new BusinessRuleException("mentor", "matching.rule.rematch-same-mentor");
        }
        CohortMatchingData.Snapshot snapshot = data.load(openCohortLocked(old.getCohort().getId()));
        // checked as if the old pair had already ended, so a refusal changes nothing
        Map<Long, Integer> loads = new HashMap<>(snapshot.mentorLoads());
        loads.merge(old.getMentorEnrollment().getId(), -1, Integer::sum);
        Set<Long> paired = new HashSet<>(snapshot.pairedMentees());
        paired.remove(menteeId);
        refuseIfBroken(check(snapshot, newMentorEnrollmentId, menteeId, loads, paired));
        writer.end(old, why);
        return save(snapshot, newMentorEnrollmentId, menteeId, why, old);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(HR)
    public MatchWeights weights(long cohortId) {
        return scoring.weights(cohortId);
    }

    /**
     * Stores HR's matching settings for a cohort: a weight per criterion (each 0–100, at least one above 0; criteria
     * left out keep their default), whether pairs that already ran in an earlier cohort are ruled out, and how much
     * an even spread of mentees across mentors counts in auto-match (0–100, {@link LoadSpreadWeight}).
     */
    @Transactional
    @PreAuthorize(HR)
    public MatchWeights saveSettings(long cohortId, Map<MatchCriterion, Integer> newWeights,
                                     boolean excludePreviousPairs, int loadSpreadWeight) {
        Cohort cohort = openCohortLocked(cohortId);
        newWeights.forEach((criterion, weight) -> {
            if (weight == null || weight < 0 || weight > MatchWeights.MAX_WEIGHT) {
                throw new BusinessRuleException("weights", "matching.rule.weight-range",
                        Text.of("matching.criterion." + criterion.name()));
            }
        });
        if (loadSpreadWeight < 0 || loadSpreadWeight > LoadSpreadWeight.MAX) {
            throw new BusinessRuleException("weights", "matching.rule.spread-range");
        }
        MatchWeights checked = new MatchWeights(newWeights);
        if (checked.weights().values().stream().allMatch(w -> w == 0)) {
            throw new BusinessRuleException("weights", "matching.rule.all-weights-zero");
        }
        Map<MatchCriterion, MatchingWeight> existing = new EnumMap<>(MatchCriterion.class);
        weights.findByIdCohortId(cohortId).forEach(w -> existing.put(w.getId().getCriterion(), w));
        for (MatchCriterion c : MatchCriterion.values()) {
            MatchingWeight row = existing.get(c);
            if (row == null) {
                weights.save(new MatchingWeight(cohortId, c, checked.of(c)));
            } else {
                row.setWeight(checked.of(c));
            }
        }
        cohort.setExcludePreviousPairs(excludePreviousPairs);
        cohort.setLoadSpreadWeight(loadSpreadWeight);
        audit(cohort, "Matching weights: " + checked.describe() + "; exclude pairs from earlier cohorts: "
                + (excludePreviousPairs ? "yes" : "no") + "; even spread " + loadSpreadWeight);
        return checked;
    }

    private Optional<Text> check(CohortMatchingData.Snapshot snapshot, long mentorId, long menteeId,
                                   Map<Long, Integer> loads, Set<Long> paired) {
        MatchCandidate mentor = snapshot.mentors().get(mentorId);
        MatchCandidate mentee = snapshot.mentees().get(menteeId);
        if (mentor == null) {
            return Optional.of(Text.of("matching.rule.not-a-mentor"));
        }
        if (mentee == null) {
            return Optional.of(Text.of("matching.rule.not-a-mentee"));
        }
        if (paired.contains(menteeId)) {
            return Optional.of(Text.of("matching.rule.mentee-paired"));
        }
        return snapshot.rules().violation(mentor, mentee, loads.getOrDefault(mentorId, 0), snapshot.capacity())
                .map(HardRule::text);
    }

    private static void refuseIfBroken(Optional<Text> refusal) {
        refusal.ifPresent(text -> {
            throw new BusinessRuleException("mentor", text);
        });
    }

    private PairSaved save(CohortMatchingData.Snapshot snapshot, long mentorId, long menteeId, String reason,
                           MentorAssignment previous) {
        MatchCandidate mentor = snapshot.mentors().get(mentorId);
        MatchCandidate mentee = snapshot.mentees().get(menteeId);
        return writer.start(snapshot.cohort(), mentor, mentee, scorer(snapshot.cohort()).score(mentor, mentee),
                reason, previous);
    }

    private MentorAssignment pair(long assignmentId) {
        return assignments.findById(assignmentId)
                .orElseThrow(() -> new BusinessRuleException("assignment", "matching.rule.pair-gone"));
    }

    private MentorAssignment running(long assignmentId) {
        MentorAssignment pair = pair(assignmentId);
        if (!CohortMatchingData.RUNNING.contains(pair.getStatus())) {
            throw new BusinessRuleException("assignment", "matching.rule.pair-ended");
        }
        return pair;
    }

    private MatchScorer scorer(Cohort cohort) {
        return scoring.scorer(cohort);
    }

    private Cohort openCohortLocked(long cohortId) {
        return scoring.openCohortLocked(cohortId);
    }

    private void audit(Cohort cohort, String details) {
        em.persist(new AuditEvent(clock.instant(), currentUser.require().username(), AuditAction.UPDATE, "Cohort",
                cohort.getId(), details));
    }

    private Cohort cohort(long cohortId) {
        return scoring.cohort(cohortId);
    }

    private Enrollment enrollment(long enrollmentId, String field) {
        Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null) {
            throw new BusinessRuleException(field, "matching.rule.enrollment-gone");
        }
        return enrollment;
    }

    private static String required(String reason) {
        String why = trimmed(reason);
        if (why == null) {
            throw new BusinessRuleException("reason", "matching.rule.reason-missing");
        }
        if (why.length() > REASON_MAX) {
            throw new BusinessRuleException("reason", "matching.rule.reason-too-long", REASON_MAX);
        }
        return why;
    }

    /** The reason as it is kept: see {@link Texts#clean}; blank is null. */
    private static String trimmed(String text) {
        String cleaned = Texts.clean(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }
}
