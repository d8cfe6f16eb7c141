package com.upward.survey.internal;

import com.upward.program.ClosingSurveys;
import com.upward.program.Cohort;
import com.upward.program.CohortStatus;
import com.upward.base.Role;
import com.upward.survey.SurveyKind;
import jakarta.persistence.EntityManager;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * Opens a cohort's surveys at the points of its lifecycle: the growth self-assessment when it starts; the growth
 * self-assessment again and the closing survey (NPS, relationship) when it completes. A survey that exists already
 * is left as it is, so opening twice changes nothing.
 */
@Service
public class CohortSurveyService implements ClosingSurveys.Lookup {

    /** How long a survey stays open. */
    static final int OPEN_DAYS = 21;
    /** The surveys opened when a cohort completes. */
    private static final List<SurveyKind> CLOSING_KINDS = List.of(SurveyKind.GROWTH_END, SurveyKind.CLOSING);

    static final List<String> GROWTH_STATEMENTS = List.of(
            "I see setbacks as a chance to learn.",
            "I talk openly about my mistakes with colleagues.",
            "I ask for help early when I am stuck.",
            "I set myself goals that stretch me.",
            "When my first approach fails, I try a different one.");

    private final SurveyRepository surveys;
    private final EntityManager em;

    CohortSurveyService(SurveyRepository surveys, EntityManager em) {
        this.surveys = surveys;
        this.em = em;
    }

    /** The growth self-assessment at the start; returns how many surveys were created (0 or 1). */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')")
    public int openStartSurvey(long cohortId, LocalDate opensOn) {
        return growth(cohortId, SurveyKind.GROWTH_START, "Growth self-assessment: start", opensOn);
    }

    /** The growth self-assessment at the end and the closing survey; returns how many were created (0–2). */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')")
    public int openClosingSurveys(long cohortId, LocalDate opensOn) {
        int created = growth(cohortId, SurveyKind.GROWTH_END, "Growth self-assessment: end", opensOn);
        if (surveys.findByCohortIdAndKind(cohortId, SurveyKind.CLOSING).isEmpty()) {
            Survey closing = survey(cohortId, SurveyKind.CLOSING, "Closing survey", opensOn);
            closing.addQuestion("nps", "How likely are you to recommend this program to a colleague?", 0, 10);
            closing.addQuestion("relationship", "How would you rate your mentoring relationship?", 1, 5);
            surveys.save(closing);
            created++;
        }
        return created;
    }

    /**
     * Whether the cohort's closing surveys (the end self-assessment and the closing survey) still take answers on
     * {@code today} or will later ({@link SurveyWindow}; archiving the cohort closes them), and until when.
     */
    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Role.Names.ADMIN + "', '" + Role.Names.HR + "')")
    public ClosingSurveys of(long cohortId, LocalDate today) {
        Object[] row = em.createQuery("""
                        select count(s), sum(case when s.closesOn is null then 1 else 0 end), max(s.closesOn)
                        from Survey s where s.cohort.id = :cohort and s.kind in :closing
                          and s.cohort.status <> :archived and (s.closesOn is null or s.closesOn >= :today)""",
                        Object[].class)
                .setParameter("cohort", cohortId).setParameter("closing", CLOSING_KINDS)
                .setParameter("archived", CohortStatus.ARCHIVED).setParameter("today", today).getSingleResult();
        boolean open = ((Number) row[0]).longValue() > 0;
        boolean withoutLastDay = row[1] != null && ((Number) row[1]).longValue() > 0;
        return new ClosingSurveys(open, open && !withoutLastDay ? (LocalDate) row[2] : null);
    }

    private int growth(long cohortId, SurveyKind kind, String title, LocalDate opensOn) {
        if (surveys.findByCohortIdAndKind(cohortId, kind).isPresent()) {
            return 0;
        }
        Survey survey = survey(cohortId, kind, title, opensOn);
        for (int i = 0; i < GROWTH_STATEMENTS.size(); i++) {
            survey.addQuestion("growth_" + (i + 1), GROWTH_STATEMENTS.get(i), 1, 5);
        }
        surveys.save(survey);
        return 1;
    }

    private Survey survey(long cohortId, SurveyKind kind, String title, LocalDate opensOn) {
        Survey survey = new Survey(em.getReference(Cohort.class, cohortId), kind, title, opensOn);
        survey.setClosesOn(opensOn.plusDays(OPEN_DAYS));
        return survey;
    }
}
