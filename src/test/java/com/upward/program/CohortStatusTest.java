package com.upward.program;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Set;

import static com.upward.program.CohortStatus.ACTIVE;
import static com.upward.program.CohortStatus.ARCHIVED;
import static com.upward.program.CohortStatus.CANCELLED;
import static com.upward.program.CohortStatus.COMPLETED;
import static com.upward.program.CohortStatus.DRAFT;
import static com.upward.program.CohortStatus.ENROLLING;
import static org.assertj.core.api.Assertions.assertThat;

class CohortStatusTest {

    @Test
    void movesOneStepForwardAlongTheLifecycle() {
        assertThat(DRAFT.canMoveTo(ENROLLING)).isTrue();
        assertThat(ENROLLING.canMoveTo(ACTIVE)).isTrue();
        assertThat(ACTIVE.canMoveTo(COMPLETED)).isTrue();
        assertThat(COMPLETED.canMoveTo(ARCHIVED)).isTrue();
    }

    @Test
    void cancelsOnlyBeforeTheCohortStarts() {
        assertThat(DRAFT.canMoveTo(CANCELLED)).isTrue();
        assertThat(ENROLLING.canMoveTo(CANCELLED)).isTrue();
        assertThat(ACTIVE.canMoveTo(CANCELLED)).isFalse();
        assertThat(COMPLETED.canMoveTo(CANCELLED)).isFalse();
        assertThat(ARCHIVED.canMoveTo(CANCELLED)).isFalse();
        assertThat(CANCELLED.canMoveTo(CANCELLED)).isFalse();
    }

    @Test
    void neverMovesBackSkipsAStepOrStays() {
        assertThat(ENROLLING.canMoveTo(DRAFT)).isFalse();
        assertThat(ACTIVE.canMoveTo(ENROLLING)).isFalse();
        assertThat(ARCHIVED.canMoveTo(COMPLETED)).isFalse();
        assertThat(DRAFT.canMoveTo(ACTIVE)).isFalse();
        assertThat(ACTIVE.canMoveTo(ARCHIVED)).isFalse();
        assertThat(ACTIVE.canMoveTo(ACTIVE)).isFalse();
        assertThat(DRAFT.canMoveTo(null)).isFalse();
    }

    @ParameterizedTest
    @EnumSource
    void exactlyTheDocumentedTargetsAreAllowed(CohortStatus from) {
        Set<CohortStatus> allowed = EnumSet.noneOf(CohortStatus.class);
        for (CohortStatus to : CohortStatus.values()) {
            if (from.canMoveTo(to)) {
                allowed.add(to);
            }
        }
        Set<CohortStatus> expected = switch (from) {
            case DRAFT -> EnumSet.of(ENROLLING, CANCELLED);
            case ENROLLING -> EnumSet.of(ACTIVE, CANCELLED);
            case ACTIVE -> EnumSet.of(COMPLETED);
            case COMPLETED -> EnumSet.of(ARCHIVED);
            case ARCHIVED, CANCELLED -> EnumSet.noneOf(CohortStatus.class);
        };
        assertThat(allowed).isEqualTo(expected);
        assertThat(from.isFinal()).isEqualTo(expected.isEmpty());
    }
}
