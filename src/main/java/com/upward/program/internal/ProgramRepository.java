package com.upward.program.internal;

import com.upward.base.ReadModel;
import com.upward.base.Role;
import com.upward.program.Program;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

@ReadModel("The program owner picker lists HR accounts")
interface ProgramRepository extends JpaRepository<Program, Long> {

    Optional<Program> findByName(String name);

    List<Program> findByActiveTrueOrderByName();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    String ROW_FILTER = " from Program p join p.owner o"
            + " where (:text = '' or lower(p.name) like concat('%', :text, '%') escape '!')"
            + " and (:includeInactive = true or p.active = true)";

    @Query(value = "select new com.upward.program.internal.ProgramRow(p.id, p.version, p.name, o.displayName,"
            + " (select count(c) from Cohort c where c.program = p), p.active)" + ROW_FILTER,
            countQuery = "select count(p)" + ROW_FILTER)
    Page<ProgramRow> findRows(@Param("text") String lowerCaseText, @Param("includeInactive") boolean includeInactive,
                              Pageable pageable);

    @Query("select new com.upward.program.internal.ProgramDetails(p.id, p.version, p.name, p.description, o.id,"
            + " o.displayName, p.defaultCadence, p.defaultMaxMentees, p.active, p.oneRunningCohortPerMentee,"
            + " p.mentorCapacityAcrossCohorts)"
            + " from Program p join p.owner o where p.id = :id")
    Optional<ProgramDetails> findDetails(@Param("id") long id);

    @Query("select new com.upward.program.internal.OwnerChoice(u.id, u.displayName) from AppUser u join u.roles r"
            + " where r = :role and u.enabled = true order by u.displayName")
    List<OwnerChoice> findOwnerChoices(@Param("role") Role role);
}
