package com.upward.demo;

import java.util.List;

/** The fixed demo logins. Every demo account, these and the generated ones, has the password {@link #PASSWORD}. */
public final class DemoAccounts {

    public static final String PASSWORD = "upward";

    /** A demo login: user name, password, global roles and what the account shows. */
    public record DemoAccount(String username, String password, List<String> roles, String description) {
    }

    public static final DemoAccount ADMIN = new DemoAccount("admin", PASSWORD, List.of("ADMIN"),
            "Alex Admin, system administrator (no employee record): users, roles, audit log");
    public static final DemoAccount HR = new DemoAccount("hr", PASSWORD, List.of("HR", "EMPLOYEE"),
            "HR program coordinator in People: owns both programs, runs cohorts and matching");
    public static final DemoAccount EXEC = new DemoAccount("exec", PASSWORD, List.of("EXECUTIVE", "EMPLOYEE"),
            "Chief Executive Officer (level 10): outcome dashboards and reports");
    public static final DemoAccount MENTOR = new DemoAccount("mentor", PASSWORD, List.of("EMPLOYEE"),
            "Zoë Ødegård: mentors 3 mentees in the active cohort (one with an urgent help request), mentored in the completed one");
    public static final DemoAccount MENTEE = new DemoAccount("mentee", PASSWORD, List.of("EMPLOYEE"),
            "Łukasz Wiśniewski: mentee in the active cohort (goals, a late and an overdue check-in, a draft) and in the completed one");
    public static final DemoAccount MENTOR2 = new DemoAccount("mentor2", PASSWORD, List.of("EMPLOYEE"),
            "Ана Петрова: mentor in the active cohort (took over a rematched mentee) and in the completed one");
    public static final DemoAccount MENTOR3 = new DemoAccount("mentor3", PASSWORD, List.of("EMPLOYEE"),
            "Engineering manager: mentor in the active cohort (one pair at risk) and in the enrolling cohort");
    public static final DemoAccount MENTEE2 = new DemoAccount("mentee2", PASSWORD, List.of("EMPLOYEE"),
            "Marketing: mentee in the active cohort, rematched to a new mentor after five weeks");
    public static final DemoAccount MENTEE3 = new DemoAccount("mentee3", PASSWORD, List.of("EMPLOYEE"),
            "Mentee of the completed cohort who has applied to the enrolling cohort");

    public static final List<DemoAccount> ALL = List.of(ADMIN, HR, EXEC, MENTOR, MENTEE, MENTOR2, MENTOR3, MENTEE2,
            MENTEE3);

    private DemoAccounts() {
    }
}
