package com.upward.checkin.ui;

import com.upward.checkin.DemoCheckIns;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.FormFuzz;
import com.upward.testsupport.HostileInput;
import com.upward.testsupport.RenderedUi;
import com.upward.testsupport.TypedText;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values in every text of the check-in form and wrong types in its number and date, as the demo mentee on
 * their draft (rolled back): each is refused with a message or stored as cleaned text, and shown as text.
 */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
@Tag("db")
class CheckInFormFuzzTest extends SpringBrowserlessTest {

    private static final List<String> COLUMNS = List.of("wins", "setbacks", "lessons", "next_steps",
            "support_needed", "private_notes");

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;

    final HostileInput input = new HostileInput(getClass().getSimpleName());
    long draft;

    @BeforeEach
    void signIn() {
        draft = DemoCheckIns.of(jdbc, "mentee", "DRAFT");
        data.signIn("mentee");
    }

    /** A fresh form, as after a reload: nothing left over from the last value. */
    private CheckInView open() {
        navigate(MyCheckInsView.class);
        return navigate("checkins/" + draft, CheckInView.class);
    }

    private static Map<String, TextArea> areas(CheckInView view) {
        return Map.of("wins", view.wins, "setbacks", view.setbacks, "lessons", view.lessons, "next_steps", view.next,
                "support_needed", view.support, "private_notes", view.privateNotes);
    }

    private String column(String column) {
        em.flush();
        return jdbc.queryForObject("select " + column + " from check_in where id = ?", String.class, draft);
    }

    private long version() {
        em.flush();
        return jdbc.queryForObject("select version from check_in where id = ?", Long.class, draft);
    }

    @Test
    void everyTextIsRefusedOrStoredAsText() {
        var tally = FormFuzz.run(UI.getCurrent(), input, input.values(60), COLUMNS, new FormFuzz.Form() {
            @Override
            public void submit(String field, String value) {
                CheckInView view = open();
                test(areas(view).get(field)).setValue(value);
                test(view.saveDraft).click();
            }

            @Override
            public String stored(String field) {
                String kept = column(field);
                assertThat(areas(open()).get(field).getValue()).as("shown again").isEqualTo(kept == null ? "" : kept);
                return kept;
            }
        }, (field, value) -> FormFuzz.optionalText(value));
        assertThat(tally.stored()).isPositive();
        assertThat(tally.refused()).isPositive();
    }

    @Test
    void theLongestCheckInInEveryFieldAndScriptIsSubmitted() {
        CheckInView view = open();
        // three UTF-8 bytes per character (more than emoji's two per UTF-16 unit): the most a field may hold
        String longest = "日本語".repeat(1333) + "日";
        areas(view).values().forEach(area -> test(area).setValue(longest));
        view.confidence.setValue(3);
        test(view.submit).click();

        assertThat(RenderedUi.refusals(UI.getCurrent())).isEmpty();
        em.flush();
        assertThat(jdbc.queryForObject("select status from check_in where id = ?", String.class, draft))
                .isEqualTo("SUBMITTED");
        COLUMNS.forEach(c -> assertThat(column(c)).as(c).isEqualTo(longest));
        assertThat(jdbc.queryForObject("select count(*) from check_in_revision where check_in_id = ?", Long.class,
                draft)).isOne();
    }

    @Test
    void minutesAndADateThatDoNotParseAreRefusedNotDropped() {
        for (String typed : List.of("abc", "12abc", "1e309", "99999999999999999999", "' OR 1=1 --", "-7")) {
            long before = version();
            CheckInView view = open();
            view.met.setValue(true);
            TypedText.type(view.minutes, typed);
            test(view.saveDraft).click();

            assertThat(RenderedUi.refusals(UI.getCurrent())).as(typed).isNotEmpty();
            assertThat(version()).as(typed).isEqualTo(before);
            $(ConfirmDialog.class).all().forEach(ConfirmDialog::close);
        }
        for (String typed : List.of("2026-02-30", "31.13.2026", "<img src=x onerror=alert(1)>")) {
            long before = version();
            CheckInView view = open();
            view.met.setValue(true);
            TypedText.type(view.meetingOn, typed);
            test(view.saveDraft).click();

            assertThat(RenderedUi.refusals(UI.getCurrent())).as(typed).isNotEmpty();
            assertThat(version()).as(typed).isEqualTo(before);
        }
    }

    @Test
    void minutesOutOfRangeAreRefusedBesideTheField() {
        for (int minutes : List.of(0, -5, 601, Integer.MAX_VALUE, Integer.MIN_VALUE)) {
            long before = version();
            CheckInView view = open();
            view.met.setValue(true);
            view.minutes.setValue(minutes);
            test(view.saveDraft).click();

            assertThat(view.minutes.isInvalid()).as("%d", minutes).isTrue();
            assertThat(version()).isEqualTo(before);
        }
    }

    @Test
    void theJournalSearchTakesHostileTextLiterally() {
        JournalView view = navigate(JournalView.class);
        FormFuzz.search(UI.getCurrent(), input, input.values(10), text -> {
            test(view.search).setValue(text);
            return view.shown.size();
        });
    }
}
