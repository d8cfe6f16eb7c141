package com.upward.directory.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The directory as it stands, loaded in four queries (employees, skills, interests, languages) so that checking and
 * writing an import of any size needs no per-row lookups. Keyed the way the database's unique indexes compare.
 */
final class DirectorySnapshot {

    private final Collection<EmployeeRecord> all;
    private final Map<String, EmployeeRecord> byNumber = new HashMap<>();
    private final Map<String, EmployeeRecord> byEmail = new HashMap<>();
    private final Map<HrisColumn, Map<Long, Set<String>>> tags = new HashMap<>();

    DirectorySnapshot(Collection<EmployeeRecord> employees, Map<Long, Set<String>> skills,
                      Map<Long, Set<String>> interests, Map<Long, Set<String>> languages) {
        this.all = employees;
        for (EmployeeRecord e : employees) {
            byNumber.put(Keys.of(e.employeeNumber()), e);
            byEmail.put(Keys.of(e.email()), e);
        }
        tags.put(HrisColumn.SKILLS, skills);
        tags.put(HrisColumn.INTERESTS, interests);
        tags.put(HrisColumn.LANGUAGES, languages);
    }

    static DirectorySnapshot load(EmployeeRepository repository) {
        return new DirectorySnapshot(repository.findAllRecords(), group(repository.findAllSkills()),
                group(repository.findAllInterests()), group(repository.findAllLanguages()));
    }

    static Map<Long, Set<String>> group(List<Object[]> idAndValue) {
        Map<Long, Set<String>> grouped = new HashMap<>();
        for (Object[] row : idAndValue) {
            grouped.computeIfAbsent((Long) row[0], id -> new TreeSet<>()).add((String) row[1]);
        }
        return grouped;
    }

    Collection<EmployeeRecord> all() {
        return all;
    }

    EmployeeRecord byNumber(String number) {
        return byNumber.get(Keys.of(number));
    }

    EmployeeRecord byEmail(String email) {
        return byEmail.get(Keys.of(email));
    }

    Set<String> tags(HrisColumn column, long employeeId) {
        return tags.get(column).getOrDefault(employeeId, Set.of());
    }
}
