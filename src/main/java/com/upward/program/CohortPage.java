package com.upward.program;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableFunction;

import java.util.Optional;

/**
 * What other features add to the cohort page: tabs, and sections of its Overview tab. The page knows only these
 * interfaces, so program depends on none of the features that show their data there. Each contribution is a Spring
 * bean in its feature's {@code ui} package, usually made with {@link Tab#of} or {@link OverviewSection#of}.
 */
public final class CohortPage {

    /** Who may read what the page shows: the services behind the contributions check it too. */
    public static final String READERS = Access.HR;

    private CohortPage() {
    }

    /**
     * A tab after program's own Overview and Participants (today: Pairs 10, Check-ins 20, Goals 30). Its content is
     * built the first time the tab is shown.
     */
    public interface Tab {

        /** Lower comes first. */
        int position();

        /** Also the tab's name in tests and browser journeys: keep it stable. */
        String label();

        Component create(CohortDetails cohort);

        static Tab of(int position, String label, SerializableFunction<CohortDetails, Component> create) {
            return new Tab() {
                @Override
                public int position() {
                    return position;
                }

                @Override
                public String label() {
                    return label;
                }

                @Override
                public Component create(CohortDetails cohort) {
                    return create.apply(cohort);
                }
            };
        }
    }

    /**
     * A section of the Overview tab after program's own People (today: Check-ins 10, Goals 20, Surveys 30): a
     * heading and its figures, read again each time the Overview tab is selected, as decisions elsewhere change them.
     */
    public interface OverviewSection {

        /** Lower comes first. */
        int position();

        String heading();

        /** The figures under the heading, or empty to leave the section out. */
        Optional<Component> create(CohortDetails cohort);

        static OverviewSection of(int position, String heading,
                                  SerializableFunction<CohortDetails, Optional<Component>> create) {
            return new OverviewSection() {
                @Override
                public int position() {
                    return position;
                }

                @Override
                public String heading() {
                    return heading;
                }

                @Override
                public Optional<Component> create(CohortDetails cohort) {
                    return create.apply(cohort);
                }
            };
        }
    }
}
