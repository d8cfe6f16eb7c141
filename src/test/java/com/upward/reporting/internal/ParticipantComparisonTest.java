package com.upward.reporting.internal;

import com.upward.reporting.ColleagueComparison;
import com.upward.reporting.ColleagueComparison.Difference;
import com.upward.reporting.ColleagueComparison.Outcome;
import com.upward.reporting.ColleagueComparison.Row;
import com.upward.reporting.internal.ParticipantComparison.Person;
import com.upward.reporting.internal.ParticipantComparison.State;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The bands, the matching and weighting of {@link ParticipantComparison}, and the interval, worked out by hand. */
class ParticipantComparisonTest {

    static final LocalDate BASELINE = LocalDate.of(2025, 1, 6);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final LocalDate SALES_HIRED = LocalDate.of(2023, 6, 1); // 1–3 years on the baseline
    static final LocalDate FINANCE_HIRED = LocalDate.of(2018, 2, 1); // 5+ years

    @Test
    void bandsOfLevelAndTenure() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 10)).extracting(ParticipantComparison::levelBand)
                .containsExactly("1-2", "1-2", "3-4", "3-4", "5-6", "5-6", "7+", "7+");
        LocalDate baseline = LocalDate.of(2026, 3, 2);
        assertThat(ParticipantComparison.tenureBand(LocalDate.of(2025, 3, 3), baseline)).isEqualTo("<1");
        assertThat(ParticipantComparison.tenureBand(LocalDate.of(2025, 3, 2), baseline)).isEqualTo("1-3");
        assertThat(ParticipantComparison.tenureBand(LocalDate.of(2023, 3, 3), baseline)).isEqualTo("1-3");
        assertThat(ParticipantComparison.tenureBand(LocalDate.of(2023, 3, 2), baseline)).isEqualTo("3-5");
        assertThat(ParticipantComparison.tenureBand(LocalDate.of(2021, 3, 2), baseline)).isEqualTo("5+");
        assertThat(ParticipantComparison.tenureBand(null, baseline)).isEqualTo("?");
    }

    /**
     * Newcombe (1998), "Interval estimation for the difference between independent proportions", Statistics in
     * Medicine 17, 873–890, table II, method 10: example (a) 56/70 against 48/80 gives +0.2000 with 0.0524 to 0.3339;
     * (e) 0/10 against 0/20 gives −0.1611 to 0.2775; (f) 10/10 against 0/20 gives 0.6791 to 1.
     */
    @Test
    void theIntervalIsNewcombesHybridScoreInterval() {
        Difference d = DifferenceInterval.of(56, 70, 48, 80);
        assertThat(d.estimate()).isCloseTo(0.2, within(1e-12));
        assertThat(d.lower()).isCloseTo(0.0524, within(0.00005));
        assertThat(d.upper()).isCloseTo(0.3339, within(0.00005));
        Difference none = DifferenceInterval.of(0, 10, 0, 20);
        assertThat(none.lower()).isCloseTo(-0.1611, within(0.00005));
        assertThat(none.upper()).isCloseTo(0.2775, within(0.00005));
        Difference all = DifferenceInterval.of(10, 10, 0, 20);
        assertThat(all.lower()).isCloseTo(0.6791, within(0.00005));
        assertThat(all.upper()).isCloseTo(1.0, within(1e-9));
        // equal weights: the weighted interval is the same
        Difference weighted = DifferenceInterval.weighted(56, 70, 48 / 80.0, 80);
        assertThat(weighted).isEqualTo(d);
    }

    /**
     * Sales, levels 3–4, 1–3 years: 4 mentees, 2 colleagues (one left in March 2025). Finance, levels 5–6, 5+ years:
     * 2 mentees, 8 colleagues (one promoted in May 2025, one left in October 2025). A Legal mentee has no similar
     * colleague; a mentee of a later cohort (June 2025) neither, and their 12 months have not passed. Among the
     * mentees, one of Sales is promoted in August 2025 and another leaves in September 2025.
     */
    @Test
    void participantsAreComparedWithTheirStratumWeightedByParticipants() {
        var f = new Fixture();
        long promoted = f.mentee(BASELINE, "Sales", 3, SALES_HIRED);
        f.promote(promoted, LocalDate.of(2025, 8, 1), 4);
        long leaver = f.mentee(BASELINE, "Sales", 4, SALES_HIRED);
        f.leave(leaver, LocalDate.of(2025, 9, 1));
        f.mentee(BASELINE, "Sales", 3, SALES_HIRED);
        f.mentee(BASELINE, "Sales", 3, SALES_HIRED);
        f.mentee(BASELINE, "Finance", 5, FINANCE_HIRED);
        f.mentee(BASELINE, "Finance", 6, FINANCE_HIRED);
        f.mentee(BASELINE, "Legal", 3, SALES_HIRED);
        f.mentee(LocalDate.of(2025, 6, 2), "Legal", 3, SALES_HIRED);

        f.leave(f.colleague("Sales", 4, SALES_HIRED), LocalDate.of(2025, 3, 1));
        f.colleague("Sales", 3, SALES_HIRED);
        for (int i = 0; i < 8; i++) {
            long colleague = f.colleague("Finance", 5 + i % 2, FINANCE_HIRED);
            if (i == 0) {
                f.promote(colleague, LocalDate.of(2025, 5, 1), 6);
            } else if (i == 1) {
                f.leave(colleague, LocalDate.of(2025, 10, 1));
            }
        }
        // not similar: another level band, hired after the start, gone before it, took part in another cohort
        f.colleague("Sales", 7, SALES_HIRED);
        f.colleague("Sales", 3, LocalDate.of(2025, 2, 1));
        f.leave(f.colleague("Sales", 3, SALES_HIRED), LocalDate.of(2024, 12, 1));
        f.tookPart.add(f.colleague("Sales", 3, SALES_HIRED));

        ColleagueComparison c = ParticipantComparison.compare(f.participants, f.tookPart, f.people, TODAY);

        assertThat(c.unmatched()).isEqualTo(2);
        assertThat(c.notYet6()).isZero();
        assertThat(c.notYet12()).isEqualTo(1);
        Row six = row(c, Outcome.RETENTION_6);
        assertThat(List.of(six.participants(), six.colleagues())).containsExactly(6L, 10L);
        assertThat(six.participantRate()).isEqualTo(1.0);
        assertThat(six.colleagueRate()).as("(4 × 1/2 + 2 × 8/8) / 6").isCloseTo(4 / 6.0, within(1e-12));
        assertThat(six.difference().estimate()).isCloseTo(1 / 3.0, within(1e-12));
        Row twelve = row(c, Outcome.RETENTION_12);
        assertThat(twelve.participantRate()).isCloseTo(5 / 6.0, within(1e-12));
        assertThat(twelve.colleagueRate()).as("(4 × 1/2 + 2 × 7/8) / 6").isCloseTo(3.75 / 6, within(1e-12));
        Row promotion = row(c, Outcome.PROMOTION);
        assertThat(promotion.participantRate()).isCloseTo(1 / 6.0, within(1e-12));
        assertThat(promotion.colleagueRate()).as("(4 × 0/2 + 2 × 1/8) / 6").isCloseTo(0.25 / 6, within(1e-12));
        for (Row row : c.rows()) {
            assertThat(row.difference().lower()).isLessThan(row.difference().estimate());
            assertThat(row.difference().upper()).isGreaterThan(row.difference().estimate());
            assertThat(row.shown()).isTrue();
        }
    }

    @Test
    void aGroupUnderFivePeopleIsNotShown() {
        var f = new Fixture();
        for (int i = 0; i < 4; i++) {
            f.mentee(BASELINE, "Sales", 3, SALES_HIRED);
        }
        for (int i = 0; i < 20; i++) {
            f.colleague("Sales", 3, SALES_HIRED);
        }
        ColleagueComparison c = ParticipantComparison.compare(f.participants, f.tookPart, f.people, TODAY);

        assertThat(c.rows()).allSatisfy(row -> {
            assertThat(row.participants()).isEqualTo(4);
            assertThat(row.shown()).isFalse();
        });
    }

    @Test
    void outcomesWhoseFollowUpHasNotPassedAreNotCounted() {
        var f = new Fixture();
        LocalDate recent = TODAY.minusMonths(7);
        for (int i = 0; i < 5; i++) {
            f.mentee(recent, "Sales", 3, SALES_HIRED);
            f.colleague("Sales", 3, SALES_HIRED);
        }
        ColleagueComparison c = ParticipantComparison.compare(f.participants, f.tookPart, f.people, TODAY);

        assertThat(row(c, Outcome.RETENTION_6).participants()).isEqualTo(5);
        assertThat(row(c, Outcome.RETENTION_12).participants()).isZero();
        assertThat(row(c, Outcome.RETENTION_12).difference()).isNull();
        assertThat(List.of(c.notYet6(), c.notYet12())).containsExactly(0L, 5L);
    }

    private static Row row(ColleagueComparison c, Outcome outcome) {
        return c.rows().stream().filter(r -> r.outcome() == outcome).findFirst().orElseThrow();
    }

    /** People with histories: one row from their hire date, more for promotions and leaving. */
    static final class Fixture {
        final Map<Long, LocalDate> participants = new HashMap<>();
        final Set<Long> tookPart = new java.util.HashSet<>();
        final Map<Long, Person> people = new HashMap<>();
        private long next = 1;

        long mentee(LocalDate baseline, String department, int level, LocalDate hired) {
            long id = colleague(department, level, hired);
            participants.put(id, baseline);
            tookPart.add(id);
            return id;
        }

        long colleague(String department, int level, LocalDate hired) {
            long id = next++;
            people.put(id, new Person(hired, new ArrayList<>(List.of(new State(hired, level, department, true)))));
            return id;
        }

        void promote(long id, LocalDate on, int level) {
            State last = people.get(id).history().getLast();
            people.get(id).history().add(new State(on, level, last.department(), last.active()));
        }

        void leave(long id, LocalDate on) {
            State last = people.get(id).history().getLast();
            people.get(id).history().add(new State(on, last.level(), last.department(), false));
        }
    }
}
