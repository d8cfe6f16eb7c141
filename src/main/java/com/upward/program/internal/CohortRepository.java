package com.upward.program.internal;

import com.upward.program.Cohort;
import com.upward.program.CohortDetails;
import com.upward.program.CohortStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    List<Cohort> findByStatus(CohortStatus status);

    List<Cohort> findByProgramIdOrderByStartsOnDesc(Long programId);

    boolean existsByProgramIdAndNameIgnoreCase(Long programId, String name);

    boolean existsByProgramIdAndNameIgnoreCaseAndIdNot(Long programId, String name, Long id);

    @Query("select new com.upward.program.CohortDetails(c.id, c.version, p.id, p.name, c.name, c.description,"
            + " c.enrollmentOpensOn, c.enrollmentClosesOn, c.startsOn, c.endsOn, c.cadence, c.maxMenteesPerMentor,"
            + " c.status) from Cohort c join c.program p where c.id = :id")
    Optional<CohortDetails> findDetails(@Param("id") long id);

    /** Cohorts taking applications today. */
    @Query("select c from Cohort c join fetch c.program p where c.status = :status"
            + " and c.enrollmentOpensOn <= :today and c.enrollmentClosesOn >= :today order by c.enrollmentClosesOn, c.name")
    List<Cohort> findOpenForApplications(@Param("status") CohortStatus status, @Param("today") LocalDate today);
}
