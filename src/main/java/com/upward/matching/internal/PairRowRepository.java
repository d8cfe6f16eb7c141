package com.upward.matching.internal;

import com.upward.matching.MentorAssignment;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Read-only rows of a cohort's pairs, with the names of the employees in them. Nothing here writes. */
interface PairRowRepository extends Repository<MentorAssignment, Long> {

    String PAIRS = " from MentorAssignment a join a.mentorEnrollment ren join ren.employee mr"
            + " join a.menteeEnrollment een join een.employee me where a.cohort.id = :cohortId";

    /** Sortable by the aliases {@code mr.lastName}, {@code me.lastName} and the pair's own fields. */
    @Query(value = "select new com.upward.matching.internal.PairRow(a.id, concat(mr.firstName, ' ', mr.lastName),"
            + " concat(me.firstName, ' ', me.lastName), a.score, a.status, a.startsOn, a.endsOn)" + PAIRS,
            countQuery = "select count(a)" + PAIRS)
    Page<PairRow> findPairs(@Param("cohortId") long cohortId, Pageable pageable);
}
