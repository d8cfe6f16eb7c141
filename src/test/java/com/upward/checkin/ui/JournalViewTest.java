package com.upward.checkin.ui;

import com.upward.checkin.Celebrations;
import com.upward.checkin.Celebrations.Celebration;
import com.upward.testsupport.RenderedUi;
import com.upward.checkin.internal.JournalService;
import com.upward.checkin.internal.JournalModels.JournalFilter;
import com.upward.program.ProgramTestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The lessons journal page of the demo mentee. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
class JournalViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JournalService journal;
    @Autowired
    Celebrations celebrations;

    @BeforeEach
    void signIn() {
        data.signIn("mentee");
    }

    @Test
    void theTimelineShowsEveryEntryAndTheSearchNarrowsIt() {
        JournalView view = navigate(JournalView.class);
        int all = journal.entries(JournalFilter.ALL).size();
        assertThat(all).isPositive();
        assertThat(view.shown).hasSize(all);
        String page = RenderedUi.text(view);
        assertThat(page).contains(celebrations.mine().wins() + "Wins written down");

        test(view.search).setValue("zz-nothing-matches");
        assertThat(view.shown).isEmpty();
        assertThat(RenderedUi.text(view)).contains("Nothing matches these filters.");
    }

    @Test
    void inGermanTheJournalSpeaksGermanAndCountsTheWinsInTheRightForm() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        JournalView view = navigate(JournalView.class);

        assertThat(view.getPageTitle()).isEqualTo("Lernjournal");
        assertThat(new Celebration(1, 0).winsLabel()).isEqualTo("Erfolg notiert");
        assertThat(new Celebration(4, 0).winsLabel()).isEqualTo("Erfolge notiert");
        long wins = celebrations.mine().wins();
        assertThat(RenderedUi.text(view)).contains(wins + (wins == 1 ? "Erfolg notiert" : "Erfolge notiert"),
                "Pünktliche Check-ins in Folge", " · Zeitraum ");
        assertThat(view.cohort.getLabel()).isEqualTo("Kohorte");
        assertThat(view.cohort.getItemLabelGenerator().apply(JournalView.ANY)).isEqualTo("Alle");

        test(view.search).setValue("zz-nothing-matches");
        assertThat(RenderedUi.text(view)).contains("Keine Einträge passen zu diesen Filtern.");
    }

    @Test
    void pickingACohortShowsOnlyItsEntries() {
        JournalView view = navigate(JournalView.class);
        String written = journal.entries(JournalFilter.ALL).getFirst().cohortName();
        var first = journal.cohorts().stream().filter(o -> o.label().equals(written)).findFirst().orElseThrow();

        view.cohort.setValue(first);

        assertThat(view.shown).isNotEmpty().allSatisfy(e -> assertThat(e.cohortName()).isEqualTo(first.label()));
    }
}
