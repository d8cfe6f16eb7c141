package com.upward.demo;

import com.upward.demo.DemoCatalog.Department;
import com.upward.demo.DemoCatalog.Location;
import com.upward.demo.DemoModel.Cast;
import com.upward.demo.DemoModel.Person;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/** The employee directory (a reporting tree of about 150 people) and the user accounts. */
final class DemoDirectory {

    static final String EMAIL_DOMAIN = "@upward.example";
    /** The CEO sits in Operations in the HR system, so the directory has exactly the eight departments. */
    static final String CEO_DEPARTMENT = "Operations";

    private final JdbcInserter db;
    private final Random random;
    private final DemoTime time;
    private final List<Person> people = new ArrayList<>();
    private final Set<String> fullNames = new HashSet<>();
    private final Set<String> emails = new HashSet<>();
    private final Set<String> usernames = new HashSet<>();

    DemoDirectory(JdbcInserter db, Random random, DemoTime time) {
        this.db = db;
        this.random = random;
        this.time = time;
    }

    List<Person> people() {
        return people;
    }

    // --- the tree -------------------------------------------------------------------------------------------------

    /** Builds the reporting tree in memory: CEO, department heads, managers, individual contributors. */
    Cast generate() {
        Person ceo = newPerson(null, 10, DemoCatalog.CEO_TITLE, Location.LONDON, null, 9 * 365);
        rename(ceo, "Adaeze", "Okafor");
        ceo.languages.add("Igbo");
        for (Department department : DemoCatalog.DEPARTMENTS) {
            Person head = newPerson(department, department.headLevel(), department.headTitle(),
                    department.locations().getFirst(), ceo, 3 * 365 + random.nextInt(5 * 365));
            List<Person> managers = new ArrayList<>();
            for (int m = 0; m < department.managers(); m++) {
                int level = random.nextInt(10) < 3 ? 7 : 6;
                Location location = department.locations().get(m % department.locations().size());
                managers.add(newPerson(department, level, department.managerTitle(level), location, head,
                        2 * 365 + random.nextInt(5 * 365)));
            }
            int individualContributors = department.size() - 1 - department.managers();
            for (int i = 0; i < individualContributors; i++) {
                Person manager = managers.get(i % managers.size());
                Location location = random.nextInt(100) < 80 ? manager.location : pick(department.locations());
                int level = icLevel();
                String role = pick(department.icRoles());
                Person ic = newPerson(department, level, department.icTitle(role, level), location, manager,
                        150 + random.nextInt(300 + level * 400));
                ic.role = role;
            }
        }
        Cast cast = castDemoPeople(ceo);
        retireSomeEmployees(cast);
        people.forEach(this::assignEmail);
        return cast;
    }

    private Person newPerson(Department department, int level, String title, Location location, Person manager,
                             int daysSinceHire) {
        Person p = new Person();
        p.department = department;
        p.level = level;
        p.jobTitle = title;
        p.location = location;
        p.manager = manager;
        p.hireDate = time.today().minusDays(daysSinceHire);
        DemoNames.Pool pool = DemoNames.poolFor(location, random);
        do {
            boolean female = random.nextBoolean();
            String first = pick(female ? pool.female : pool.male);
            p.firstName = first;
            p.lastName = pool.familyName(pick(pool.family), female);
        } while (!fullNames.add(p.fullName()));
        p.languages.add("English");
        if (pool.language != null) {
            p.languages.add(pool.language);
        }
        addLocalLanguage(p);
        List<String> skillSource = department == null ? DemoCatalog.GENERAL_SKILLS : department.skills();
        int skillCount = 2 + random.nextInt(4);
        while (p.skills.size() < skillCount) {
            addDistinct(p.skills, random.nextInt(100) < 80 ? pick(skillSource) : pick(DemoCatalog.GENERAL_SKILLS));
        }
        int interestCount = 1 + random.nextInt(3);
        while (p.interests.size() < interestCount) {
            addDistinct(p.interests, pick(DemoCatalog.INTERESTS));
        }
        people.add(p);
        return p;
    }

    private void addLocalLanguage(Person p) {
        int roll = random.nextInt(100);
        switch (p.location) {
            case BERLIN -> {
                if (roll < 60) {
                    addDistinct(p.languages, "German");
                }
            }
            case WARSAW -> {
                if (roll < 40) {
                    addDistinct(p.languages, "Polish");
                }
            }
            case AUSTIN -> {
                if (roll < 15) {
                    addDistinct(p.languages, "Spanish");
                }
            }
            default -> {
                if (roll < 10) {
                    addDistinct(p.languages, pick(DemoCatalog.EXTRA_LANGUAGES));
                }
            }
        }
    }

    private int icLevel() {
        int roll = random.nextInt(100);
        return roll < 8 ? 1 : roll < 28 ? 2 : roll < 58 ? 3 : roll < 83 ? 4 : 5;
    }

    /** Gives the demo logins' people fixed names and places; picks the others among suitable employees. */
    private Cast castDemoPeople(Person ceo) {
        Person mentor = find(p -> inDepartment(p, "Design") && p.level >= 6 && p.level <= 7);
        rename(mentor, "Zoë", "Ødegård");
        placeAs(mentor, Location.LONDON, 7, mentor.department.managerTitle(7), "Norwegian");
        Person mentor2 = find(p -> inDepartment(p, "Finance") && p.level >= 6 && p.level <= 7);
        rename(mentor2, "Ана", "Петрова");
        placeAs(mentor2, Location.LONDON, 6, mentor2.department.managerTitle(6), "Bulgarian");
        Person mentee = find(p -> inDepartment(p, "Engineering") && p.level <= 5 && p.location == Location.WARSAW);
        rename(mentee, "Łukasz", "Wiśniewski");
        mentee.role = "Software Engineer";
        placeAs(mentee, Location.WARSAW, 3, mentee.department.icTitle(mentee.role, 3), "Polish");
        mentee.hireDate = time.today().minusYears(3).minusDays(41);
        Person hr = find(p -> inDepartment(p, "People") && p.level >= 6 && p.level <= 7);
        Person mentor3 = pickWhere(p -> inDepartment(p, "Engineering") && p.level >= 6 && p.level <= 7);
        Person mentee2 = pickWhere(p -> inDepartment(p, "Marketing") && p.level >= 2 && p.level <= 4);
        Person mentee3 = pickWhere(p -> (inDepartment(p, "Product") || inDepartment(p, "Engineering"))
                && p.level >= 2 && p.level <= 4 && p != mentee);
        for (Person p : List.of(mentor3, mentee2, mentee3)) {
            p.hireDate = p.hireDate.minusYears(1);
        }
        return new Cast(ceo, hr, mentor, mentee, mentor2, mentor3, mentee2, mentee3);
    }

    private void rename(Person p, String first, String last) {
        fullNames.remove(p.fullName());
        p.firstName = first;
        p.lastName = last;
        fullNames.add(p.fullName());
    }

    private static void placeAs(Person p, Location location, int level, String title, String language) {
        p.location = location;
        p.level = level;
        p.jobTitle = title;
        addDistinct(p.languages, language);
    }

    /** A few individual contributors have left the company: inactive, never enrolled. */
    private void retireSomeEmployees(Cast cast) {
        List<Person> candidates = people.stream()
                .filter(p -> p.level <= 4 && p.role != null && !isCast(cast, p)).toList();
        int leavers = 3 + random.nextInt(2);
        while (people.stream().filter(p -> !p.active).count() < leavers) {
            candidates.get(random.nextInt(candidates.size())).active = false;
        }
    }

    static boolean isCast(Cast cast, Person p) {
        return List.of(cast.exec(), cast.hr(), cast.mentor(), cast.mentee(), cast.mentor2(), cast.mentor3(),
                cast.mentee2(), cast.mentee3()).contains(p);
    }

    private void assignEmail(Person p) {
        p.email = unique(emails, DemoNames.asciiFold(p.firstName) + "." + DemoNames.asciiFold(p.lastName))
                + EMAIL_DOMAIN;
    }

    // --- persistence ----------------------------------------------------------------------------------------------

    /** Writes the employees, managers first, with their skills, interests and languages. */
    void insertEmployees() {
        Instant importedAt = time.at(time.today().minusDays(330), 7, 30, ZoneOffset.UTC);
        List<JdbcInserter.Row> skills = new ArrayList<>();
        List<JdbcInserter.Row> interests = new ArrayList<>();
        List<JdbcInserter.Row> languages = new ArrayList<>();
        int number = 10001;
        for (Person p : people) {
            Instant created = later(importedAt, time.at(p.hireDate.minusDays(7), 7, 30, ZoneOffset.UTC));
            p.id = db.insert("employee", JdbcInserter.row()
                    .set("employee_number", "E" + number++)
                    .set("first_name", p.firstName).set("last_name", p.lastName).set("email", p.email)
                    .set("department", p.department == null ? CEO_DEPARTMENT : p.department.name())
                    .set("job_title", p.jobTitle).set("job_level", p.level)
                    .set("location", p.location.city).set("time_zone", p.location.zone.getId())
                    .set("manager_id", p.manager == null ? null : p.manager.id)
                    .set("hire_date", p.hireDate).set("active", p.active)
                    .audited(created, created));
            p.skills.forEach(s -> skills.add(JdbcInserter.row().set("employee_id", p.id).set("skill", s)));
            p.interests.forEach(s -> interests.add(JdbcInserter.row().set("employee_id", p.id).set("interest", s)));
            p.languages.forEach(s -> languages.add(JdbcInserter.row().set("employee_id", p.id).set("language", s)));
        }
        db.batch("employee_skill", skills);
        db.batch("employee_interest", interests);
        db.batch("employee_language", languages);
    }

    /** An account with roles; {@code person} may be null (the admin). Returns the app_user id. */
    long createAccount(String username, Person person, String displayName, String email, String passwordHash,
                       Instant createdAt, String... roles) {
        usernames.add(username);
        long id = db.insert("app_user", JdbcInserter.row()
                .set("username", username).set("email", email).set("display_name", displayName)
                .set("password_hash", passwordHash).set("employee_id", person == null ? null : person.id)
                .set("enabled", true).set("locked", false).set("must_change_password", false)
                .set("demo_account", true)
                .audited(createdAt, createdAt));
        List<JdbcInserter.Row> roleRows = new ArrayList<>();
        for (String role : roles) {
            roleRows.add(JdbcInserter.row().set("user_id", id).set("role", role));
        }
        db.batch("user_role", roleRows);
        if (person != null) {
            person.userId = id;
        }
        return id;
    }

    /** An EMPLOYEE account for someone without one yet, named firstname.lastname (ASCII, made unique). */
    void ensureEmployeeAccount(Person p, String passwordHash, Instant createdAt) {
        if (p.userId != null) {
            return;
        }
        String username = unique(usernames,
                DemoNames.asciiFold(p.firstName) + "." + DemoNames.asciiFold(p.lastName));
        createAccount(username, p, p.fullName(), p.email, passwordHash, createdAt, "EMPLOYEE");
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static String unique(Set<String> taken, String base) {
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static boolean inDepartment(Person p, String name) {
        return p.department != null && p.department.name().equals(name) && p.active;
    }

    private Person find(Predicate<Person> predicate) {
        return people.stream().filter(predicate).findFirst().orElseThrow();
    }

    private Person pickWhere(Predicate<Person> predicate) {
        return pick(people.stream().filter(predicate).toList());
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static <T> void addDistinct(List<T> list, T value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }
}
