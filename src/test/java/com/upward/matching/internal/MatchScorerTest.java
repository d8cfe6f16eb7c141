package com.upward.matching.internal;

import com.upward.matching.Candidates;
import com.upward.program.LocationPreference;
import com.upward.base.i18n.Text;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import static com.upward.matching.Candidates.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatchScorerTest {

    private static final Instant WINTER = Instant.parse("2026-01-15T12:00:00Z");
    private final MatchScorer scorer = new MatchScorer(MatchWeights.defaults(), WINTER);

    @Test
    void focusAreasScoreTheShareOfTheMenteesTopicsTheMentorOffers() {
        MatchCandidate mentee = withTopics(person(1, "Sales", 3), "Negotiation", "Public speaking");
        CriterionScore half = scorer.focusAreas(withTopics(person(2, "IT", 6), "negotiation", "Java"), mentee);
        assertThat(half.subScore()).isEqualTo(0.5);
        assertThat(half.reason().english()).isEqualTo("Shares 1 of 2 focus areas: Negotiation");
        CriterionScore none = scorer.focusAreas(withTopics(person(3, "IT", 6), "Java"), mentee);
        assertThat(none.subScore()).isZero();
        assertThat(none.reason().english()).contains("None of the focus areas");
        assertThat(scorer.focusAreas(withTopics(person(4, "IT", 6), "Negotiation", "Public speaking"), mentee)
                .subScore()).isEqualTo(1.0);
    }

    @Test
    void crossDepartmentPrefersAnotherDepartment() {
        MatchCandidate mentee = person(1, "Sales", 3);
        assertThat(scorer.crossDepartment(person(2, "IT", 5), mentee).subScore()).isEqualTo(1.0);
        CriterionScore same = scorer.crossDepartment(person(3, "Sales", 5), mentee);
        assertThat(same.subScore()).isEqualTo(0.3);
        assertThat(same.reason().english()).isEqualTo("Both in Sales");
    }

    @Test
    void levelGapIsIdealOneToFourLevelsAbove() {
        MatchCandidate mentee = person(1, "Sales", 3);
        assertThat(scorer.levelGap(person(2, "IT", 3), mentee).subScore()).isZero();
        assertThat(scorer.levelGap(person(2, "IT", 2), mentee).reason().english()).startsWith("Mentor is not more senior");
        assertThat(scorer.levelGap(person(2, "IT", 4), mentee).subScore()).isEqualTo(0.8);
        assertThat(scorer.levelGap(person(2, "IT", 5), mentee).subScore()).isEqualTo(1.0);
        assertThat(scorer.levelGap(person(2, "IT", 6), mentee).subScore()).isEqualTo(1.0);
        assertThat(scorer.levelGap(person(2, "IT", 7), mentee).subScore()).isEqualTo(0.8);
        CriterionScore far = scorer.levelGap(person(2, "IT", 9), mentee);
        assertThat(far.subScore()).isEqualTo(0.5);
        assertThat(far.reason().english()).startsWith("Gap of 6 levels");
    }

    @Test
    void sharedLanguageNeedsOneCommonLanguage() {
        MatchCandidate mentee = withLanguages(person(1, "Sales", 3), "German", "French");
        CriterionScore shared = scorer.sharedLanguage(withLanguages(person(2, "IT", 5), "english", "german"), mentee);
        assertThat(shared.subScore()).isEqualTo(1.0);
        assertThat(shared.reason().english()).isEqualTo("Both speak German");
        assertThat(scorer.sharedLanguage(withLanguages(person(3, "IT", 5), "Japanese"), mentee).subScore()).isZero();
    }

    @Test
    void timeZoneDistanceUsesTheOffsetsAtTheGivenInstant() {
        MatchCandidate mentee = in(person(1, "Sales", 3), "Europe/Berlin", "Berlin");
        assertThat(scorer.timeZone(in(person(2, "IT", 5), "Europe/Paris", "Paris"), mentee).subScore()).isEqualTo(1.0);
        assertThat(scorer.timeZone(in(person(2, "IT", 5), "Europe/London", "London"), mentee).subScore()).isEqualTo(0.9);
        // winter: New York is UTC-5, Berlin UTC+1
        CriterionScore ny = scorer.timeZone(in(person(2, "IT", 5), "America/New_York", "New York"), mentee);
        assertThat(ny.subScore()).isEqualTo(0.4);
        assertThat(ny.reason().english()).isEqualTo("6 h apart (America/New_York vs Europe/Berlin)");
        assertThat(scorer.timeZone(in(person(2, "IT", 5), "Asia/Dubai", "Dubai"), mentee).subScore()).isEqualTo(0.6);
        assertThat(scorer.timeZone(in(person(2, "IT", 5), "Pacific/Auckland", "Auckland"), mentee).subScore())
                .isEqualTo(0.2);
        assertThat(scorer.timeZone(in(person(2, "IT", 5), "Mars/Olympus", "Mars"), mentee).reason().english())
                .isEqualTo("Time zone unknown");
    }

    @Test
    void statedPreferenceForANamedMentorOrALocation() {
        MatchCandidate mentor = in(person(7, "IT", 5), "Europe/Berlin", "Berlin");
        MatchCandidate other = in(person(8, "IT", 5), "Europe/Paris", "Paris");
        MatchCandidate mentee = person(1, "Sales", 3);
        assertThat(scorer.preference(mentor, preferring(mentee, 7L, LocationPreference.ANY)).subScore()).isEqualTo(1.0);
        assertThat(scorer.preference(other, preferring(mentee, 7L, LocationPreference.ANY)).subScore()).isEqualTo(0.4);
        assertThat(scorer.preference(mentor, preferring(mentee, null, LocationPreference.SAME)).subScore()).isEqualTo(1.0);
        assertThat(scorer.preference(other, preferring(mentee, null, LocationPreference.SAME)).subScore()).isEqualTo(0.2);
        assertThat(scorer.preference(mentor, preferring(mentee, null, LocationPreference.OTHER)).subScore()).isEqualTo(0.2);
        assertThat(scorer.preference(other, preferring(mentee, null, LocationPreference.OTHER)).reason().english())
                .isEqualTo("Wants a mentor from another location: Paris");
        assertThat(scorer.preference(other, mentee).reason().english()).isEqualTo("No preference stated");
    }

    @Test
    void totalIsNormalisedToHundredByTheWeights() {
        MatchCandidate mentee = withTopics(person(1, "Sales", 3), "Negotiation");
        MatchCandidate perfect = withTopics(person(2, "IT", 5), "Negotiation");
        assertThat(scorer.score(perfect, mentee).total()).isEqualTo(100.0);

        // only the level gap counts: a 1-level gap gives 0.8 -> 80
        Map<MatchCriterion, Integer> onlyLevel = Map.of(MatchCriterion.FOCUS_AREAS, 0,
                MatchCriterion.CROSS_DEPARTMENT, 0, MatchCriterion.SHARED_LANGUAGE, 0, MatchCriterion.TIME_ZONE, 0,
                MatchCriterion.STATED_PREFERENCE, 0, MatchCriterion.LEVEL_GAP, 5);
        MatchScorer levelOnly = new MatchScorer(new MatchWeights(onlyLevel), WINTER);
        assertThat(levelOnly.score(withTopics(person(3, "IT", 4), "Negotiation"), mentee).total())
                .isCloseTo(80.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void explanationJsonHasTheDemoShape() {
        MatchScore score = scorer.score(person(2, "IT", 5), person(1, "Sales \"A\"", 3));
        assertThat(score.json()).startsWith("{\"criteria\":[{\"name\":\"Focus areas vs skills\",\"weight\":30,"
                + "\"subScore\":0.50,\"reason\":").contains("\"reason\":\"Mentor in IT, mentee in Sales \\\"A\\\"");
        assertThat(score.criteria()).hasSize(6);
    }

    @Test
    void weightsOutsideZeroToHundredAreRefused() {
        assertThatThrownBy(() -> new MatchWeights(Map.of(MatchCriterion.TIME_ZONE, 101)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(MatchWeights.defaults().of(MatchCriterion.FOCUS_AREAS)).isEqualTo(30);
    }

    @Test
    void reasonsAreStoredWithTheirKeysAndReadInTheReadersLanguage() {
        MatchCandidate mentee = in(withTopics(person(1, "Sales", 3), "Negotiation", "Public speaking"),
                "Europe/Berlin", "Berlin");
        MatchCandidate mentor = in(withTopics(person(2, "IT", 6), "negotiation"), "America/New_York", "New York");
        MatchScore stored = MatchScore.fromJson(scorer.score(mentor, mentee).json());
        assertThat(stored).isEqualTo(scorer.score(mentor, mentee));
        assertThat(reason(stored, MatchCriterion.FOCUS_AREAS).in(Locale.GERMAN))
                .isEqualTo("Teilt 1 von 2 Schwerpunkten: Negotiation");
        assertThat(reason(stored, MatchCriterion.LEVEL_GAP).in(Locale.GERMAN))
                .isEqualTo("Der Mentor ist 3 Stufen höher eingestuft (6 zu 3)");
        assertThat(reason(stored, MatchCriterion.TIME_ZONE).in(Locale.GERMAN))
                .isEqualTo("6 h Zeitunterschied (America/New_York zu Europe/Berlin)");
        assertThat(reason(stored, MatchCriterion.LEVEL_GAP).english()).isEqualTo("Mentor is 3 levels senior (6 vs 3)");
        // a score stored before reasons had keys keeps its sentence
        MatchScore old = MatchScore.fromJson("""
                {"criteria":[{"name":"%s","weight":3,"subScore":0.5,"reason":"Shares 1 of 2 focus areas: Sales"}]}"""
                .formatted(MatchCriterion.FOCUS_AREAS.label()));
        assertThat(reason(old, MatchCriterion.FOCUS_AREAS).in(Locale.GERMAN)).isEqualTo("Shares 1 of 2 focus areas: Sales");
    }

    private static Text reason(MatchScore score, MatchCriterion criterion) {
        return score.criteria().stream().filter(c -> c.criterion() == criterion).findFirst().orElseThrow().reason();
    }
}
