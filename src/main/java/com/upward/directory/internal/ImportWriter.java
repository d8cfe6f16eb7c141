package com.upward.directory.internal;

import com.upward.directory.Employee;
import com.upward.directory.internal.ImportPlan.Candidate;
import com.upward.directory.internal.ImportPlan.Outcome;
import com.upward.directory.internal.ImportPlan.Planned;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies a checked import inside the caller's transaction, in chunks: each chunk is flushed as JDBC batches and the
 * persistence context cleared, so memory stays flat for 20,000 rows. Updated employees are loaded by id, a chunk per
 * query; no per-row SELECT.
 */
@Component
class ImportWriter {

    static final int CHUNK = 500;

    @PersistenceContext
    private EntityManager em;
    private final EmployeeRepository employees;
    private final EmployeeHistory history;
    private final Clock clock;

    ImportWriter(EmployeeRepository employees, EmployeeHistory history, Clock clock) {
        this.employees = employees;
        this.history = history;
        this.clock = clock;
    }

    /** Thrown when an employee changed between the check and the write; the transaction then rolls back. */
    static final class ChangedMeanwhile extends RuntimeException {
        ChangedMeanwhile(String number) {
            super("Employee " + number + " was changed by someone else during the import.");
        }
    }

    /** A new employee as written. */
    record Created(long id, boolean active) {
    }

    /** Writes the plan; returns the new employees. */
    List<Created> write(HrisFile file, ImportPlan plan, DirectorySnapshot directory, ImportProgress progress) {
        Map<String, Long> idByKey = new HashMap<>();
        directory.all().forEach(e -> idByKey.put(Keys.of(e.employeeNumber()), e.id()));
        List<Planned> created = managersFirst(plan.rows().stream()
                .filter(p -> p.outcome() == Outcome.NEW).toList());
        List<Planned> updated = plan.rows().stream().filter(p -> p.outcome() == Outcome.UPDATED).toList();
        int total = created.size() + updated.size() + plan.deactivate().size();
        int done = 0;
        progress.update(ImportProgress.WRITING, done, total);

        List<Created> newEmployees = new ArrayList<>(created.size());
        for (List<Planned> chunk : chunks(created, CHUNK)) {
            List<Long> ids = new ArrayList<>(chunk.size());
            for (Planned p : chunk) {
                Candidate c = p.candidate();
                var employee = new Employee(c.number(), c.firstName(), c.lastName(), c.email());
                apply(file, c, employee, idByKey, directory, null);
                em.persist(employee); // identity ids: the insert runs now, the tag inserts are batched at flush
                idByKey.put(Keys.of(c.number()), employee.getId());
                newEmployees.add(new Created(employee.getId(), employee.isActive()));
                ids.add(employee.getId());
            }
            done = flushChunk(done + chunk.size(), total, progress);
            history.record(ids);
        }
        for (List<Planned> chunk : chunks(updated, CHUNK)) {
            Map<Long, Employee> loaded = employees.findAllById(chunk.stream().map(p -> p.existing().id()).toList())
                    .stream().collect(Collectors.toMap(Employee::getId, Function.identity()));
            List<Long> changed = new ArrayList<>();
            for (Planned p : chunk) {
                Employee employee = loaded.get(p.existing().id());
                if (employee == null || employee.getVersion() != p.existing().version()) {
                    throw new ChangedMeanwhile(p.existing().employeeNumber());
                }
                apply(file, p.candidate(), employee, idByKey, directory, p.existing());
                if (EmployeeHistory.Tracked.changed(EmployeeHistory.Tracked.of(p.existing()),
                        EmployeeHistory.Tracked.of(employee))) {
                    changed.add(employee.getId());
                }
            }
            done = flushChunk(done + chunk.size(), total, progress);
            history.record(changed);
        }
        for (List<Long> chunk : chunks(plan.deactivate(), CHUNK)) {
            employees.deactivate(chunk, clock.instant());
            history.record(chunk); // the plan lists only employees that were active
            done += chunk.size();
            progress.update(ImportProgress.WRITING, done, total);
        }
        return newEmployees;
    }

    private int flushChunk(int done, int total, ImportProgress progress) {
        em.flush();
        em.clear();
        progress.update(ImportProgress.WRITING, done, total);
        return done;
    }

    /** Sets the file's columns on the employee; columns the file lacks keep their values (or defaults if new). */
    private void apply(HrisFile file, Candidate c, Employee e, Map<String, Long> idByKey,
                       DirectorySnapshot directory, EmployeeRecord before) {
        e.setEmployeeNumber(c.number());
        e.setFirstName(c.firstName());
        e.setLastName(c.lastName());
        e.setEmail(c.email());
        e.setDepartment(c.department());
        e.setJobTitle(c.jobTitle());
        e.setJobLevel(c.level());
        e.setLocation(c.location());
        e.setTimeZone(c.timeZone());
        if (file.has(HrisColumn.MANAGER_EMPLOYEE_NUMBER)) {
            Long managerId = c.managerNumber() == null ? null : idByKey.get(Keys.of(c.managerNumber()));
            boolean same = before != null && java.util.Objects.equals(before.managerId(), managerId);
            if (!same) {
                e.setManager(managerId == null ? null : em.getReference(Employee.class, managerId));
            }
        }
        if (file.has(HrisColumn.HIRE_DATE)) {
            e.setHireDate(c.hireDate());
        }
        if (file.has(HrisColumn.ACTIVE)) {
            e.setActive(c.active());
        }
        for (HrisColumn column : List.of(HrisColumn.SKILLS, HrisColumn.INTERESTS, HrisColumn.LANGUAGES)) {
            // touch the collection only when it changes: an untouched one is never loaded
            if (file.has(column) && (before == null || !c.tags(column).equals(directory.tags(column, before.id())))) {
                Set<String> tags = switch (column) {
                    case SKILLS -> e.getSkills();
                    case INTERESTS -> e.getInterests();
                    default -> e.getLanguages();
                };
                tags.clear();
                tags.addAll(c.tags(column));
            }
        }
    }

    /** New employees ordered so that each one's manager, if also new, is inserted before them. */
    static List<Planned> managersFirst(List<Planned> created) {
        Map<String, Planned> byKey = new HashMap<>();
        created.forEach(p -> byKey.put(Keys.of(p.candidate().number()), p));
        Map<String, Integer> depth = new HashMap<>();
        for (String key : byKey.keySet()) {
            depthOf(key, byKey, depth);
        }
        return created.stream()
                .sorted(Comparator.comparingInt((Planned p) -> depth.get(Keys.of(p.candidate().number()))))
                .toList();
    }

    /** Levels of new managers above this employee (the plan has no loops: the validator refused them). */
    private static int depthOf(String key, Map<String, Planned> byKey, Map<String, Integer> depth) {
        List<String> chain = new ArrayList<>();
        String node = key;
        while (node != null && byKey.containsKey(node) && !depth.containsKey(node)) {
            chain.add(node);
            String manager = byKey.get(node).candidate().managerNumber();
            node = manager == null ? null : Keys.of(manager);
        }
        int base = node != null && depth.containsKey(node) ? depth.get(node) + 1 : 0;
        for (int i = chain.size() - 1; i >= 0; i--) {
            depth.put(chain.get(i), base++);
        }
        return depth.get(key);
    }

    static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            chunks.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return chunks;
    }
}
