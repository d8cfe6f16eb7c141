package com.upward.reporting;

/** Lets tests outside this package empty the home figures' cache (the benchmarks load data underneath it). */
public final class CachedFigures {

    private CachedFigures() {
    }

    public static void clear(DashboardFigures figures) {
        figures.clearCachedFigures();
    }
}
