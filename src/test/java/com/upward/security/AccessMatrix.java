package com.upward.security;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static com.upward.security.AccessMatrix.Who.ADMIN;
import static com.upward.security.AccessMatrix.Who.ANONYMOUS;
import static com.upward.security.AccessMatrix.Who.EXECUTIVE;
import static com.upward.security.AccessMatrix.Who.HR;
import static com.upward.security.AccessMatrix.Who.MENTEE;
import static com.upward.security.AccessMatrix.Who.MENTOR;

/**
 * Who may open which route. Tests walk every cell; a route missing here fails them.
 * Keep in step with docs/security.md.
 */
public final class AccessMatrix {

    /** The people the matrix speaks of, each a demo account (anonymous has none). */
    public enum Who {
        ADMIN("admin"), HR("hr"), EXECUTIVE("exec"), MENTOR("mentor"), MENTEE("mentee"), ANONYMOUS(null);

        public final String username;

        Who(String username) {
            this.username = username;
        }
    }

    private static final Set<Who> SIGNED_IN = EnumSet.of(ADMIN, HR, EXECUTIVE, MENTOR, MENTEE);

    /** Route path → who may open it. */
    public static final Map<String, Set<Who>> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("login", EnumSet.allOf(Who.class));
        ROUTES.put("forgot-password", EnumSet.allOf(Who.class));
        ROUTES.put("reset-password", EnumSet.allOf(Who.class));
        ROUTES.put("", SIGNED_IN);
        ROUTES.put("employees", EnumSet.of(ADMIN, HR));
        ROUTES.put("employees/import", EnumSet.of(ADMIN, HR));
        ROUTES.put("users", EnumSet.of(ADMIN));
        ROUTES.put("audit", EnumSet.of(ADMIN));
        ROUTES.put("profile", SIGNED_IN);
        ROUTES.put("notifications", SIGNED_IN);
        ROUTES.put("email-deliveries", EnumSet.of(ADMIN, HR));
        ROUTES.put("reports", EnumSet.of(ADMIN, HR, EXECUTIVE));
        ROUTES.put("change-password", SIGNED_IN);
        ROUTES.put("programs", EnumSet.of(ADMIN, HR));
        ROUTES.put("programs/:programId", EnumSet.of(ADMIN, HR));
        ROUTES.put("cohorts/:cohortId", EnumSet.of(ADMIN, HR));
        ROUTES.put("cohorts/:cohortId/matching", EnumSet.of(ADMIN, HR));
        // every account with the EMPLOYEE role (the demo hr and exec have it too; admin does not)
        ROUTES.put("cohorts/open", EnumSet.of(HR, EXECUTIVE, MENTOR, MENTEE));
        ROUTES.put("goals", EnumSet.of(HR, EXECUTIVE, MENTOR, MENTEE));
        ROUTES.put("checkins", EnumSet.of(HR, EXECUTIVE, MENTOR, MENTEE));
        // the route opens for every employee; the check-in itself only for its author (tested in CheckInViewTest)
        ROUTES.put("checkins/:checkInId", EnumSet.of(HR, EXECUTIVE, MENTOR, MENTEE));
        ROUTES.put("mentees", EnumSet.of(HR, EXECUTIVE, MENTOR, MENTEE));
        // the page opens for every employee; it shows only the pairs and choices of the person signed in
        ROUTES.put("pairing", EnumSet.of(HR, EXECUTIVE, MENTOR, MENTEE));
        ROUTES.put("journal", EnumSet.of(HR, EXECUTIVE, MENTOR, MENTEE));
        // opens for every employee; the survey itself only for the people it asks (SurveyViewTest)
        ROUTES.put("surveys/:surveyId", EnumSet.of(HR, EXECUTIVE, MENTOR, MENTEE));
        // the same: the route opens, the check-in only for the mentee's current mentor (MentorCheckInViewTest)
        ROUTES.put("mentees/checkins/:checkInId", EnumSet.of(HR, EXECUTIVE, MENTOR, MENTEE));
    }

    /**
     * The side menu each person sees, in order: of the routes they may open, those that apply to them (issue 24): a
     * mentee's pages only to the demo mentee, "My mentees" only to the demo mentor; HR and the executive are in no
     * cohort.
     */
    public static final Map<Who, java.util.List<String>> MENUS = Map.of(
            ADMIN, java.util.List.of("Home", "Employees", "Programs", "Reports", "Email deliveries", "User accounts",
                    "Audit log"),
            HR, java.util.List.of("Home", "Employees", "Programs", "Open cohorts", "Reports", "Email deliveries"),
            EXECUTIVE, java.util.List.of("Home", "Open cohorts", "Reports"),
            MENTOR, java.util.List.of("Home", "My mentees", "Open cohorts"),
            MENTEE, java.util.List.of("Home", "My goals", "My check-ins", "Lessons journal", "Open cohorts"));

    private AccessMatrix() {
    }
}
