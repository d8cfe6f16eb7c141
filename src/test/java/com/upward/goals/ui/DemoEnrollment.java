package com.upward.goals.ui;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

/** A demo user's mentee enrollment in the running cohort, which the goal view tests build on. */
record DemoEnrollment(long id, LocalDate startsOn, LocalDate endsOn) {

    static DemoEnrollment of(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("""
                        select e.id, c.starts_on, c.ends_on from enrollment e join cohort c on c.id = e.cohort_id
                        join app_user u on u.employee_id = e.employee_id
                        where u.username = ? and c.status = 'ACTIVE' and e.side = 'MENTEE'""",
                (rs, n) -> new DemoEnrollment(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)), username);
    }
}
