package com.upward.matching;

/** Addresses of the matching board that other features link to (the HR home's at-risk pairs, issue 24). */
public final class BoardLinks {

    /** The query parameter naming a running pair, and the one asking for a change to it. */
    public static final String PAIR = "pair";
    public static final String CHANGE = "change";
    public static final String REMATCH = "rematch";

    private BoardLinks() {
    }

    /** The board opened on one running pair: its Pairs tab, filtered to the pair; with the rematch dialog open. */
    public static String pair(long cohortId, long assignmentId, boolean rematch) {
        return "cohorts/" + cohortId + "/matching?" + PAIR + "=" + assignmentId
                + (rematch ? "&" + CHANGE + "=" + REMATCH : "");
    }
}
