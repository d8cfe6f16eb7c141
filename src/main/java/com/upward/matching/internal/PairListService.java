package com.upward.matching.internal;

import com.upward.program.CohortPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The list of a cohort's pairs on the cohort page; pairing itself happens on the matching board. */
@Service
public class PairListService {

    private final PairRowRepository rows;

    PairListService(PairRowRepository rows) {
        this.rows = rows;
    }

    /** Every pair of the cohort, ended ones too, one page at a time. */
    @Transactional(readOnly = true)
    @PreAuthorize(CohortPage.READERS)
    public Page<PairRow> pairs(long cohortId, Pageable pageable) {
        return rows.findPairs(cohortId, pageable);
    }
}
