package com.upward.demo;

import com.upward.demo.DemoModel.Cast;
import com.upward.demo.DemoModel.CohortInfo;
import com.upward.demo.DemoModel.Enrollment;
import com.upward.demo.DemoModel.Pair;
import com.upward.demo.DemoModel.Person;
import com.upward.demo.Journey.CheckIn;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** In-app notifications for the demo logins, and the audit trail of the demo-data load. */
final class DemoNotifications {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final JdbcInserter db;
    private final DemoTime time;
    private int sequence;

    DemoNotifications(JdbcInserter db, DemoTime time) {
        this.db = db;
        this.time = time;
    }

    void create(Cast cast, DemoPrograms programs, DemoJourneys journeys, long adminId) {
        CohortInfo b = programs.b;
        menteeNotifications(cast.mentee(), cast.mentor(), journeys.of(programs.enrollment(b, cast.mentee())), b);
        Journey urgent = journeys.of(programs.urgentMentee);
        CheckIn help = urgent.submitted().getLast();
        Person urgentPerson = urgent.mentee.person;
        send(cast.mentor(), "HELP_REQUESTED", "Urgent help request from " + urgentPerson.fullName(),
                help.supportNeeded, help.submittedAt, null);
        CheckIn latest = journeys.of(programs.enrollment(b, cast.mentee())).submitted().getLast();
        send(cast.mentor(), "CHECK_IN_SUBMITTED", "Check-in from " + cast.mentee().fullName(),
                "Period " + latest.period + " of " + b.name + " is ready for your feedback.", latest.submittedAt, null);
        List<String> mentees = programs.pairs.stream()
                .filter(p -> p.mentor.person == cast.mentor() && p.mentee.cohort == b)
                .map(p -> p.mentee.person.fullName()).toList();
        Instant assigned = time.at(b.startsOn.minusDays(4), 10, 5, ZoneOffset.UTC);
        send(cast.mentor(), "PAIR_ASSIGNED", "New mentees in " + b.name,
                "You are mentoring " + String.join(", ", mentees) + ".", assigned, hours(assigned, 6));

        send(cast.hr(), "HELP_REQUESTED", "Urgent help request in " + b.name,
                urgentPerson.fullName() + " (mentor: " + help.pair.mentor.person.fullName()
                        + ") asked for urgent help.", help.submittedAt, null);
        List<String> atRisk = atRiskMentees(programs, journeys);
        Instant digest = time.at(DemoTime.mondayOnOrBefore(time.today()), 7, 0, ZoneOffset.UTC);
        send(cast.hr(), "HR_DIGEST", "Weekly digest: " + atRisk.size() + " pairs at risk in " + b.name,
                "Pairs needing attention: " + String.join("; ", atRisk) + ".", digest, null);
        CohortInfo c = programs.c;
        long applications = programs.enrollments.stream().filter(e -> e.cohort == c).count();
        Instant applied = time.at(time.today().minusDays(2), 8, 0, ZoneOffset.UTC);
        send(cast.hr(), "ENROLLMENT", "New applications for " + c.name,
                applications + " people have applied so far; enrollment closes on " + DAY.format(c.closesOn) + ".",
                applied, hours(applied, 3));

        CohortInfo a = programs.a;
        Instant completed = time.at(a.endsOn.plusDays(1), 9, 0, ZoneOffset.UTC);
        send(cast.exec(), "COHORT_COMPLETED", a.name + " completed",
                "The outcome report for the Failing Forward Leadership Track, " + a.name + ", is ready to download.",
                completed, hours(completed, 26));

        Pair rematch = programs.pairsOf(programs.enrollment(b, cast.mentee2())).getLast();
        Instant rematched = time.at(rematch.startsOn, 9, 35, ZoneOffset.UTC);
        send(cast.mentee2(), "PAIR_ASSIGNED", "Your new mentor: " + cast.mentor2().fullName(),
                "After a rematch you are now paired with " + cast.mentor2().fullName() + " in " + b.name + ".",
                rematched, hours(rematched, 2));
        upcoming(cast.mentee2(), journeys.of(programs.enrollment(b, cast.mentee2())), b);
        send(cast.mentor2(), "PAIR_ASSIGNED", "New mentee: " + cast.mentee2().fullName(),
                "HR paired you with " + cast.mentee2().fullName() + " after a rematch.", rematched, hours(rematched, 1));
        Journey drifter = journeys.of(programs.drifter);
        long weeks = ChronoUnit.WEEKS.between(drifter.submitted().getLast().dueOn, time.today());
        send(cast.mentor3(), "CHECK_IN_OVERDUE", "No check-in from " + drifter.mentee.person.fullName()
                        + " for " + weeks + " weeks",
                "Maybe reach out and ask how things are going?", time.at(time.today().minusDays(1), 8, 0,
                        ZoneOffset.UTC), null);
        Enrollment application = programs.enrollment(c, cast.mentee3());
        send(cast.mentee3(), "ENROLLMENT", "Application received",
                "Thanks for applying to " + c.name + " of Engineering Growth Circles. HR will decide after "
                        + DAY.format(c.closesOn) + ".", application.appliedAt, hours(application.appliedAt, 1));
        sendTo(adminId, "SYSTEM", "Demo data loaded",
                "The directory, three cohorts and their history were generated for demonstration.", time.now(), null);
    }

    private void menteeNotifications(Person mentee, Person mentor, Journey journey, CohortInfo b) {
        upcoming(mentee, journey, b);
        journey.checkIns.stream()
                .filter(c -> c.status.equals("DUE") && c.dueOn.isBefore(time.today().minusDays(2)))
                .findFirst().ifPresent(missed -> {
                    Instant at = time.at(missed.dueOn.plusDays(3), 8, 0, ZoneOffset.UTC);
                    send(mentee, "CHECK_IN_OVERDUE", "Check-in overdue",
                            "Period " + missed.period + " was due on " + DAY.format(missed.dueOn)
                                    + ". It is not too late: fill it in and note what got in the way.",
                            at, hours(at, 5));
                });
        journey.checkIns.stream().filter(c -> c.reviewedAt != null)
                .max(Comparator.comparing(c -> c.reviewedAt)).ifPresent(reviewed ->
                        send(mentee, "MENTOR_FEEDBACK", "New feedback from your mentor",
                                mentor.firstName + " commented on your check-in for period " + reviewed.period + ".",
                                reviewed.reviewedAt, null));
        Instant assigned = time.at(b.startsOn.minusDays(4), 10, 5, ZoneOffset.UTC);
        send(mentee, "PAIR_ASSIGNED", "You have a mentor in " + b.name,
                "You are paired with " + mentor.fullName() + ". Say hello and book your first session.",
                assigned, hours(assigned, 4));
    }

    private void upcoming(Person person, Journey journey, CohortInfo cohort) {
        CheckIn next = journey.checkIns.stream().filter(c -> c.dueOn.isAfter(time.today())).findFirst().orElse(null);
        if (next == null) {
            return;
        }
        long days = ChronoUnit.DAYS.between(time.today(), next.dueOn);
        send(person, "CHECK_IN_DUE", "Check-in due in " + days + (days == 1 ? " day" : " days"),
                "Your check-in for period " + next.period + " of " + cohort.name + " is due on "
                        + DAY.format(next.dueOn) + (next.status.equals("DRAFT") ? ". Your draft is saved." : "."),
                time.now().minus(Duration.ofHours(3)), null);
    }

    /** Mentees of ACTIVE pairs in B with no submitted check-in for more than two periods, or an open urgent request. */
    private List<String> atRiskMentees(DemoPrograms programs, DemoJourneys journeys) {
        CohortInfo b = programs.b;
        LocalDate cutoff = time.today().minusDays(2L * b.periodDays());
        return programs.pairs.stream()
                .filter(p -> p.mentee.cohort == b && p.status.equals("ACTIVE"))
                .filter(p -> {
                    Journey j = journeys.of(p.mentee);
                    List<CheckIn> submitted = j.submitted();
                    boolean silent = submitted.isEmpty() || submitted.getLast().submittedAt
                            .isBefore(cutoff.atStartOfDay(ZoneOffset.UTC).toInstant());
                    boolean urgent = submitted.stream().anyMatch(c -> "URGENT".equals(c.helpUrgency)
                            && c.helpAcknowledgedAt == null);
                    return silent || urgent;
                })
                .map(p -> p.mentee.person.fullName() + " (mentor: " + p.mentor.person.fullName() + ")")
                .toList();
    }

    /** The audit trail of the load: who (system), what, which records. */
    void audit(DemoPrograms programs, int employees, int accounts, int checkIns) {
        audit("Employee", null, "Demo data: " + employees + " employees imported into the directory");
        audit("AppUser", null, "Demo data: " + accounts + " user accounts created");
        audit("Program", programs.a.programId, "Demo data: program \"Failing Forward Leadership Track\"");
        audit("Program", programs.c.programId, "Demo data: program \"Engineering Growth Circles\"");
        for (CohortInfo cohort : List.of(programs.a, programs.b, programs.c)) {
            audit("Cohort", cohort.id, "Demo data: cohort \"" + cohort.name + "\" (" + cohort.status + ")");
        }
        audit("CheckIn", null, "Demo data: " + checkIns + " check-ins for cohorts " + programs.a.name + " and "
                + programs.b.name);
    }

    private void audit(String entityType, Long entityId, String details) {
        db.insert("audit_event", JdbcInserter.row().set("occurred_at", time.now()).set("actor", "system")
                .set("action", "CREATE").set("entity_type", entityType).set("entity_id", entityId)
                .set("details", details));
    }

    private void send(Person recipient, String type, String title, String body, Instant createdAt, Instant readAt) {
        sendTo(recipient.userId, type, title, body, createdAt, readAt);
    }

    private void sendTo(long recipientId, String type, String title, String body, Instant createdAt, Instant readAt) {
        Instant created = time.notAfterNow(createdAt);
        db.insert("notification", JdbcInserter.row().set("recipient_id", recipientId).set("type", type)
                .set("title", title).set("body", body).set("link", null)
                .set("dedup_key", "demo:" + type.toLowerCase(Locale.ROOT) + ":" + recipientId + ":" + ++sequence)
                .set("created_at", created).set("read_at", readAt == null ? null : time.notAfterNow(readAt)));
    }

    private static Instant hours(Instant from, int hours) {
        return from.plus(Duration.ofHours(hours));
    }
}
