package com.upward.program.ui;

import com.upward.base.ui.Tiles;
import com.upward.program.CohortDetails;
import com.upward.program.internal.CohortFigures;
import com.upward.program.CohortPage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.function.SerializableSupplier;

import java.util.List;

import static com.upward.base.ui.Translations.tr;

/**
 * Key figures of a cohort: program's own People, then the sections other features add (check-ins, goals, surveys).
 * Each figure is one database aggregate.
 */
class OverviewTab extends Div {

    private final CohortDetails cohort;
    private final SerializableSupplier<CohortFigures> people;
    private final List<CohortPage.OverviewSection> sections;

    OverviewTab(CohortDetails cohort, SerializableSupplier<CohortFigures> people,
                List<CohortPage.OverviewSection> sections) {
        this.cohort = cohort;
        this.people = people;
        this.sections = sections;
        show();
    }

    /** Reads every figure again (the tab is refreshed each time it is selected, as decisions elsewhere change them). */
    void show() {
        removeAll();
        CohortFigures figures = people.get();
        add(new H3(tr("program.overview.people")), Tiles.of(
                Tiles.tile(figures.acceptedMentors(), tr("program.overview.accepted-mentors")),
                Tiles.tile(figures.acceptedMentees(), tr("program.overview.accepted-mentees")),
                Tiles.tile(figures.applied(), tr("program.overview.applications-to-decide")),
                Tiles.tile(figures.waitlisted(), tr("program.overview.waitlisted")),
                Tiles.tile(figures.activePairs(), tr("program.overview.active-pairs"))));
        for (CohortPage.OverviewSection section : sections) {
            section.create(cohort).ifPresent(content -> add(new H3(tr(section.headingKey())), content));
        }
    }
}
