package com.upward.checkin;

import com.upward.checkin.internal.CheckInModels;
import com.upward.checkin.internal.CheckInModels.CheckInDetail;
import com.upward.checkin.internal.CheckInModels.CheckInInput;
import com.upward.checkin.internal.CheckInService;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** The demo data's check-ins that tests build on: the demo mentee's draft in the running cohort. */
public final class DemoCheckIns {

    public static final String SETBACK = "The load test failed twice";
    public static final String PRIVATE_NOTE = "I felt like quitting";

    private DemoCheckIns() {
    }

    /** The first check-in of a demo user's running cohort in the given status. */
    public static long of(JdbcTemplate jdbc, String username, String status) {
        return jdbc.queryForObject("""
                select min(ci.id) from check_in ci join enrollment e on e.id = ci.enrollment_id
                join cohort c on c.id = e.cohort_id join app_user u on u.employee_id = e.employee_id
                where u.username = ? and c.status = 'ACTIVE' and ci.status = ?""", Long.class, username, status);
    }

    /** Submits a check-in as its (signed-in) author: a setback, a lesson, a help request and a private note. */
    public static void submitWithHelp(CheckInService checkIns, long checkInId, HelpUrgency urgency) {
        CheckInDetail d = checkIns.detail(checkInId);
        checkIns.submit(checkInId, d.version(), new CheckInInput(false, null, null, List.of(), "Demoed the alerts",
                SETBACK, "Start load tests a week earlier", "Book the test cluster",
                "Can you introduce me to the SRE lead?", true, urgency, 3, PRIVATE_NOTE));
    }
}
