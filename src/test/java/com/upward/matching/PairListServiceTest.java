package com.upward.matching;

import com.upward.matching.internal.PairListService;
import com.upward.matching.internal.PairRow;
import com.upward.testsupport.CohortActivity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cohort page's list of pairs: every pair of the cohort, paused ones too, with the people's names. */
@SpringBootTest
@Tag("db")
@Transactional
@WithUserDetails("hr")
class PairListServiceTest {

    @Autowired
    PairListService pairs;
    @Autowired
    CohortActivity activity;

    @Test
    void everyPairOfTheCohort() {
        CohortActivity.Cohort cohort = activity.create();

        var rows = pairs.pairs(cohort.id(), PageRequest.of(0, 10, Sort.by("status")));
        assertThat(rows.getContent()).extracting(PairRow::status)
                .containsExactlyInAnyOrder(AssignmentStatus.ACTIVE, AssignmentStatus.PAUSED);
        assertThat(rows.getContent()).extracting(PairRow::mentorName)
                .containsOnly(cohort.mentor().getEmployee().getFullName());
        assertThat(rows.getContent()).extracting(PairRow::menteeName).containsExactlyInAnyOrder(
                cohort.mentee().getEmployee().getFullName(), cohort.quiet().getEmployee().getFullName());
        assertThat(pairs.pairs(cohort.id(), PageRequest.of(0, 1)).getTotalElements()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("exec")
    void executivesSeeNoSingleCohortDetail() {
        assertThatThrownBy(() -> pairs.pairs(1, PageRequest.of(0, 5))).isInstanceOf(AuthorizationDeniedException.class);
    }
}
