package com.upward.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The in-memory picture of the demo data while it is being generated; ids are filled in as rows are written. */
final class DemoModel {

    private DemoModel() {
    }

    /** An employee of the directory. */
    static final class Person {
        long id;
        String firstName;
        String lastName;
        String email;
        DemoCatalog.Department department;
        String role;
        String jobTitle;
        int level;
        DemoCatalog.Location location;
        Person manager;
        LocalDate hireDate;
        boolean active = true;
        final List<String> skills = new ArrayList<>();
        final List<String> interests = new ArrayList<>();
        final List<String> languages = new ArrayList<>();
        /** The app_user id once the person has an account. */
        Long userId;

        String fullName() {
            return firstName + " " + lastName;
        }

        /** True if {@code other} is this person's manager or anyone above them in the reporting line. */
        boolean reportsTo(Person other) {
            for (Person m = manager; m != null; m = m.manager) {
                if (m == other) {
                    return true;
                }
            }
            return false;
        }

        boolean hasLanguage(String language) {
            return languages.contains(language);
        }
    }

    /** The people behind the fixed demo logins. */
    record Cast(Person exec, Person hr, Person mentor, Person mentee, Person mentor2, Person mentor3,
                Person mentee2, Person mentee3) {
    }

    /** A cohort of a program. */
    static final class CohortInfo {
        final String key;
        long id;
        long programId;
        String name;
        String status;
        String cadence;
        int maxMentees;
        LocalDate opensOn;
        LocalDate closesOn;
        LocalDate startsOn;
        LocalDate endsOn;

        CohortInfo(String key) {
            this.key = key;
        }

        /** {@code date} moved forward by whole cadence periods, computed in one step so months do not drift. */
        LocalDate plusPeriods(LocalDate date, long periods) {
            return switch (cadence) {
                case "WEEKLY" -> date.plusWeeks(periods);
                case "BIWEEKLY" -> date.plusWeeks(2 * periods);
                default -> date.plusMonths(periods);
            };
        }

        int periodDays() {
            return switch (cadence) {
                case "WEEKLY" -> 7;
                case "BIWEEKLY" -> 14;
                default -> 30;
            };
        }
    }

    /** An employee in a cohort as MENTOR or MENTEE. */
    static final class Enrollment {
        long id;
        final CohortInfo cohort;
        final Person person;
        final String side;
        String status;
        final List<String> topics = new ArrayList<>();
        String locationPreference = "ANY";
        Person preferredMentor;
        Instant appliedAt;

        Enrollment(CohortInfo cohort, Person person, String side, String status) {
            this.cohort = cohort;
            this.person = person;
            this.side = side;
            this.status = status;
        }

        boolean isMentor() {
            return "MENTOR".equals(side);
        }

        /** Accepted into the cohort (ACCEPTED, or COMPLETED once the cohort is over). */
        boolean isParticipant() {
            return "ACCEPTED".equals(status) || "COMPLETED".equals(status);
        }
    }

    /** A mentor assignment. */
    static final class Pair {
        long id;
        final Enrollment mentor;
        final Enrollment mentee;
        final DemoMatching.Score score;
        String status;
        LocalDate startsOn;
        LocalDate endsOn;
        String endReason;
        String assignmentReason;

        Pair(Enrollment mentor, Enrollment mentee, DemoMatching.Score score) {
            this.mentor = mentor;
            this.mentee = mentee;
            this.score = score;
        }

        boolean coversDay(LocalDate day) {
            return !day.isBefore(startsOn) && (endsOn == null || day.isBefore(endsOn));
        }
    }
}
