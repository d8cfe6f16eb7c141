package com.upward.goals.ui;

import com.upward.goals.GoalService;
import com.upward.goals.GoalType;
import com.upward.goals.GoalModels.GoalForm;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.FormFuzz;
import com.upward.testsupport.HostileInput;
import com.upward.testsupport.RenderedUi;
import com.upward.testsupport.TypedText;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values in the goal form, the milestone field and the goal comment, as the demo mentee (rolled back):
 * each is refused with a message or stored as cleaned text and shown as text.
 */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
@Tag("db")
class GoalFormFuzzTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;
    @Autowired
    GoalService goals;

    final HostileInput input = new HostileInput(getClass().getSimpleName());
    long enrollment;
    LocalDate endsOn;

    @BeforeEach
    void signIn() {
        data.signIn("mentee");
        DemoEnrollment demo = DemoEnrollment.of(jdbc, "mentee");
        enrollment = demo.id();
        endsOn = demo.endsOn();
    }

    private long count(String sql, Object... args) {
        em.flush();
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void goalTextsAreRefusedOrStoredAsText() {
        MyGoalsView view = navigate(MyGoalsView.class);
        var tally = FormFuzz.run(UI.getCurrent(), input, input.values(30), List.of("title", "why_it_matters",
                "success_criteria"), new FormFuzz.Form() {
            @Override
            public void submit(String field, String value) {
                test(view.newGoal).click();
                GoalDialog dialog = $(GoalDialog.class).single();
                test(dialog.title).setValue(field.equals("title") ? value : "Fuzzed goal");
                test(dialog.why).setValue(field.equals("why_it_matters") ? value : "");
                test(dialog.success).setValue(field.equals("success_criteria") ? value : "");
                test(dialog.target).setValue(endsOn.minusDays(1));
                test(dialog.save).click();
            }

            @Override
            public long rows() {
                return count("select count(*) from goal where enrollment_id = ?", enrollment);
            }

            @Override
            public String stored(String field) {
                String kept = jdbc.queryForObject("select " + field + " from goal where enrollment_id = ?"
                        + " order by id desc limit 1", String.class, enrollment);
                if (field.equals("title")) {
                    assertThat(RenderedUi.showsAsText(UI.getCurrent(), kept)).as("title shown").isTrue();
                }
                return kept;
            }

            @Override
            public void reset() {
                $(GoalDialog.class).all().forEach(GoalDialog::close);
            }
        }, (field, value) -> field.equals("title") ? FormFuzz.requiredLine(value) : FormFuzz.optionalText(value));
        assertThat(tally.stored()).isPositive();
        assertThat(tally.refused()).isPositive();
    }

    @Test
    void aTargetDateThatIsNoDateIsRefused() {
        MyGoalsView view = navigate(MyGoalsView.class);
        long before = count("select count(*) from goal where enrollment_id = ?", enrollment);
        for (String typed : List.of("2026-02-30", "31.13.2026", "tomorrow", "<script>alert(1)</script>", "' OR 1=1")) {
            test(view.newGoal).click();
            GoalDialog dialog = $(GoalDialog.class).single();
            test(dialog.title).setValue("Goal with a bad date");
            TypedText.type(dialog.target, typed);
            test(dialog.save).click();

            assertThat(RenderedUi.refusals(UI.getCurrent())).as(typed).isNotEmpty();
            dialog.close();
        }
        assertThat(count("select count(*) from goal where enrollment_id = ?", enrollment)).isEqualTo(before);
    }

    @Test
    void milestonesAndCommentsAreRefusedOrStoredAsText() {
        long goal = goals.create(enrollment, new GoalForm(GoalType.LEARNING, "Fuzz target", null, null, endsOn));
        MyGoalsView view = navigate(MyGoalsView.class);
        var tally = FormFuzz.run(UI.getCurrent(), input, input.values(25), List.of("milestone", "goal_comment"),
                new FormFuzz.Form() {
                    @Override
                    public void submit(String field, String value) {
                        GoalPanel panel = view.panels.getLast();
                        if (field.equals("milestone")) {
                            if (panel.newMilestone == null) {
                                MyGoalsViewTest.click(panel, "add", "");
                            }
                            test(panel.newMilestone).setValue(value);
                            test(panel.addMilestone).click();
                        } else {
                            if (panel.comment == null) {
                                MyGoalsViewTest.click(panel, "comments", "");
                            }
                            test(panel.comment).setValue(value);
                            test(panel.sendComment).click();
                        }
                    }

                    @Override
                    public long rows() {
                        return count("select (select count(*) from milestone where goal_id = ?)"
                                + " + (select count(*) from goal_comment where goal_id = ?)", goal, goal);
                    }

                    @Override
                    public String stored(String field) {
                        return FormFuzz.one(jdbc.queryForList("select " + (field.equals("milestone") ? "title"
                                : "body") + " from " + field + " where goal_id = ? order by id desc limit 1",
                                String.class, goal));
                    }
                }, (field, value) -> field.equals("milestone") ? FormFuzz.requiredLine(value)
                        : FormFuzz.requiredText(value));
        assertThat(tally.stored()).isPositive();
        assertThat(tally.refused()).isPositive();
    }
}
