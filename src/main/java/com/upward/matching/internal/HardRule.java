package com.upward.matching.internal;

/** Rules no suggestion, auto-match or manual assignment may break. */
public enum HardRule {
    SAME_PERSON("A person cannot mentor themselves."),
    MANAGER_CHAIN("The mentor is the mentee's manager or above them in the reporting line."),
    CAPACITY("The mentor already has as many mentees as the cohort allows, counting the ones they mentor in other "
            + "running cohorts when the program says so."),
    EARLIER_PAIR("This mentor and mentee were already paired in an earlier cohort.");

    private final String message;

    HardRule(String message) {
        this.message = message;
    }

    public String message() { return message; }
}
