package com.upward.program;

import com.upward.program.internal.Access;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableFunction;

import java.util.Optional;

/**
 * What other features add to the cohort page: tabs, and sections of its Overview tab. The page knows only these
 * records, so program depends on none of the features that show their data there. Each contribution is a Spring
 * bean in its feature's {@code ui} package.
 */
public final class CohortPage {

    /** Who may read what the page shows: the services behind the contributions check it too. */
    public static final String READERS = Access.HR;

    private CohortPage() {
    }

    /**
     * A tab after program's own Overview and Participants (today: Pairs 10, Check-ins 20, Goals 30), lower
     * {@code position} first. Its content is built the first time the tab is shown. {@code labelKey} is the message
     * key of its label, translated when the page is built for a reader (the parts are made once, before anyone's
     * language is known).
     */
    public record Tab(int position, String labelKey, SerializableFunction<CohortDetails, Component> content) {

        public Component create(CohortDetails cohort) {
            return content.apply(cohort);
        }
    }

    /**
     * A section of the Overview tab after program's own People (today: Check-ins 10, Goals 20, Surveys 30), lower
     * {@code position} first: a heading and its figures, read again each time the Overview tab is selected, as
     * decisions elsewhere change them. Empty figures leave the section out. {@code headingKey} is the message key of
     * its heading.
     */
    public record OverviewSection(int position, String headingKey,
                                  SerializableFunction<CohortDetails, Optional<Component>> figures) {

        public Optional<Component> create(CohortDetails cohort) {
            return figures.apply(cohort);
        }
    }
}
