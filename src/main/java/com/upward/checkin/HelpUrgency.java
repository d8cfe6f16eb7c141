package com.upward.checkin;

/** URGENT help requests notify HR as well as the mentor. */
public enum HelpUrgency {
    NORMAL, URGENT
}
