package com.upward.matching.internal;

import com.upward.base.i18n.Text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores a mentor for a mentee on the six criteria; pure, no Spring. Offsets are taken at {@code at}. Auto-match
 * scores every eligible pair (over a million in a big cohort), so weights and zones are looked up once, not per pair.
 */
public final class MatchScorer {

    /** A zone id as written on the profile, resolved once: the zone (null if unknown) and its offset at {@code at}. */
    private record Zone(ZoneId id, int offsetSeconds) {
    }

    private static final Zone UNKNOWN = new Zone(null, 0);

    private final int[] weightOf = new int[MatchCriterion.values().length];
    private final Instant at;
    private final Map<String, Zone> zoneCache = new ConcurrentHashMap<>();

    public MatchScorer(MatchWeights weights, Instant at) {
        Objects.requireNonNull(weights);
        for (MatchCriterion c : MatchCriterion.values()) {
            weightOf[c.ordinal()] = weights.of(c);
        }
        this.at = Objects.requireNonNull(at);
    }

    public MatchScore score(MatchCandidate mentor, MatchCandidate mentee) {
        return new MatchScore(List.of(focusAreas(mentor, mentee), crossDepartment(mentor, mentee),
                levelGap(mentor, mentee), sharedLanguage(mentor, mentee), timeZone(mentor, mentee),
                preference(mentor, mentee)));
    }

    CriterionScore focusAreas(MatchCandidate mentor, MatchCandidate mentee) {
        MatchCriterion c = MatchCriterion.FOCUS_AREAS;
        if (mentee.topics().isEmpty()) {
            return score(c, 0.5, Text.of("matching.reason.focus.none-named"));
        }
        TreeSet<String> shared = new TreeSet<>();
        for (String topic : mentee.topics()) {
            if (containsIgnoreCase(mentor.topics(), topic)) {
                shared.add(topic);
            }
        }
        double sub = (double) shared.size() / mentee.topics().size();
        return shared.isEmpty()
                ? score(c, 0, Text.of("matching.reason.focus.none-shared",
                        String.join(", ", new TreeSet<>(mentee.topics()))))
                : score(c, sub, Text.of("matching.reason.focus.shared", shared.size(),
                        mentee.topics().size(), String.join(", ", shared)));
    }

    CriterionScore crossDepartment(MatchCandidate mentor, MatchCandidate mentee) {
        MatchCriterion c = MatchCriterion.CROSS_DEPARTMENT;
        return mentor.department().equalsIgnoreCase(mentee.department())
                ? score(c, 0.3, Text.of("matching.reason.department.same", mentee.department()))
                : score(c, 1.0, Text.of("matching.reason.department.other", mentor.department(),
                        mentee.department()));
    }

    /** Ideal: the mentor is 1–4 levels above; 2–3 is best. */
    CriterionScore levelGap(MatchCandidate mentor, MatchCandidate mentee) {
        MatchCriterion c = MatchCriterion.LEVEL_GAP;
        int gap = mentor.jobLevel() - mentee.jobLevel();
        if (gap <= 0) {
            return score(c, 0, Text.of("matching.reason.level.not-senior", mentor.jobLevel(), mentee.jobLevel()));
        }
        if (gap > 4) {
            return score(c, 0.5, Text.of("matching.reason.level.too-far", gap, mentor.jobLevel(), mentee.jobLevel()));
        }
        double sub = gap == 2 || gap == 3 ? 1.0 : 0.8;
        return score(c, sub, Text.of("matching.reason.level.senior", gap, mentor.jobLevel(), mentee.jobLevel()));
    }

    CriterionScore sharedLanguage(MatchCandidate mentor, MatchCandidate mentee) {
        MatchCriterion c = MatchCriterion.SHARED_LANGUAGE;
        TreeSet<String> shared = new TreeSet<>();
        for (String language : mentee.languages()) {
            if (containsIgnoreCase(mentor.languages(), language)) {
                shared.add(language);
            }
        }
        if (shared.isEmpty()) {
            return score(c, 0, Text.of("matching.reason.language.none"));
        }
        return score(c, 1.0, Text.of("matching.reason.language.shared", String.join(", ", shared)));
    }

    CriterionScore timeZone(MatchCandidate mentor, MatchCandidate mentee) {
        MatchCriterion c = MatchCriterion.TIME_ZONE;
        Zone za = zone(mentor.timeZone());
        Zone zb = zone(mentee.timeZone());
        if (za.id() == null || zb.id() == null) {
            return score(c, 0.5, Text.of("matching.reason.zone.unknown"));
        }
        ZoneId a = za.id();
        ZoneId b = zb.id();
        int seconds = Math.abs(za.offsetSeconds() - zb.offsetSeconds());
        double hours = seconds / 3600.0;
        double sub = hours == 0 ? 1.0 : hours <= 2 ? 0.9 : hours <= 5 ? 0.6 : hours <= 8 ? 0.4 : 0.2;
        return score(c, sub, hours == 0 ? Text.of("matching.reason.zone.same", a.getId(), b.getId())
                : Text.of("matching.reason.zone.apart", hours, a.getId(), b.getId()));
    }

    CriterionScore preference(MatchCandidate mentor, MatchCandidate mentee) {
        MatchCriterion c = MatchCriterion.STATED_PREFERENCE;
        if (mentee.preferredMentorEmployeeId() != null) {
            return mentee.preferredMentorEmployeeId() == mentor.employeeId()
                    ? score(c, 1.0, Text.of("matching.reason.preference.this-mentor"))
                    : score(c, 0.4, Text.of("matching.reason.preference.other-mentor"));
        }
        boolean sameLocation = mentor.location().equalsIgnoreCase(mentee.location());
        return switch (mentee.locationPreference()) {
            case SAME -> sameLocation
                    ? score(c, 1.0, Text.of("matching.reason.preference.same-location", mentee.location()))
                    : score(c, 0.2, Text.of("matching.reason.preference.same-location-missed", mentee.location(),
                            mentor.location()));
            case OTHER -> sameLocation
                    ? score(c, 0.2, Text.of("matching.reason.preference.other-location-missed", mentee.location()))
                    : score(c, 1.0, Text.of("matching.reason.preference.other-location", mentor.location()));
            case ANY -> score(c, 1.0, Text.of("matching.reason.preference.none"));
        };
    }

    private CriterionScore score(MatchCriterion criterion, double sub, Text reason) {
        return new CriterionScore(criterion, weightOf[criterion.ordinal()], sub, reason);
    }

    private static boolean containsIgnoreCase(Set<String> values, String wanted) {
        for (String value : values) {
            if (value.equalsIgnoreCase(wanted)) {
                return true;
            }
        }
        return false;
    }

    private Zone zone(String id) {
        return id == null ? UNKNOWN : zoneCache.computeIfAbsent(id, this::resolve);
    }

    private Zone resolve(String id) {
        ZoneId zone;
        try {
            zone = ZoneId.of(id);
        } catch (DateTimeException e) {
            return UNKNOWN;
        }
        return new Zone(zone, zone.getRules().getOffset(at).getTotalSeconds());
    }
}
