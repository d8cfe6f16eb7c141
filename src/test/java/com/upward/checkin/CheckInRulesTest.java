package com.upward.checkin;

import com.upward.checkin.CheckInRules.State;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Due, overdue, late and editable, driven by an injected clock in a zone where the day boundary matters. */
class CheckInRulesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate DUE = LocalDate.of(2026, 3, 16);

    static Clock at(String localDateTime) {
        return Clock.fixed(ZonedDateTime.of(LocalDateTime.parse(localDateTime), BERLIN).toInstant(), BERLIN);
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }

    @Test
    void overdueOnlyOnceTheTwoGraceDaysArePast() {
        assertThat(CheckInRules.overdue(CheckInStatus.DUE, DUE, today(at("2026-03-18T23:59")))).isFalse();
        assertThat(CheckInRules.overdue(CheckInStatus.DUE, DUE, today(at("2026-03-19T00:00")))).isTrue();
        assertThat(CheckInRules.overdue(CheckInStatus.DRAFT, DUE, today(at("2026-03-19T08:00")))).isTrue();
        assertThat(CheckInRules.overdue(CheckInStatus.SUBMITTED, DUE, today(at("2026-04-30T08:00")))).isFalse();
    }

    @Test
    void lateIsCountedOnTheCalendarOfTheZoneNotInUtc() {
        // 23:30 in Berlin on the last grace day is 22:30 UTC: on time; 00:30 the next day is late
        assertThat(CheckInRules.late(DUE, at("2026-03-18T23:30").instant(), BERLIN)).isFalse();
        assertThat(CheckInRules.late(DUE, at("2026-03-19T00:30").instant(), BERLIN)).isTrue();
        assertThat(CheckInRules.late(DUE, null, BERLIN)).isFalse();
    }

    @Test
    void editableUntilReviewedOrSevenDaysAfterTheFirstSubmission() {
        Instant submitted = at("2026-03-16T10:00").instant();
        assertThat(CheckInRules.editable(CheckInStatus.DRAFT, null, submitted)).isTrue();
        assertThat(CheckInRules.editable(CheckInStatus.SUBMITTED, submitted, at("2026-03-23T09:59").instant()))
                .isTrue();
        assertThat(CheckInRules.editable(CheckInStatus.SUBMITTED, submitted, at("2026-03-23T10:00").instant()))
                .isFalse();
        assertThat(CheckInRules.editable(CheckInStatus.REVIEWED, submitted, at("2026-03-16T11:00").instant()))
                .isFalse();
    }

    @Test
    void theStateTheMenteeSees() {
        LocalDate starts = DUE.minusWeeks(2);
        LocalDate today = today(at("2026-03-10T09:00"));
        assertThat(CheckInRules.state(CheckInStatus.DUE, starts, DUE, null, today, BERLIN)).isEqualTo(State.DUE);
        assertThat(CheckInRules.state(CheckInStatus.DUE, today.plusDays(1), DUE.plusWeeks(2), null, today, BERLIN))
                .isEqualTo(State.UPCOMING);
        assertThat(CheckInRules.state(CheckInStatus.DRAFT, starts, DUE, null, today, BERLIN)).isEqualTo(State.DRAFT);
        assertThat(CheckInRules.state(CheckInStatus.DRAFT, starts, DUE, null, DUE.plusDays(3), BERLIN))
                .isEqualTo(State.OVERDUE);
        assertThat(CheckInRules.state(CheckInStatus.SUBMITTED, starts, DUE, at("2026-03-20T09:00").instant(),
                DUE.plusDays(4), BERLIN)).isEqualTo(State.LATE);
        assertThat(CheckInRules.state(CheckInStatus.SUBMITTED, starts, DUE, at("2026-03-16T09:00").instant(),
                DUE.plusDays(4), BERLIN)).isEqualTo(State.SUBMITTED);
        assertThat(CheckInRules.state(CheckInStatus.REVIEWED, starts, DUE, at("2026-03-20T09:00").instant(),
                DUE.plusDays(4), BERLIN)).isEqualTo(State.REVIEWED);
    }
}
