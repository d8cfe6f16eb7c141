package com.upward.program;

/** A mentee's wish about the mentor's location: any, the same as theirs, or another one. */
public enum LocationPreference {
    ANY, SAME, OTHER
}
