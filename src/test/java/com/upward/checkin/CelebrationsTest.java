package com.upward.checkin;

import com.upward.checkin.Celebrations.Celebration;
import com.upward.checkin.Celebrations.Due;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The "celebrate" figures, one definition for the home page and the journal (issue 24). */
class CelebrationsTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Due submitted(LocalDate dueOn, LocalDate on) {
        return new Due(dueOn, on.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    @Test
    void theStreakCountsOnTimeCheckInsBackFromTheLatestAndSkipsOneStillInItsGraceDays() {
        List<Due> newestFirst = List.of(
                new Due(LocalDate.of(2026, 11, 30), null),                                // still in its grace days
                submitted(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 18)),        // on time (+2)
                submitted(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2)),
                submitted(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 22)),        // late: ends it
                submitted(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 5)));
        assertThat(Celebrations.onTimeStreak(newestFirst, TODAY, UTC)).isEqualTo(2);
    }

    @Test
    void aCheckInSubmittedOnTimeCountsAtOnceAndAMissedOneEndsTheStreak() {
        assertThat(Celebrations.onTimeStreak(List.of(submitted(LocalDate.of(2026, 11, 30), TODAY),
                submitted(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 16))), TODAY, UTC)).isEqualTo(2);
        assertThat(Celebrations.onTimeStreak(List.of(new Due(LocalDate.of(2026, 11, 20), null),
                submitted(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 6))), TODAY, UTC)).isZero();
    }

    @Test
    void lateIsReadInTheOrganisationsCalendar() {
        // 23:30 UTC on the last on-time day is already the next day in Tokyo
        Instant lastMinutes = LocalDate.of(2026, 11, 18).atTime(23, 30).toInstant(ZoneOffset.UTC);
        List<Due> one = List.of(new Due(LocalDate.of(2026, 11, 16), lastMinutes));
        assertThat(Celebrations.onTimeStreak(one, TODAY, UTC)).isEqualTo(1);
        assertThat(Celebrations.onTimeStreak(one, TODAY, ZoneId.of("Asia/Tokyo"))).isZero();
    }

    @Test
    void theWordsFollowTheCount() {
        assertThat(new Celebration(1, 0).winsLabel()).isEqualTo("Win written down");
        assertThat(new Celebration(4, 0).winsLabel()).isEqualTo("Wins written down");
    }
}
