package com.upward.demo;

import com.upward.demo.DemoModel.Cast;
import com.upward.demo.DemoModel.CohortInfo;
import com.upward.demo.DemoModel.Enrollment;
import com.upward.demo.DemoModel.Pair;
import com.upward.demo.DemoModel.Person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Two programs and three cohorts relative to today — A completed, B active and halfway, C enrolling — with their
 * enrollments; {@link DemoPairing} then pairs A and B.
 */
final class DemoPrograms {

    private static final List<String> ENGINEERING_CIRCLE = List.of("Engineering", "Product", "Design");

    final CohortInfo a = new CohortInfo("A");
    final CohortInfo b = new CohortInfo("B");
    final CohortInfo c = new CohortInfo("C");
    final List<Enrollment> enrollments = new ArrayList<>();
    final List<Pair> pairs = new ArrayList<>();
    /** Special mentees of cohort B whose stories the journeys tell (chosen while pairing). */
    Enrollment urgentMentee;
    Enrollment drifter;

    private final JdbcInserter db;
    private final Random random;
    private final DemoTime time;
    private final DemoTexts texts;
    private long hrUserId;
    private ZoneId hrZone;
    private List<Person> people;
    /** Mentees of the demo logins and the mentor they will be paired with by hand, per cohort being enrolled. */
    private Map<Person, Person> partners = Map.of();

    DemoPrograms(JdbcInserter db, Random random, DemoTime time, DemoTexts texts) {
        this.db = db;
        this.random = random;
        this.time = time;
        this.texts = texts;
    }

    /** Cohort dates relative to today; needed before anything else is written. */
    void planCohorts() {
        LocalDate today = time.today();
        a.startsOn = DemoTime.mondayOnOrBefore(today.minusMonths(8));
        a.endsOn = a.startsOn.plusMonths(6);
        plan(a, "MONTHLY", 2, "COMPLETED", a.startsOn.minusWeeks(6), a.startsOn.minusWeeks(2));
        b.startsOn = DemoTime.mondayOnOrBefore(today.minusWeeks(13));
        b.endsOn = b.startsOn.plusWeeks(26);
        plan(b, "BIWEEKLY", 3, "ACTIVE", b.startsOn.minusWeeks(6), b.startsOn.minusWeeks(2));
        c.startsOn = DemoTime.mondayOnOrBefore(today.plusDays(36));
        c.endsOn = c.startsOn.plusWeeks(26);
        plan(c, "BIWEEKLY", 3, "ENROLLING", today.minusDays(12), today.plusDays(9));
    }

    private static void plan(CohortInfo cohort, String cadence, int max, String status, LocalDate opens,
                             LocalDate closes) {
        cohort.cadence = cadence;
        cohort.maxMentees = max;
        cohort.status = status;
        cohort.opensOn = opens;
        cohort.closesOn = closes;
        cohort.name = season(cohort.startsOn) + " cohort";
    }

    private static String season(LocalDate date) {
        Month m = date.getMonth();
        String name = switch (m) {
            case MARCH, APRIL, MAY -> "Spring";
            case JUNE, JULY, AUGUST -> "Summer";
            case SEPTEMBER, OCTOBER, NOVEMBER -> "Autumn";
            default -> "Winter";
        };
        return name + " " + date.getYear();
    }

    void create(List<Person> people, Cast cast, long hrUserId) {
        this.people = people;
        this.hrUserId = hrUserId;
        this.hrZone = cast.hr().location.zone;
        long leadership = program("Failing Forward Leadership Track", "MONTHLY", 2, a.opensOn.minusDays(21),
                "A six-month track for people who lead, with or without a title. Mentees set stretch goals, meet a "
                        + "senior mentor from another part of the company and write down what went wrong and what "
                        + "they learned. Setbacks are data, not verdicts.");
        long circles = program("Engineering Growth Circles", "BIWEEKLY", 3, c.opensOn.minusDays(20),
                "Small mentoring circles for engineers, designers and product people: a senior practitioner "
                        + "meets up to three mentees every two weeks to work through real problems, from system "
                        + "design reviews to the first time leading an incident.");
        insertCohort(a, leadership, "The first run of the track, with monthly check-ins.");
        insertCohort(b, leadership, "Second run of the track; biweekly check-ins after feedback from the first run.");
        insertCohort(c, circles, "First circle of the Engineering Growth program. Applications are open.");

        partners = Map.of(cast.mentee(), cast.mentor2(), cast.mentee3(), cast.mentor());
        enroll(a, ordered(cast.mentor(), "COMPLETED", cast.mentor2(), "COMPLETED"), statuses(10, "COMPLETED", "DECLINED"),
                ordered(cast.mentee(), "COMPLETED", cast.mentee3(), "COMPLETED"),
                statuses(20, "COMPLETED", "WITHDRAWN", "DECLINED"), null, cast);
        partners = Map.of(cast.mentee(), cast.mentor(), cast.mentee2(), cast.mentor2());
        enroll(b, ordered(cast.mentor(), "ACCEPTED", cast.mentor2(), "ACCEPTED", cast.mentor3(), "ACCEPTED"),
                statuses(8, "ACCEPTED", "DECLINED"), ordered(cast.mentee(), "ACCEPTED", cast.mentee2(), "ACCEPTED"),
                statuses(24, "ACCEPTED", "WAITLISTED", "WITHDRAWN", "DECLINED"), null, cast);
        partners = Map.of();
        enroll(c, ordered(cast.mentor3(), "ACCEPTED"), statuses(5, "ACCEPTED", "APPLIED", "APPLIED", "APPLIED", "APPLIED"),
                ordered(cast.mentee3(), "APPLIED"),
                statuses(8, "ACCEPTED", "APPLIED", "APPLIED", "APPLIED", "APPLIED", "APPLIED", "APPLIED", "APPLIED",
                        "APPLIED", "APPLIED", "WAITLISTED", "WAITLISTED", "WAITLISTED", "WITHDRAWN"),
                p -> p.department != null && ENGINEERING_CIRCLE.contains(p.department.name()), cast);
        DemoPairing pairing = new DemoPairing(this, db, random, time, texts, hrUserId, hrZone);
        pairing.pairCohortA(cast);
        pairing.pairCohortB(cast);
    }

    // --- programs and cohorts -------------------------------------------------------------------------------------

    private long program(String name, String cadence, int max, LocalDate createdOn, String description) {
        Instant created = time.at(createdOn, 10, 0, hrZone);
        return db.insert("program", JdbcInserter.row()
                .set("name", name).set("description", description).set("owner_id", hrUserId)
                .set("default_cadence", cadence).set("default_max_mentees", max).set("active", true)
                .audited(created, created));
    }

    private void insertCohort(CohortInfo cohort, long programId, String description) {
        cohort.programId = programId;
        Instant created = time.at(cohort.opensOn.minusDays(10), 11, 0, hrZone);
        Instant updated = switch (cohort.status) {
            case "COMPLETED" -> time.at(cohort.endsOn.plusDays(1), 9, 0, hrZone);
            case "ACTIVE" -> time.at(cohort.startsOn, 8, 0, hrZone);
            default -> time.at(cohort.opensOn, 8, 0, hrZone);
        };
        cohort.id = db.insert("cohort", JdbcInserter.row()
                .set("program_id", programId).set("name", cohort.name).set("description", description)
                .set("enrollment_opens_on", cohort.opensOn).set("enrollment_closes_on", cohort.closesOn)
                .set("starts_on", cohort.startsOn).set("ends_on", cohort.endsOn)
                .set("cadence", cohort.cadence).set("max_mentees_per_mentor", cohort.maxMentees)
                .set("status", cohort.status).audited(created, updated));
    }

    // --- enrollment -----------------------------------------------------------------------------------------------

    private void enroll(CohortInfo cohort, Map<Person, String> forcedMentors, List<String> mentorStatuses,
                        Map<Person, String> forcedMentees, List<String> menteeStatuses, Predicate<Person> menteeFilter,
                        Cast cast) {
        List<Person> taken = new ArrayList<>(forcedMentors.keySet());
        taken.addAll(forcedMentees.keySet());
        List<Enrollment> mentors = new ArrayList<>();
        forcedMentors.forEach((p, status) -> mentors.add(new Enrollment(cohort, p, "MENTOR", status)));
        for (String status : mentorStatuses) {
            Person p = draw(cohort, taken, cast, q -> q.level >= 5
                    && (menteeFilter == null || menteeFilter.test(q) || random.nextInt(100) < 30));
            mentors.add(new Enrollment(cohort, p, "MENTOR", status));
        }
        List<Enrollment> mentees = new ArrayList<>();
        forcedMentees.forEach((p, status) -> mentees.add(new Enrollment(cohort, p, "MENTEE", status)));
        for (String status : menteeStatuses) {
            Person p = draw(cohort, taken, cast, q -> q.level <= 5 && (menteeFilter == null || menteeFilter.test(q)));
            mentees.add(new Enrollment(cohort, p, "MENTEE", status));
        }
        List<Enrollment> acceptedMentors = mentors.stream().filter(e -> !e.status.equals("DECLINED")).toList();
        mentors.forEach(this::describeMentor);
        List<String> offered = acceptedMentors.stream().flatMap(m -> m.topics.stream()).distinct().toList();
        for (Enrollment mentee : mentees) {
            Person partner = partners.get(mentee.person);
            if (partner != null) {
                describeForPartner(mentee, mentors.stream().filter(m -> m.person == partner).findFirst().orElseThrow());
            } else {
                describeMentee(mentee, offered, DemoDirectory.isCast(cast, mentee.person) ? List.of() : acceptedMentors);
            }
        }
        mentors.forEach(this::insertEnrollment);
        mentees.forEach(this::insertEnrollment);
    }

    private Person draw(CohortInfo cohort, List<Person> taken, Cast cast, Predicate<Person> fits) {
        // the demo logins take part only where their story puts them, so it is the same story on every date
        List<Person> candidates = new ArrayList<>(people.stream()
                .filter(p -> p.active && !DemoDirectory.isCast(cast, p) && !taken.contains(p)
                        && p.hireDate.isBefore(cohort.opensOn.minusDays(30)))
                .toList());
        Collections.shuffle(candidates, random);
        for (Person p : candidates) {
            if (fits.test(p)) {
                taken.add(p);
                return p;
            }
        }
        throw new IllegalStateException("Nobody left to enroll in cohort " + cohort.key);
    }

    private void describeMentor(Enrollment e) {
        List<String> offered = new ArrayList<>(e.person.skills.stream().filter(DemoCatalog.TOPICS::contains).toList());
        List<String> affinity = e.person.department == null ? DemoCatalog.TOPICS : e.person.department.topics();
        int size = 3 + random.nextInt(3);
        while (offered.size() < size) {
            String topic = random.nextBoolean() ? pick(affinity) : pick(DemoCatalog.TOPICS);
            if (!offered.contains(topic)) {
                offered.add(topic);
            }
        }
        e.topics.addAll(offered.subList(0, size));
    }

    /** Focus areas from the person's department and from what this cohort's mentors offer. */
    private void describeMentee(Enrollment e, List<String> offered, List<Enrollment> mentors) {
        int size = 2 + random.nextInt(3);
        while (e.topics.size() < size) {
            String topic = random.nextBoolean() ? pick(e.person.department.topics()) : pick(offered);
            if (!e.topics.contains(topic)) {
                e.topics.add(topic);
            }
        }
        int roll = random.nextInt(100);
        e.locationPreference = roll < 70 ? "ANY" : roll < 90 ? "SAME" : "OTHER";
        if (!mentors.isEmpty() && random.nextInt(100) < 10) {
            Enrollment wanted = pick(mentors);
            if (DemoMatching.allowed(wanted.person, e.person)) {
                e.preferredMentor = wanted.person;
            }
        }
    }

    /** A demo login's mentee who will be paired by hand: two focus areas the intended mentor offers, plus one. */
    private void describeForPartner(Enrollment e, Enrollment mentor) {
        e.topics.add(mentor.topics.get(0));
        e.topics.add(mentor.topics.get(1));
        String own = pick(e.person.department.topics());
        if (!e.topics.contains(own)) {
            e.topics.add(own);
        }
    }

    private void insertEnrollment(Enrollment e) {
        CohortInfo cohort = e.cohort;
        ZoneId zone = e.person.location.zone;
        LocalDate lastDay = cohort.closesOn.isAfter(time.today()) ? time.today().minusDays(1) : cohort.closesOn;
        int window = (int) Math.max(1, lastDay.toEpochDay() - cohort.opensOn.toEpochDay());
        e.appliedAt = time.at(cohort.opensOn.plusDays(random.nextInt(window)), 9 + random.nextInt(9),
                random.nextInt(60), zone);
        Instant decided = switch (e.status) {
            case "APPLIED", "WITHDRAWN" -> null;
            default -> cohort.closesOn.isAfter(time.today())
                    ? time.notAfterNow(e.appliedAt.plusSeconds(86_400L * (2 + random.nextInt(4))))
                    : time.at(cohort.closesOn.plusDays(1 + random.nextInt(3)), 10, 0, hrZone);
        };
        Instant updated = e.status.equals("COMPLETED") ? time.at(cohort.endsOn.plusDays(1), 9, 0, hrZone)
                : e.status.equals("WITHDRAWN") ? time.notAfterNow(e.appliedAt.plusSeconds(86_400L * 5))
                : decided != null ? decided : e.appliedAt;
        e.id = db.insert("enrollment", JdbcInserter.row()
                .set("cohort_id", cohort.id).set("employee_id", e.person.id).set("side", e.side)
                .set("status", e.status).set("invited", e.isMentor() && random.nextInt(100) < 40)
                .set("motivation", e.isMentor() ? texts.mentorMotivation() : texts.menteeMotivation())
                .set("availability", texts.availability(e.person.location.zoneLabel))
                .set("preferred_mentor_id", e.preferredMentor == null ? null : e.preferredMentor.id)
                .set("location_preference", e.locationPreference)
                .set("applied_at", e.appliedAt).set("decided_at", decided)
                .set("decided_by_id", decided == null ? null : hrUserId)
                .set("withdrawal_reason", e.status.equals("WITHDRAWN") ? texts.withdrawalReason() : null)
                .audited(e.appliedAt, updated));
        List<JdbcInserter.Row> topics = new ArrayList<>();
        e.topics.forEach(t -> topics.add(JdbcInserter.row().set("enrollment_id", e.id).set("topic", t)));
        db.batch("enrollment_topic", topics);
        enrollments.add(e);
    }

    List<Enrollment> participants(CohortInfo cohort, String side) {
        return enrollments.stream()
                .filter(e -> e.cohort == cohort && e.side.equals(side) && e.isParticipant()).toList();
    }

    Enrollment enrollment(CohortInfo cohort, Person person) {
        return enrollments.stream().filter(e -> e.cohort == cohort && e.person == person).findFirst().orElseThrow();
    }

    /** The pairs of a mentee enrollment, oldest first. */
    List<Pair> pairsOf(Enrollment mentee) {
        return pairs.stream().filter(p -> p.mentee == mentee).toList();
    }

    private static Map<Person, String> ordered(Object... personsAndStatuses) {
        Map<Person, String> map = new LinkedHashMap<>();
        for (int i = 0; i < personsAndStatuses.length; i += 2) {
            map.put((Person) personsAndStatuses[i], (String) personsAndStatuses[i + 1]);
        }
        return map;
    }

    /** {@code n} times {@code repeated}, then the {@code others}. */
    private static List<String> statuses(int n, String repeated, String... others) {
        List<String> list = new ArrayList<>(Collections.nCopies(n, repeated));
        list.addAll(List.of(others));
        return list;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
