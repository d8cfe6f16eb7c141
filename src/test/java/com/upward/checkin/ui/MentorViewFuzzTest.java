package com.upward.checkin.ui;

import com.upward.checkin.internal.CheckInService;
import com.upward.checkin.CheckInSubmitted;
import com.upward.checkin.internal.CheckInModels.CheckInDetail;
import com.upward.checkin.internal.CheckInModels.CheckInInput;
import com.upward.checkin.HelpUrgency;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.FormFuzz;
import com.upward.testsupport.HostileInput;
import com.upward.testsupport.RenderedUi;
import com.upward.testsupport.RunningPairs;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile text crossing from one person to another (rolled back): what a mentee wrote shows as text to the mentor,
 * the mentor's feedback is refused or stored cleaned and shows as text to the mentee, and a mentee with the longest
 * names the directory allows can ask for urgent help, which tells the mentor and HR.
 */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
@Tag("db")
@RecordApplicationEvents
class MentorViewFuzzTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    ProgramTestData data;
    @Autowired
    CheckInService checkIns;
    @Autowired
    RunningPairs running;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    final HostileInput input = new HostileInput(getClass().getSimpleName());

    /** The pair's mentee submits a check-in whose every text is a hostile value. */
    private long submittedByMentee(RunningPairs.Pair pair, List<String> texts) {
        data.signIn(pair.menteeUsername());
        CheckInDetail d = checkIns.detail(pair.checkInId());
        checkIns.submit(pair.checkInId(), d.version(), new CheckInInput(false, null, null, List.of(), texts.get(0),
                texts.get(1), texts.get(2), texts.get(3), texts.get(4), true, HelpUrgency.URGENT, 3, texts.get(5)));
        em.flush();
        return pair.checkInId();
    }

    @Test
    void whatTheMenteeWroteShowsAsTextToTheMentorAndTheFeedbackAsTextToTheMentee() {
        RunningPairs.Pair pair = running.create(1, e -> { }).pairs().getFirst();
        List<String> texts = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "\"><svg onload=alert(1)>", "' OR 1=1 --", "javascript:alert(1)", "<b>private</b>");
        long checkIn = submittedByMentee(pair, texts);

        data.signIn(pair.mentorUsername());
        navigate("mentees/checkins/" + checkIn, MentorCheckInView.class);
        RenderedUi.assertTextOnly(UI.getCurrent());
        texts.subList(0, 5).forEach(t -> assertThat(RenderedUi.showsAsText(UI.getCurrent(), t)).as(t).isTrue());
        assertThat(RenderedUi.showsAsText(UI.getCurrent(), texts.get(5))).as("private notes").isFalse();

        var tally = FormFuzz.run(UI.getCurrent(), input, input.values(25), List.of("body"), new FormFuzz.Form() {
            @Override
            public void submit(String field, String value) {
                MentorCheckInView view = navigate("mentees/checkins/" + checkIn, MentorCheckInView.class);
                test(view.feedback).setValue(value);
                test(view.send).click();
            }

            @Override
            public String stored(String field) {
                em.flush();
                return FormFuzz.one(jdbc.queryForList("select body from mentor_feedback where check_in_id = ?",
                        String.class, checkIn));
            }
        }, (field, value) -> FormFuzz.requiredText(value));
        assertThat(tally.stored()).isPositive();
        assertThat(tally.refused()).isPositive();

        data.signIn(pair.menteeUsername());
        navigate("checkins/" + checkIn, CheckInView.class);
        RenderedUi.assertTextOnly(UI.getCurrent());
        String feedback = jdbc.queryForObject("select body from mentor_feedback where check_in_id = ?", String.class,
                checkIn);
        assertThat(RenderedUi.showsAsText(UI.getCurrent(), feedback)).isTrue();
    }

    @Test
    void aMenteeWithTheLongestNamesAsksForUrgentHelpAndItIsPublishedForTheMentorAndHr() {
        RunningPairs.Pair pair = running.create(1, e -> {
            e.setFirstName("<b>" + "F".repeat(97));
            e.setLastName("L".repeat(100));
        }).pairs().getFirst();
        data.signIn(pair.menteeUsername());
        CheckInView view = navigate("checkins/" + pair.checkInId(), CheckInView.class);
        test(view.support).setValue("Please call me, it is urgent");
        view.help.setValue(CheckInView.Help.URGENT);
        view.confidence.setValue(2);
        test(view.submit).click();

        assertThat(RenderedUi.refusals(UI.getCurrent())).isEmpty();
        // the titles made of these names: CheckInNotificationsTest
        assertThat(events.stream(CheckInSubmitted.class)).singleElement().satisfies(submitted -> {
            assertThat(submitted.checkInId()).isEqualTo(pair.checkInId());
            assertThat(submitted.menteeName()).isEqualTo("<b>" + "F".repeat(97) + " " + "L".repeat(100));
            assertThat(submitted.urgency()).isEqualTo(HelpUrgency.URGENT);
        });
    }
}
