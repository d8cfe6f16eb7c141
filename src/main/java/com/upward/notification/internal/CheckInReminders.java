package com.upward.notification.internal;

import com.upward.base.ReadModel;

import com.upward.checkin.CheckInRules;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.upward.notification.internal.Message.tr;

/**
 * The reminders of the scheduled jobs: a check-in due within two days (to the mentee, with a calendar entry), and
 * a check-in that has just become overdue (to the mentee and to their mentor). Only open check-ins of running pairs
 * in ACTIVE cohorts count. Each reminder has a dedup key, so a job that runs twice sends nothing new.
 */
@ReadModel("The reminder jobs pick due and overdue check-ins of running pairs in active cohorts, with the people to tell, in one query per job")
@Component
class CheckInReminders {

    /** How many days before the due date the reminder goes out. */
    static final int DUE_SOON_DAYS = 2;
    /**
     * Overdue reminders go out for check-ins that became overdue in this many recent days: a daily job catches every
     * one, and the first run on an old database does not flood people about periods long past.
     */
    static final int OVERDUE_WINDOW_DAYS = 7;
    /** The due date in reminders, with its weekday: "Monday 14 December", "Montag, 14. Dezember". */
    static final String DAY_FORMAT = "notify.format.due-day";

    /** One open check-in of a running pair, with both people. */
    record OpenCheckIn(long checkInId, int period, LocalDate dueOn, String cohortName, long menteeEmployeeId,
                       String menteeName, long mentorEmployeeId) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Notifier notifier;

    CheckInReminders(NamedParameterJdbcTemplate jdbc, Notifier notifier) {
        this.jdbc = jdbc;
        this.notifier = notifier;
    }

    /** Open check-ins due from {@code today} to {@code today} + 2 days. */
    List<OpenCheckIn> dueSoon(LocalDate today) {
        return open(today, today.plusDays(DUE_SOON_DAYS));
    }

    /** Open check-ins that became overdue (due date plus the grace days passed) in the last week. */
    List<OpenCheckIn> newlyOverdue(LocalDate today) {
        LocalDate lastDueOnThatIsOverdue = today.minusDays(CheckInRules.GRACE_DAYS + 1);
        return open(lastDueOnThatIsOverdue.minusDays(OVERDUE_WINDOW_DAYS - 1), lastDueOnThatIsOverdue);
    }

    private List<OpenCheckIn> open(LocalDate dueFrom, LocalDate dueTo) {
        String sql = """
                select ci.id, ci.period_number, ci.due_on, co.name as cohort_name,
                       mentee.id as mentee_id, concat(mentee.first_name, ' ', mentee.last_name) as mentee_name,
                       mentor.id as mentor_id
                from check_in ci
                join mentor_assignment a on a.id = ci.assignment_id
                join cohort co on co.id = a.cohort_id
                join enrollment me on me.id = ci.enrollment_id
                join employee mentee on mentee.id = me.employee_id
                join enrollment mo on mo.id = a.mentor_enrollment_id
                join employee mentor on mentor.id = mo.employee_id
                where ci.status in ('DUE', 'DRAFT') and a.status = 'ACTIVE' and co.status = 'ACTIVE'
                  and ci.due_on between :dueFrom and :dueTo
                order by ci.id""";
        return jdbc.query(sql, new MapSqlParameterSource("dueFrom", dueFrom).addValue("dueTo", dueTo),
                (rs, row) -> new OpenCheckIn(rs.getLong("id"), rs.getInt("period_number"),
                        rs.getObject("due_on", LocalDate.class), rs.getString("cohort_name"), rs.getLong("mentee_id"),
                        rs.getString("mentee_name"), rs.getLong("mentor_id")));
    }

    /** Returns how many reminders were written (reminders sent before are not counted). */
    @Transactional
    int remindDueSoon(LocalDate today) {
        List<OpenCheckIn> due = dueSoon(today);
        var accounts = notifier.accountsOf(due.stream().map(OpenCheckIn::menteeEmployeeId).distinct().toList());
        int sent = 0;
        for (OpenCheckIn ci : due) {
            boolean dueToday = ci.dueOn().equals(today);
            var day = new Message.Day(ci.dueOn(), DAY_FORMAT);
            var message = Message.of(NotificationType.CHECK_IN_DUE,
                            dueToday ? tr("notify.check-in.due-today.title") : tr("notify.check-in.due-on.title", day),
                            dueToday ? tr("notify.check-in.due-today.body", ci.period(), ci.cohortName())
                                    : tr("notify.check-in.due-on.body", ci.period(), ci.cohortName(), day),
                            "checkins/" + ci.checkInId())
                    .once("check-in-due:" + ci.checkInId())
                    .withCalendarEntry(new Message.CalendarEntry(ci.dueOn(),
                            tr("notify.check-in.due.calendar-summary", ci.cohortName(), ci.period()),
                            tr("notify.check-in.due.calendar-description"), "check-in-" + ci.checkInId() + "@upward"));
            sent += notifier.send(accounts.get(ci.menteeEmployeeId()), message) ? 1 : 0;
        }
        return sent;
    }

    /** Tells the mentee and the mentor; returns how many reminders were written. */
    @Transactional
    int remindOverdue(LocalDate today) {
        List<OpenCheckIn> overdue = newlyOverdue(today);
        var accounts = notifier.accountsOf(overdue.stream()
                .flatMap(ci -> Stream.of(ci.menteeEmployeeId(), ci.mentorEmployeeId())).distinct().toList());
        List<Boolean> written = new ArrayList<>();
        for (OpenCheckIn ci : overdue) {
            var due = new Message.Day(ci.dueOn(), DAY_FORMAT);
            written.add(notifier.send(accounts.get(ci.menteeEmployeeId()), Message.of(
                            NotificationType.CHECK_IN_OVERDUE, tr("notify.check-in.overdue.mentee.title"),
                            tr("notify.check-in.overdue.mentee.body", ci.period(), ci.cohortName(), due),
                            "checkins/" + ci.checkInId())
                    .once("check-in-overdue:" + ci.checkInId() + ":mentee")));
            written.add(notifier.send(accounts.get(ci.mentorEmployeeId()), Message.of(
                            NotificationType.CHECK_IN_OVERDUE, tr("notify.check-in.overdue.mentor.title", ci.menteeName()),
                            tr("notify.check-in.overdue.mentor.body", ci.menteeName(), ci.period(), ci.cohortName(),
                                    due), "mentees")
                    .once("check-in-overdue:" + ci.checkInId() + ":mentor")));
        }
        return (int) written.stream().filter(Boolean::booleanValue).count();
    }
}
