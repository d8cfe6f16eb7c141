package com.upward.notification.internal;

/**
 * A report one can subscribe to. A company-wide kind has no program ({@link #perProgram()} false); a new kind is a
 * constant here, its texts ({@code notification.report-kind.*}, {@code email.report.title.*}) and its branch in
 * {@link ReportDeliveries#write}.
 */
public enum ReportKind {

    /** The program outcome report of one program. */
    PROGRAM_OUTCOME(true),
    /** Every program side by side, by department and by location: the cross-program report. */
    CROSS_PROGRAM(false);

    private final boolean perProgram;

    ReportKind(boolean perProgram) {
        this.perProgram = perProgram;
    }

    /** Whether a subscription names a program (else it covers the whole company). */
    public boolean perProgram() {
        return perProgram;
    }
}
