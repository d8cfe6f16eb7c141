package com.upward.program;

import com.upward.program.internal.CohortMove;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.upward.program.CohortStatus.ACTIVE;
import static com.upward.program.CohortStatus.ARCHIVED;
import static com.upward.program.CohortStatus.CANCELLED;
import static com.upward.program.CohortStatus.COMPLETED;
import static com.upward.program.CohortStatus.DRAFT;
import static com.upward.program.CohortStatus.ENROLLING;
import static org.assertj.core.api.Assertions.assertThat;

class CohortMoveTest {

    @ParameterizedTest
    @EnumSource(CohortMove.class)
    void aMoveIsRefusedExactlyWhenTheLifecycleForbidsIt(CohortMove move) {
        for (CohortStatus from : CohortStatus.values()) {
            assertThat(move.refusalFor(from) == null).as("%s from %s", move, from).isEqualTo(from.canMoveTo(move.target()));
        }
    }

    @Test
    void refusalsSayWhy() {
        assertThat(CohortMove.OPEN_ENROLLMENT.refusalFor(ENROLLING))
                .isEqualTo("Cannot open enrollment: enrollment is already open.");
        assertThat(CohortMove.OPEN_ENROLLMENT.refusalFor(ACTIVE))
                .isEqualTo("Cannot open enrollment: the cohort has already started.");
        assertThat(CohortMove.START.refusalFor(DRAFT)).isEqualTo("Cannot start: open enrollment first.");
        assertThat(CohortMove.START.refusalFor(ACTIVE)).isEqualTo("Cannot start: the cohort has already started.");
        assertThat(CohortMove.START.refusalFor(COMPLETED)).isEqualTo("Cannot start: the cohort is completed.");
        assertThat(CohortMove.COMPLETE.refusalFor(ENROLLING)).isEqualTo("Cannot complete before the cohort has started.");
        assertThat(CohortMove.COMPLETE.refusalFor(DRAFT)).isEqualTo("Cannot complete before the cohort has started.");
        assertThat(CohortMove.COMPLETE.refusalFor(COMPLETED)).isEqualTo("Cannot complete: the cohort is already completed.");
        assertThat(CohortMove.ARCHIVE.refusalFor(ACTIVE)).isEqualTo("Cannot archive: only completed cohorts can be archived.");
        assertThat(CohortMove.CANCEL.refusalFor(ACTIVE)).isEqualTo("Cannot cancel: the cohort has already started.");
        assertThat(CohortMove.CANCEL.refusalFor(COMPLETED)).isEqualTo("Cannot cancel: the cohort is completed.");
        assertThat(CohortMove.START.refusalFor(CANCELLED)).isEqualTo("Cannot start: the cohort was cancelled.");
        assertThat(CohortMove.ARCHIVE.refusalFor(ARCHIVED)).isEqualTo("Cannot archive: the cohort is archived.");
    }
}
