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
        assertThat(said(CohortMove.OPEN_ENROLLMENT, ENROLLING))
                .isEqualTo("Cannot open enrollment: enrollment is already open.");
        assertThat(said(CohortMove.OPEN_ENROLLMENT, ACTIVE))
                .isEqualTo("Cannot open enrollment: the cohort has already started.");
        assertThat(said(CohortMove.START, DRAFT)).isEqualTo("Cannot start: open enrollment first.");
        assertThat(said(CohortMove.START, ACTIVE)).isEqualTo("Cannot start: the cohort has already started.");
        assertThat(said(CohortMove.START, COMPLETED)).isEqualTo("Cannot start: the cohort is completed.");
        assertThat(said(CohortMove.COMPLETE, ENROLLING)).isEqualTo("Cannot complete before the cohort has started.");
        assertThat(said(CohortMove.COMPLETE, DRAFT)).isEqualTo("Cannot complete before the cohort has started.");
        assertThat(said(CohortMove.COMPLETE, COMPLETED)).isEqualTo("Cannot complete: the cohort is already completed.");
        assertThat(said(CohortMove.ARCHIVE, ACTIVE)).isEqualTo("Cannot archive: only completed cohorts can be archived.");
        assertThat(said(CohortMove.CANCEL, ACTIVE)).isEqualTo("Cannot cancel: the cohort has already started.");
        assertThat(said(CohortMove.CANCEL, COMPLETED)).isEqualTo("Cannot cancel: the cohort is completed.");
        assertThat(said(CohortMove.START, CANCELLED)).isEqualTo("Cannot start: the cohort was cancelled.");
        assertThat(said(CohortMove.ARCHIVE, ARCHIVED)).isEqualTo("Cannot archive: the cohort is archived.");
    }

    private static String said(CohortMove move, CohortStatus from) {
        return move.refusalFor(from).english();
    }
}
