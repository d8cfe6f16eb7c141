package com.upward.demo;

import com.upward.demo.DemoModel.Person;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The directory's history (employee_history) over the two years before today, so that the outcome report's
 * comparison of participants with similar colleagues has something to compare: everyone's first row from their hire
 * date, a job level step up for about a quarter of the people (participants and others), and leavers. The leavers
 * are colleagues who never enrolled in anything, half of them leaving in the six months after the completed cohort
 * started; the people of the demo logins, managers and anyone enrolled stay active. Its own seeded random, so the
 * rest of the demo data is the same with or without it.
 */
final class DemoDirectoryHistory {

    /** Colleagues who leave, besides the few retired by {@link DemoDirectory}. */
    static final int LEAVERS = 12;
    private static final long SEED = DemoDataGenerator.SEED + 26;

    private final JdbcInserter db;
    private final DemoTime time;
    private final Random random = new Random(SEED);

    DemoDirectoryHistory(JdbcInserter db, DemoTime time) {
        this.db = db;
        this.time = time;
    }

    void create(List<Person> people, DemoPrograms programs) {
        LocalDate today = time.today();
        LocalDate twoYearsAgo = today.minusYears(2);
        Set<Person> enrolled = new HashSet<>();
        programs.enrollments.forEach(e -> enrolled.add(e.person));
        Set<Person> managers = new HashSet<>();
        people.forEach(p -> {
            if (p.manager != null) {
                managers.add(p.manager);
            }
        });
        LocalDate windowStart = programs.a.startsOn;
        List<Person> candidates = people.stream().filter(p -> p.active && p.role != null && !enrolled.contains(p)
                && !managers.contains(p) && p.hireDate.isBefore(windowStart.minusDays(30)))
                .sorted(Comparator.comparing(Person::fullName)).toList();
        List<Person> leavers = new ArrayList<>();
        while (leavers.size() < LEAVERS) {
            Person p = candidates.get(random.nextInt(candidates.size()));
            if (!leavers.contains(p)) {
                leavers.add(p);
            }
        }

        List<JdbcInserter.Row> rows = new ArrayList<>();
        for (Person p : people) {
            // a step up some time in the last two years, at least three months after joining
            LocalDate earliest = later(p.hireDate.plusMonths(3), twoYearsAgo);
            boolean promoted = p.level >= 2 && p.level <= 7 && earliest.isBefore(today.minusDays(14))
                    && random.nextInt(100) < 25;
            LocalDate promotedOn = promoted ? between(earliest, today.minusDays(14)) : null;
            rows.add(row(p, p.hireDate, promoted ? p.level - 1 : p.level, true));
            if (promoted) {
                rows.add(row(p, promotedOn, p.level, true));
            }
            boolean leaves = leavers.contains(p);
            if (!p.active || leaves) {
                LocalDate from = later(p.hireDate.plusDays(30), promoted ? promotedOn.plusDays(1) : twoYearsAgo);
                LocalDate leftOn = leaves && leavers.indexOf(p) % 2 == 0
                        ? between(later(from, windowStart.plusDays(1)), windowStart.plusMonths(6).minusDays(1))
                        : between(from, today.minusDays(7));
                rows.add(row(p, leftOn, p.level, false));
            }
        }
        db.batch("employee_history", rows);
        for (Person p : leavers) {
            p.active = false;
            db.update("UPDATE employee SET active = FALSE WHERE id = ?", p.id);
        }
    }

    private static JdbcInserter.Row row(Person p, LocalDate from, int level, boolean active) {
        return JdbcInserter.row().set("employee_id", p.id).set("valid_from", from).set("job_level", level)
                .set("department", p.department == null ? DemoDirectory.CEO_DEPARTMENT : p.department.name())
                .set("manager_id", p.manager == null ? null : p.manager.id).set("active", active);
    }

    /** A day from {@code from} to {@code to}, both included (or {@code from} if the range is empty). */
    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
