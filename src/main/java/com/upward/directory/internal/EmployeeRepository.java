package com.upward.directory.internal;

import com.upward.base.Texts;
import com.upward.directory.Employee;
import com.upward.directory.EmployeeFilter;
import com.upward.directory.EmployeeRef;
import com.upward.directory.EmployeeSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface EmployeeRepository extends JpaRepository<Employee, Long> {

    Optional<Employee> findByEmployeeNumber(String employeeNumber);

    boolean existsByEmailIgnoreCase(String email);

    String FILTER = " from Employee e where (lower(concat(e.firstName, ' ', e.lastName)) like :pattern escape '!'"
            + " or lower(e.email) like :pattern escape '!' or lower(e.employeeNumber) like :pattern escape '!')"
            + " and (:department is null or e.department = :department)"
            + " and (:location is null or e.location = :location)"
            + " and e.jobLevel between :minLevel and :maxLevel"
            + " and (:active is null or e.active = :active)"
            + " and (:skill is null or :skill member of e.skills)";

    @Query(value = "select new com.upward.directory.EmployeeSummary(e.id, e.employeeNumber, e.firstName, e.lastName,"
            + " e.email, e.department, e.jobTitle, e.jobLevel, e.location, e.active)" + FILTER,
            countQuery = "select count(e)" + FILTER)
    Page<EmployeeSummary> findSummaries(@Param("pattern") String pattern, @Param("department") String department,
                                        @Param("location") String location, @Param("minLevel") int minLevel,
                                        @Param("maxLevel") int maxLevel, @Param("active") Boolean active,
                                        @Param("skill") String skill, Pageable pageable);

    default Page<EmployeeSummary> findSummaries(EmployeeFilter f, Pageable pageable) {
        return findSummaries(f.textPattern(), Texts.blankToNull(f.department()),
                Texts.blankToNull(f.location()), f.levelFrom(), f.levelTo(), f.active(),
                Texts.blankToNull(f.skill()), pageable);
    }

    @Query("select count(e)" + FILTER)
    long countFiltered(@Param("pattern") String pattern, @Param("department") String department,
                       @Param("location") String location, @Param("minLevel") int minLevel,
                       @Param("maxLevel") int maxLevel, @Param("active") Boolean active, @Param("skill") String skill);

    default long count(EmployeeFilter f) {
        return countFiltered(f.textPattern(), Texts.blankToNull(f.department()),
                Texts.blankToNull(f.location()), f.levelFrom(), f.levelTo(), f.active(),
                Texts.blankToNull(f.skill()));
    }

    String RECORD = "select new com.upward.directory.internal.EmployeeRecord(e.id, e.version, e.employeeNumber,"
            + " e.firstName, e.lastName, e.email, e.department, e.jobTitle, e.jobLevel, e.location, e.timeZone, m.id,"
            + " m.employeeNumber, e.hireDate, e.active)";

    /** The whole directory in one query, for the import's comparison. */
    @Query(RECORD + " from Employee e left join e.manager m")
    List<EmployeeRecord> findAllRecords();

    @Query(value = RECORD + " from Employee e left join e.manager m where e.id in :ids")
    List<EmployeeRecord> findRecords(@Param("ids") Collection<Long> ids);

    @Query("select e.id" + FILTER)
    List<Long> findIds(@Param("pattern") String pattern, @Param("department") String department,
                       @Param("location") String location, @Param("minLevel") int minLevel,
                       @Param("maxLevel") int maxLevel, @Param("active") Boolean active, @Param("skill") String skill,
                       Pageable pageable);

    default List<Long> findIds(EmployeeFilter f, Pageable pageable) {
        return findIds(f.textPattern(), Texts.blankToNull(f.department()),
                Texts.blankToNull(f.location()), f.levelFrom(), f.levelTo(), f.active(),
                Texts.blankToNull(f.skill()), pageable);
    }

    @Query("select e.id, s from Employee e join e.skills s")
    List<Object[]> findAllSkills();

    @Query("select e.id, i from Employee e join e.interests i")
    List<Object[]> findAllInterests();

    @Query("select e.id, l from Employee e join e.languages l")
    List<Object[]> findAllLanguages();

    @Query("select e.id, s from Employee e join e.skills s where e.id in :ids")
    List<Object[]> findSkills(@Param("ids") Collection<Long> ids);

    @Query("select e.id, i from Employee e join e.interests i where e.id in :ids")
    List<Object[]> findInterests(@Param("ids") Collection<Long> ids);

    @Query("select e.id, l from Employee e join e.languages l where e.id in :ids")
    List<Object[]> findLanguages(@Param("ids") Collection<Long> ids);

    @Query("select distinct e.department from Employee e order by e.department")
    List<String> findDepartments();

    @Query("select distinct e.location from Employee e order by e.location")
    List<String> findLocations();

    // The tag tables alone (every row has its employee): with an index on the tag the database reads one entry per
    // distinct value instead of joining every row of the directory (docs/benchmarks.md, issue 10).
    @Query(value = "select distinct skill from employee_skill order by skill", nativeQuery = true)
    List<String> findDistinctSkills();

    @Query(value = "select distinct interest from employee_interest order by interest", nativeQuery = true)
    List<String> findDistinctInterests();

    @Query(value = "select distinct language from employee_language order by language", nativeQuery = true)
    List<String> findDistinctLanguages();

    /** Active employees whose name or number matches, for the manager picker. */
    @Query("select new com.upward.directory.EmployeeRef(e.id, e.employeeNumber, concat(e.firstName, ' ', e.lastName),"
            + " e.jobTitle) from Employee e where e.active = true and e.id <> :excludedId"
            + " and (lower(concat(e.firstName, ' ', e.lastName)) like :pattern escape '!'"
            + " or lower(e.employeeNumber) like :pattern escape '!')")
    List<EmployeeRef> findRefs(@Param("pattern") String pattern, @Param("excludedId") long excludedId,
                               Pageable pageable);

    @Query("select e.manager.id from Employee e where e.id = :id")
    Long findManagerId(@Param("id") long id);

    @Query("select new com.upward.directory.EmployeeRef(e.id, e.employeeNumber, concat(e.firstName, ' ', e.lastName),"
            + " e.jobTitle) from Employee e where e.id = :id")
    Optional<EmployeeRef> findRef(@Param("id") long id);

    @Query("select count(e) from Employee e where lower(e.email) = lower(:email) and e.id <> :excludedId")
    long countOtherWithEmail(@Param("email") String email, @Param("excludedId") long excludedId);

    @Query("select count(e) from Employee e where lower(e.employeeNumber) = lower(:number) and e.id <> :excludedId")
    long countOtherWithNumber(@Param("number") String number, @Param("excludedId") long excludedId);

    /** Deactivates, never deletes; bumps the version so that an open edit form notices. */
    @Modifying
    @Query("update Employee e set e.active = false, e.version = e.version + 1, e.updatedAt = :now"
            + " where e.id in :ids and e.active = true")
    int deactivate(@Param("ids") Collection<Long> ids, @Param("now") Instant now);
}
