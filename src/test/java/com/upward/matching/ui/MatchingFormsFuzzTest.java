package com.upward.matching.ui;

import com.upward.testsupport.ShownTabs;
import com.upward.matching.internal.MatchingService;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.FormFuzz;
import com.upward.testsupport.HostileInput;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values in the matching board's reason fields and searches, as HR on the demo enrolling cohort (rolled
 * back): a reason is refused beside its field or kept in the history as cleaned text; searches never fail.
 */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
@Tag("db")
class MatchingFormsFuzzTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    MatchingService matching;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    final HostileInput input = new HostileInput(getClass().getSimpleName());
    long cohort;

    @BeforeEach
    void signIn() {
        data.signIn("hr");
        cohort = jdbc.queryForObject("select min(id) from cohort where status = 'ENROLLING'", Long.class);
    }

    private MatchingBoardView open() {
        MatchingBoardView view = navigate("cohorts/" + cohort + "/matching", MatchingBoardView.class);
        roundTrip();
        return view;
    }

    private PairsPane pairs(MatchingBoardView view) {
        test(view.tabs).select("Pairs");
        roundTrip();
        return ShownTabs.content(view.tabs, "Pairs");
    }

    @Test
    void theReasonForEndingAPairIsRefusedOrKeptInTheHistory() {
        MatchingBoardView first = open();
        long mentor = first.mentors.table.shownRows().getFirst().enrollmentId();
        long mentee = first.mentees.table.shownRows().getFirst().enrollmentId();
        var tally = FormFuzz.run(UI.getCurrent(), input, input.values(25, 500), List.of("reason"),
                new FormFuzz.Form() {
                    @Override
                    public void submit(String field, String value) {
                        if (running() == 0) {
                            matching.assign(cohort, mentor, mentee, null);
                        }
                        PairsPane pane = pairs(open());
                        int row = test(pane.grid).size() - 1;
                        for (int i = 0; i < test(pane.grid).size(); i++) {
                            if (test(pane.grid).getRow(i).menteeEnrollmentId() == mentee) {
                                row = i;
                            }
                        }
                        var actions = (HorizontalLayout) test(pane.grid).getCellComponent(row, 6);
                        test((Button) actions.getComponentAt(1)).click();
                        PairChangeDialog dialog = $(PairChangeDialog.class).single();
                        test(dialog.reason).setValue(value);
                        test(dialog.confirm).click();
                    }

                    private long running() {
                        em.flush();
                        return jdbc.queryForObject("select count(*) from mentor_assignment"
                                + " where mentee_enrollment_id = ? and status = 'ACTIVE'", Long.class, mentee);
                    }

                    @Override
                    public long rows() {
                        em.flush();
                        return jdbc.queryForObject("select count(*) from assignment_event ev join mentor_assignment a"
                                + " on a.id = ev.assignment_id where a.mentee_enrollment_id = ?"
                                + " and ev.event_type = 'UNASSIGNED'", Long.class, mentee);
                    }

                    @Override
                    public String stored(String field) {
                        return FormFuzz.one(jdbc.queryForList("select ev.reason from assignment_event ev join"
                                + " mentor_assignment a on a.id = ev.assignment_id where a.mentee_enrollment_id = ? and"
                                + " ev.event_type = 'UNASSIGNED' order by ev.id desc limit 1", String.class, mentee));
                    }

                    @Override
                    public void reset() {
                        $(PairChangeDialog.class).all().forEach(PairChangeDialog::close);
                    }
                }, (field, value) -> FormFuzz.requiredText(value));
        assertThat(tally.stored()).isPositive();
        assertThat(tally.refused()).isPositive();
    }

    @Test
    void searchesOnTheBoardTakeHostileTextLiterally() {
        MatchingBoardView view = open();
        FormFuzz.search(UI.getCurrent(), input, input.values(10), text -> {
            test(view.mentees.search).setValue(text);
            return (int) view.mentees.table.total();
        });
        FormFuzz.search(UI.getCurrent(), input, input.values(10), text -> {
            test(view.mentors.search).setValue(text);
            return (int) view.mentors.table.total();
        });
    }
}
