package com.upward.program;

/** Addresses in the cohorts' pages that other features link to (a notification, an email). */
public final class CohortLinks {

    /** The query parameter that opens the signed-in person's application to a cohort. */
    public static final String APPLICATION = "application";

    private CohortLinks() {
    }

    /** "Open cohorts" with the person's application form to this cohort open. */
    public static String application(long cohortId) {
        return "cohorts/open?" + APPLICATION + "=" + cohortId;
    }
}
