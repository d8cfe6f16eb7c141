package com.upward.simulation;

import com.upward.base.BusinessRuleException;
import com.upward.checkin.internal.CheckInService;
import com.upward.checkin.internal.CheckInModels.CheckInInput;
import com.upward.checkin.internal.CheckInModels.GoalProgress;
import com.upward.checkin.HelpUrgency;
import com.upward.checkin.internal.MentorCheckInService;
import com.upward.goals.GoalService;
import com.upward.goals.GoalStatus;
import com.upward.goals.GoalType;
import com.upward.goals.GoalModels.GoalForm;
import com.upward.notification.internal.EmailPreferenceService;
import com.upward.notification.internal.NotificationType;
import com.upward.program.internal.ApplicationForm;
import com.upward.program.internal.ApplicationService;
import com.upward.program.CohortForm;
import com.upward.program.internal.CohortMove;
import com.upward.program.internal.CohortService;
import com.upward.program.internal.EnrollmentService;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.LocationPreference;
import com.upward.program.internal.ProgramForm;
import com.upward.program.internal.ProgramService;
import com.upward.program.Cadence;
import com.upward.matching.internal.MatchingService;
import com.upward.matching.internal.MatchingModels.PairChoice;
import com.upward.simulation.SimLedger.CheckIn;
import com.upward.simulation.SimLedger.Cohort;
import com.upward.simulation.SimLedger.CohortState;
import com.upward.simulation.SimPeople.Habit;
import com.upward.simulation.SimPeople.Reviews;
import com.upward.survey.SurveyService;
import com.upward.survey.SurveyModels.SurveyTodo;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What happens in the simulated company, day by day: HR runs two cohorts from the opening of enrollment to their
 * archive; mentees fill in check-ins after their habits (on time, draft first, late, stopping, every other, never);
 * mentors review after theirs; one mentee asks for urgent help; HR rematches one pair; people answer surveys, one of
 * them too late. Every action goes through the services as the person who takes it, at a time of day set on the
 * clock; the ledger records what was done.
 */
final class SimStory {

    /** The services people use, as a Spring test hands them over. */
    record Services(ProgramService programs, CohortService cohorts, EnrollmentService enrollments,
                    ApplicationService applications, MatchingService matching, CheckInService checkIns,
                    MentorCheckInService mentorCheckIns, GoalService goals, SurveyService surveys,
                    EmailPreferenceService emailPreferences, JdbcTemplate jdbc) {
    }

    private final Services s;
    private final SimPeople people;
    private final SimLedger ledger;
    private final SimClock clock;
    private final Map<String, Habit> habits;
    private final Map<String, Reviews> reviewing;
    /** The mentee who asks for urgent help, in which period, and the one whose pair HR changes (and when). */
    private final String asksForHelp;
    private final int helpPeriod;
    private final String rematched;
    private final LocalDate rematchOn;
    private final Map<String, Long> enrollmentOf = new HashMap<>();
    private long programId;

    SimStory(Services services, SimPeople people, SimLedger ledger, SimClock clock, Map<String, Habit> habits,
             Map<String, Reviews> reviewing, String asksForHelp, int helpPeriod, String rematched,
             LocalDate rematchOn) {
        this.s = services;
        this.people = people;
        this.ledger = ledger;
        this.clock = clock;
        this.habits = habits;
        this.reviewing = reviewing;
        this.asksForHelp = asksForHelp;
        this.helpPeriod = helpPeriod;
        this.rematched = rematched;
        this.rematchOn = rematchOn;
    }

    /** Everything people do on this day, in the order of the day. */
    void act(LocalDate today) {
        for (Cohort cohort : ledger.cohorts.values()) {
            hr(cohort, today);
            if (cohort.state == CohortState.ENROLLING) {
                applications(cohort, today);
            }
            if (cohort.state == CohortState.ACTIVE) {
                mentees(cohort, today);
                mentors(cohort, today);
                surveys(cohort, today, cohort.startsOn);
            }
            if (cohort.state == CohortState.COMPLETED) {
                surveys(cohort, today, cohort.endsOn);
            }
            if (cohort.state == CohortState.ACTIVE && today.equals(cohort.endsOn)) {
                clock.at(today, 17, 0);
                people.as(people.hr.username());
                s.cohorts().move(cohort.id, version(cohort), CohortMove.COMPLETE);
                cohort.state = CohortState.COMPLETED;
                cohort.mentees.forEach(m -> ledger.pairs.getOrDefault(m, List.of()).forEach(p -> p.running = false));
            }
        }
    }

    // --- HR ---------------------------------------------------------------------------------------------------------

    private void hr(Cohort cohort, LocalDate today) {
        people.as(people.hr.username());
        if (today.equals(cohort.opensOn)) {
            clock.at(today, 9, 0);
            if (programId == 0) {
                programId = s.programs().createProgram(new ProgramForm("Simulated Leadership Track",
                        "A program lived through day by day.", people.hr.userId(), Cadence.BIWEEKLY, 2));
                turnOffDueEmails();
            }
            cohort.id = s.cohorts().createCohort(programId, new CohortForm("Cohort " + cohort.key, null,
                    cohort.opensOn, cohort.closesOn, cohort.startsOn, cohort.endsOn, cohort.cadence, 2));
            s.cohorts().move(cohort.id, version(cohort), CohortMove.OPEN_ENROLLMENT);
            cohort.state = CohortState.ENROLLING;
        }
        if (today.equals(cohort.closesOn)) {
            clock.at(today, 16, 0);
            for (var row : s.enrollments().participants(cohort.id, null, EnrollmentStatus.APPLIED, null,
                    PageRequest.of(0, 100))) {
                s.enrollments().accept(row.enrollmentId(), row.version());
            }
        }
        if (today.equals(cohort.startsOn.minusDays(2))) {
            clock.at(today, 10, 0);
            match(cohort);
        }
        if (today.equals(cohort.startsOn)) {
            clock.at(today, 8, 0);
            s.cohorts().move(cohort.id, version(cohort), CohortMove.START);
            cohort.state = CohortState.ACTIVE;
            recordSchedule(cohort);
        }
        if (cohort.mentees.contains(rematched) && today.equals(rematchOn)) {
            clock.at(today, 11, 0);
            rematch(cohort, today);
        }
        if (cohort.state == CohortState.COMPLETED && today.equals(cohort.endsOn.plusDays(22))) {
            clock.at(today, 9, 30);
            s.cohorts().move(cohort.id, version(cohort), CohortMove.ARCHIVE);
            cohort.state = CohortState.ARCHIVED;
        }
    }

    /** The first mentee of the first cohort turns off due-reminder emails: the bell still has them. */
    private void turnOffDueEmails() {
        String mentee = ledger.cohorts.values().iterator().next().mentees.getFirst();
        people.as(mentee);
        s.emailPreferences().setMyEmailChoice(NotificationType.CHECK_IN_DUE, false);
        ledger.noEmail.put(mentee, List.of(NotificationType.CHECK_IN_DUE.name()));
        people.as(people.hr.username());
    }

    /** The weekly cohort is matched all at once; the monthly one by hand, each mentee's best suggestion. */
    private void match(Cohort cohort) {
        if (cohort.cadence == Cadence.WEEKLY) {
            var preview = s.matching().previewAutoMatch(cohort.id);
            assertThat(preview.unmatched()).as("auto-match leaves nobody out").isEmpty();
            s.matching().acceptAutoMatch(cohort.id, preview.pairs().stream()
                    .map(p -> new PairChoice(p.mentorEnrollmentId(), p.menteeEnrollmentId())).toList());
        } else {
            for (String mentee : cohort.mentees) {
                var best = s.matching().suggestionsFor(enrollmentOf.get(mentee)).getFirst();
                s.matching().assign(cohort.id, best.mentorEnrollmentId(), enrollmentOf.get(mentee),
                        "Best suggestion for " + mentee);
            }
        }
        Map<Long, String> byEnrollment = enrollmentOf.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        s.jdbc().query("select id, mentor_enrollment_id, mentee_enrollment_id, starts_on from mentor_assignment"
                + " where cohort_id = ? and status = 'ACTIVE' order by id", rs -> {
            ledger.paired(byEnrollment.get(rs.getLong(3)), rs.getLong(1), byEnrollment.get(rs.getLong(2)),
                    rs.getObject(4, LocalDate.class));
        }, cohort.id);
    }

    /** The check-ins the app scheduled at the start: their identity, period and dates. */
    private void recordSchedule(Cohort cohort) {
        Map<Long, String> byEnrollment = enrollmentOf.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        s.jdbc().query("""
                select ci.id, ci.enrollment_id, ci.period_number, ci.period_starts_on, ci.due_on from check_in ci
                join enrollment e on e.id = ci.enrollment_id where e.cohort_id = ? order by ci.id""", rs -> {
            long id = rs.getLong(1);
            ledger.checkIns.put(id, new CheckIn(id, byEnrollment.get(rs.getLong(2)), cohort, rs.getInt(3),
                    rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
        }, cohort.id);
    }

    private void rematch(Cohort cohort, LocalDate today) {
        var pair = ledger.runningPair(rematched);
        var suggestion = s.matching().rematchSuggestions(pair.assignmentId).getFirst();
        var saved = s.matching().rematch(pair.assignmentId, suggestion.mentorEnrollmentId(),
                "The mentor moved to a project abroad");
        pair.running = false;
        String newMentor = enrollmentOf.entrySet().stream()
                .filter(e -> e.getValue() == suggestion.mentorEnrollmentId()).findFirst().orElseThrow().getKey();
        assertThat(newMentor).isNotEqualTo(pair.mentor);
        ledger.paired(rematched, saved.assignmentId(), newMentor, today);
    }

    private long version(Cohort cohort) {
        return s.cohorts().cohort(cohort.id).orElseThrow().version();
    }

    // --- applications ----------------------------------------------------------------------------------------------

    /** Everyone applies in the first days of the window, a few each day. */
    private void applications(Cohort cohort, LocalDate today) {
        int day = (int) ChronoUnit.DAYS.between(cohort.opensOn, today);
        List<String> everyone = new java.util.ArrayList<>(cohort.mentors);
        everyone.addAll(cohort.mentees);
        for (int i = 0; i < everyone.size(); i++) {
            if (i % 5 + 1 != day) {
                continue;
            }
            String person = everyone.get(i);
            boolean mentor = cohort.mentors.contains(person);
            clock.at(today, 10, 5 * (i % 10));
            people.as(person);
            long enrollment = s.applications().apply(cohort.id, mentor ? EnrollmentSide.MENTOR : EnrollmentSide.MENTEE,
                    new ApplicationForm(Set.of("feedback", "planning"), mentor ? "I like to help others grow."
                            : "I want to lead with confidence.", "Tuesday mornings", null, null,
                            LocationPreference.ANY));
            enrollmentOf.put(person, enrollment);
        }
    }

    // --- mentees ------------------------------------------------------------------------------------------------------

    private void mentees(Cohort cohort, LocalDate today) {
        for (String mentee : cohort.mentees) {
            if (today.equals(cohort.startsOn.plusDays(1))) {
                clock.at(today, 9, 30);
                people.as(mentee);
                s.goals().create(enrollmentOf.get(mentee), new GoalForm(GoalType.LEARNING, "Give hard feedback",
                        "My team needs it", "Two real conversations", cohort.endsOn));
                s.goals().create(enrollmentOf.get(mentee), new GoalForm(GoalType.OUTCOME, "Ship the migration",
                        "It unblocks the platform", "Old system switched off", cohort.endsOn));
            }
            for (CheckIn checkIn : ledger.checkInsOf(mentee)) {
                if (checkIn.open()) {
                    fillIn(mentee, checkIn, today);
                }
            }
        }
    }

    private void fillIn(String mentee, CheckIn ci, LocalDate today) {
        Habit habit = habits.get(mentee);
        LocalDate due = ci.dueOn;
        boolean submits = switch (habit) {
            case ON_TIME -> today.equals(due);
            case DRAFTS_FIRST -> today.equals(due);
            case LATE -> today.equals(due.plusDays(4));
            case STOPS_AFTER_TWO -> ci.period <= 2 && today.equals(due);
            case EVERY_OTHER -> ci.period % 2 == 0 && today.equals(due.minusDays(1));
            case NEVER -> false;
        };
        if (habit == Habit.DRAFTS_FIRST && today.equals(due.minusDays(2)) && !today.isBefore(ci.startsOn)) {
            clock.at(today, 11, 0);
            people.as(mentee);
            var detail = s.checkIns().detail(ci.id);
            s.checkIns().saveDraft(ci.id, detail.version(), input(detail.goals().stream()
                    .map(g -> new GoalProgress(g.goalId(), g.progress(), g.status(), false)).toList(), ci, false));
            ci.draftedAt = clock.now();
        }
        if (submits) {
            clock.at(today, habit == Habit.DRAFTS_FIRST ? 16 : 10, 0);
            people.as(mentee);
            var detail = s.checkIns().detail(ci.id);
            boolean help = mentee.equals(asksForHelp) && ci.period == helpPeriod;
            s.checkIns().submit(ci.id, detail.version(), input(detail.goals().stream()
                    .map(g -> new GoalProgress(g.goalId(), Math.min(100, 12 * ci.period),
                            12 * ci.period >= 100 ? GoalStatus.ACHIEVED : GoalStatus.IN_PROGRESS, ci.period % 3 == 0))
                    .toList(), ci, help));
            ci.submittedAt = clock.now();
            ci.urgentHelp = help;
        }
    }

    /** Every third period a setback, with a lesson in most of them: failing forward. */
    private static CheckInInput input(List<GoalProgress> goals, CheckIn ci, boolean urgentHelp) {
        boolean setback = ci.period % 3 == 0;
        return new CheckInInput(false, null, null, goals, "Period " + ci.period + " went somewhere",
                setback ? "The plan slipped" : null, setback && ci.period % 2 == 1 ? "Start earlier" : null,
                "Keep going", urgentHelp ? "I am stuck with the migration and need you this week" : null,
                urgentHelp, urgentHelp ? HelpUrgency.URGENT : null, 3, "Only for me");
    }

    // --- mentors -----------------------------------------------------------------------------------------------------

    private void mentors(Cohort cohort, LocalDate today) {
        for (CheckIn ci : ledger.checkIns.values()) {
            if (ci.cohort != cohort || ci.submittedAt == null || ci.reviewedAt != null) {
                continue;
            }
            var pair = ledger.runningPair(ci.mentee);
            if (pair == null) {
                continue;
            }
            LocalDate submittedOn = clock.dateOf(ci.submittedAt);
            boolean answersHelp = ci.urgentHelp && today.equals(submittedOn.plusDays(3));
            Reviews habit = reviewing.get(pair.mentor);
            boolean reviews = habit != Reviews.NEVER && today.equals(submittedOn.plusDays(habit.days));
            if (reviews || answersHelp) {
                clock.at(today, 15, 0);
                people.as(pair.mentor);
                var read = s.mentorCheckIns().read(ci.id);
                s.mentorCheckIns().giveFeedback(ci.id, read.version(), "Good notes; let us talk about the setback.",
                        ci.urgentHelp);
                ci.reviewedAt = clock.now();
                if (ci.urgentHelp) {
                    ci.helpAcknowledgedAt = clock.now();
                }
            }
        }
    }

    // --- surveys -----------------------------------------------------------------------------------------------------

    /**
     * The survey that opened on {@code openedOn}: mentees answer on its second day (those who never check in never
     * answer, and one of them tries after it has closed and is refused); at the end mentors answer too.
     */
    private void surveys(Cohort cohort, LocalDate today, LocalDate openedOn) {
        boolean closing = openedOn.equals(cohort.endsOn);
        List<String> answering = new java.util.ArrayList<>(cohort.mentees);
        if (closing) {
            answering.addAll(cohort.mentors);
        }
        for (String person : answering) {
            boolean never = habits.get(person) == Habit.NEVER;
            if (today.equals(openedOn.plusDays(2)) && !never) {
                clock.at(today, 13, 0);
                people.as(person);
                for (SurveyTodo todo : s.surveys().mySurveys()) {
                    if (!todo.answered()) {
                        answer(todo.surveyId());
                    }
                }
            }
            if (never && !closing && today.equals(openedOn.plusDays(25))) {
                clock.at(today, 13, 0);
                people.as(person);
                long startSurvey = s.jdbc().queryForObject("select id from survey where cohort_id = ?"
                        + " and kind = 'GROWTH_START'", Long.class, cohort.id);
                assertThatThrownBy(() -> answer(startSurvey)).as("a closed survey takes no answers")
                        .isInstanceOf(BusinessRuleException.class);
            }
        }
    }

    private void answer(long surveyId) {
        Map<Long, Integer> answers = new HashMap<>();
        s.jdbc().query("select id, scale_max from survey_question where survey_id = ?",
                rs -> { answers.put(rs.getLong(1), rs.getInt(2)); }, surveyId);
        s.surveys().answer(surveyId, answers);
    }
}
