package com.upward.reporting;

/** Answers to "How likely are you to recommend…" (0–10): promoters 9–10, passives 7–8, detractors 0–6. */
public record Nps(long promoters, long passives, long detractors) {

    public long answers() {
        return promoters + passives + detractors;
    }

    /** % promoters − % detractors, −100 to 100; null without answers. */
    public Double score() {
        long n = answers();
        return n == 0 ? null : 100.0 * (promoters - detractors) / n;
    }
}
