package com.upward.demo;

import com.upward.demo.DemoCatalog.Department;
import com.upward.demo.DemoCatalog.Location;
import com.upward.demo.DemoNames.Pool;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The large company's directory: a reporting tree (the CEO has one head per department, everyone else up to six
 * reports), so levels fall from 10 at the top to 1–3 at the leaves; names by office, skills from the department,
 * interests and languages. Ids are {@link LargeDataSet#ID_BASE} + index, the CEO first.
 */
final class LargeDirectory {

    /** What the later steps need to know about a person, by index. */
    final long[] id;
    final int[] level;
    final Department[] department;
    final String[] firstName;
    final int[] depth;
    private final int size;
    private final Random random;

    LargeDirectory(int size, Random random) {
        this.size = size;
        this.random = random;
        id = new long[size];
        level = new int[size];
        department = new Department[size];
        firstName = new String[size];
        depth = new int[size];
    }

    void insert(Connection connection, Map<String, Integer> counts, LocalDate today, Instant now) {
        int[] manager = reportingTree();
        try (var employees = new RowWriter(connection, counts, "employee", "id", "version", "employee_number",
                "first_name", "last_name", "email", "department", "job_title", "job_level", "location", "time_zone",
                "manager_id", "hire_date", "active", "created_at", "updated_at");
             var skills = new RowWriter(connection, counts, "employee_skill", "employee_id", "skill")
                     .after(employees);
             var interests = new RowWriter(connection, counts, "employee_interest", "employee_id", "interest")
                     .after(employees);
             var languages = new RowWriter(connection, counts, "employee_language", "employee_id", "language")
                     .after(employees)) {
            for (int i = 0; i < size; i++) {
                id[i] = LargeDataSet.ID_BASE + i;
                department[i] = i == 0 ? DemoCatalog.DEPARTMENTS.getFirst()
                        : depth[i] == 1 ? DemoCatalog.DEPARTMENTS.get(i - 1) : department[manager[i]];
                level[i] = levelAt(depth[i]);
                Location location = i == 0 ? Location.LONDON
                        : department[i].locations().get(random.nextInt(department[i].locations().size()));
                Pool pool = DemoNames.poolFor(location, random);
                boolean female = random.nextBoolean();
                firstName[i] = pick(female ? pool.female : pool.male);
                String lastName = pool.familyName(pick(pool.family), female);
                String email = (DemoNames.asciiFold(firstName[i]) + "." + DemoNames.asciiFold(lastName))
                        .replaceAll("[^a-z.]", "") + "." + i + "@scale.upward.example";
                employees.add(id[i], 0L, "LX-%06d".formatted(i), firstName[i], lastName, email,
                        department[i].name(), title(i), level[i], location.city, location.zone.getId(),
                        i == 0 ? null : id[manager[i]], today.minusDays(30 + random.nextInt(6000)),
                        random.nextInt(100) >= 2, now, now);
                for (String skill : draw(department[i].skills(), DemoCatalog.GENERAL_SKILLS, 2 + random.nextInt(4))) {
                    skills.add(id[i], skill);
                }
                for (String interest : draw(DemoCatalog.INTERESTS, List.of(), random.nextInt(3))) {
                    interests.add(id[i], interest);
                }
                for (String language : languages(pool)) {
                    languages.add(id[i], language);
                }
            }
        }
    }

    /** Manager index per person; the CEO's (index 0) is -1. Fills {@link #depth}. */
    private int[] reportingTree() {
        int[] manager = new int[size];
        manager[0] = -1;
        int next = 1;
        for (int parent = 0; next < size; parent++) {
            int reports = parent == 0 ? DemoCatalog.DEPARTMENTS.size() : 6;
            for (int r = 0; r < reports && next < size; r++, next++) {
                manager[next] = parent;
                depth[next] = depth[parent] + 1;
            }
        }
        return manager;
    }

    private int levelAt(int depthInTree) {
        return switch (depthInTree) {
            case 0 -> 10;
            case 1 -> 9;
            case 2 -> 8;
            case 3 -> 7;
            case 4 -> 6;
            case 5 -> 4 + random.nextInt(2);
            default -> 1 + random.nextInt(4);
        };
    }

    private String title(int i) {
        Department d = department[i];
        if (depth[i] == 0) {
            return DemoCatalog.CEO_TITLE;
        }
        if (depth[i] == 1) {
            return d.headTitle();
        }
        if (depth[i] <= 4) {
            return d.managerTitle(level[i]);
        }
        return d.icTitle(d.icRoles().get(random.nextInt(d.icRoles().size())), level[i]);
    }

    private Set<String> draw(List<String> main, List<String> extra, int count) {
        Set<String> drawn = new LinkedHashSet<>();
        int all = main.size() + extra.size();
        while (drawn.size() < Math.min(count, all)) {
            int k = random.nextInt(all);
            drawn.add(k < main.size() ? main.get(k) : extra.get(k - main.size()));
        }
        return drawn;
    }

    private List<String> languages(Pool pool) {
        List<String> spoken = new ArrayList<>(List.of("English"));
        if (pool.language != null) {
            spoken.add(pool.language);
        }
        if (random.nextInt(10) == 0) {
            String extra = pick(DemoCatalog.EXTRA_LANGUAGES);
            if (!spoken.contains(extra)) {
                spoken.add(extra);
            }
        }
        return spoken;
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
