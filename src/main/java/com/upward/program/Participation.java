package com.upward.program;

import com.upward.security.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The sides of mentoring the signed-in person has taken, in any cohort: a mentee has goals, check-ins and a journal,
 * a mentor has mentees. What the menu offers follows it (issue 24, "menus that don't apply"). Being accepted in a
 * cohort counts, and so does a cohort that ended: its goals and check-ins stay theirs to read.
 */
@Service
public class Participation {

    public record Sides(boolean mentee, boolean mentor) {

        public static final Sides NONE = new Sides(false, false);
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;

    Participation(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Sides mine() {
        if (!currentUser.isEmployee()) {
            return Sides.NONE;
        }
        List<String> sides = jdbc.queryForList("""
                select distinct side from enrollment
                where employee_id = :self and status in ('ACCEPTED', 'COMPLETED')""",
                new MapSqlParameterSource("self", currentUser.requireEmployeeId()), String.class);
        return new Sides(sides.contains(EnrollmentSide.MENTEE.name()), sides.contains(EnrollmentSide.MENTOR.name()));
    }
}
