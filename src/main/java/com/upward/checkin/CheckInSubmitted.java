package com.upward.checkin;

import com.upward.directory.Employee;
import com.upward.program.Cohort;

/**
 * Published in the transaction that submits a check-in, so that the mentor hears of it (and of a help request;
 * HR too when it is urgent) after the commit. Carries no check-in text: who is told what is the notification feature's business.
 */
public record CheckInSubmitted(long checkInId, long cohortId, String cohortName, long menteeEmployeeId,
                               String menteeName, Long mentorEmployeeId, boolean firstSubmission,
                               boolean helpRequested, HelpUrgency urgency) {

    static CheckInSubmitted of(CheckIn ci, boolean first) {
        Cohort cohort = ci.getEnrollment().getCohort();
        Employee mentee = ci.getEnrollment().getEmployee();
        Long mentor = ci.getAssignment() == null ? null
                : ci.getAssignment().getMentorEnrollment().getEmployee().getId();
        return new CheckInSubmitted(ci.getId(), cohort.getId(), cohort.getName(), mentee.getId(),
                mentee.getFirstName() + " " + mentee.getLastName(), mentor, first, ci.isHelpRequested(),
                ci.getHelpUrgency());
    }
}
