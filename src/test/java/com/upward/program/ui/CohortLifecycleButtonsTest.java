package com.upward.program.ui;

import com.upward.base.ui.Formats;
import com.upward.matching.AssignmentStatus;
import com.upward.program.Cadence;
import com.upward.program.internal.CohortMove;
import com.upward.program.CohortStatus;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.ProgramTestData;
import com.upward.survey.internal.CohortSurveyService;
import com.upward.testsupport.TestTime;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cohort page's lifecycle buttons against the calendar, at several positions of the test clock: an irreversible
 * step is highlighted only when it is due (Complete from the end date, Archive once the closing surveys have
 * closed), and is there, with its confirmation, before; starting before the planned date says what it changes.
 */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class CohortLifecycleButtonsTest extends SpringBrowserlessTest {


    @Autowired
    ProgramTestData data;
    @Autowired
    CohortSurveyService surveys;
    @Autowired
    JdbcTemplate jdbc;

    LocalDate today;
    LocalDate plannedStart;
    LocalDate endsOn;
    long id;

    /** An ENROLLING weekly cohort with one pair, planned to start in four weeks and to run twelve. */
    @BeforeEach
    void aCohortPlannedToStartInFourWeeks() {
        data.signIn("hr");
        today = data.today();
        plannedStart = today.plusWeeks(4);
        endsOn = plannedStart.plusWeeks(12);
        id = data.cohort(data.program(), today.minusDays(5), today.plusDays(10), plannedStart, endsOn,
                Cadence.WEEKLY);
        data.status(id, CohortStatus.ENROLLING);
        Enrollment mentor = data.enrollment(id, EnrollmentSide.MENTOR, EnrollmentStatus.ACCEPTED);
        data.pair(mentor, data.enrollment(id, EnrollmentSide.MENTEE, EnrollmentStatus.ACCEPTED),
                AssignmentStatus.ACTIVE);
    }

    @Test
    void startingBeforeThePlannedDateSaysItStartsTodayAndThenNothingIsHighlighted() {
        CohortView view = show();
        assertThat(highlighted(view)).containsExactly(CohortMove.START);

        ConfirmDialog dialog = ask(view, CohortMove.START);
        assertThat(test(dialog).getText()).isEqualTo("This cohort is planned to start on "
                + Formats.date(plannedStart) + ". Starting it now makes today, " + Formats.date(today)
                + ", its start date: enrollment closes, check-ins are scheduled weekly from today until "
                + Formats.date(endsOn) + " and the first ones fall due on " + Formats.date(today.plusWeeks(1))
                + ", the start survey opens, and everyone taking part is told that the cohort has started. Every "
                + "accepted mentee needs a mentor.");
        assertThat(dialog.getElement().getProperty("confirmText")).isEqualTo("Start today");
        test(dialog).confirm();

        assertThat(ViewTestSupport.texts($(Notification.class).all()))
                .contains("The cohort has started; check-ins are scheduled.");
        assertThat(view.getElement().getTextRecursively())
                .contains("runs " + Formats.date(today) + " – " + Formats.date(endsOn));
        // the bug of issue 20: right after Start, the irreversible Complete was the highlighted button
        assertThat(view.moves.get(CohortMove.COMPLETE).isEnabled()).isTrue();
        assertThat(highlighted(view)).isEmpty();
    }

    @Test
    void startingOnThePlannedDateKeepsTheUsualConfirmation() {
        TestTime.clock().setToStartOf(plannedStart);
        CohortView view = show();
        assertThat(highlighted(view)).containsExactly(CohortMove.START);

        ConfirmDialog dialog = ask(view, CohortMove.START);
        assertThat(test(dialog).getText()).isEqualTo("Every accepted mentee needs a mentor. Check-ins are scheduled "
                + "for every active pair, weekly until " + Formats.date(endsOn) + ", and the start survey opens.");
        assertThat(dialog.getElement().getProperty("confirmText")).isEqualTo("Start");
    }

    @Test
    void completeIsHighlightedFromTheEndDateOnAndSaysBeforeThatItEndsTheCohortEarly() {
        data.status(id, CohortStatus.ACTIVE);
        CohortView view = show();
        assertThat(view.moves.get(CohortMove.COMPLETE).isEnabled()).isTrue();
        assertThat(highlighted(view)).isEmpty();
        assertThat(test(ask(view, CohortMove.COMPLETE)).getText()).startsWith("This cohort is planned to run until "
                + Formats.date(endsOn) + ": completing it now ends it early. All pairs end,");

        TestTime.clock().setToEndOf(endsOn.minusDays(1));
        assertThat(highlighted(show())).isEmpty();

        TestTime.clock().setToStartOf(endsOn);
        view = show();
        assertThat(highlighted(view)).containsExactly(CohortMove.COMPLETE);
        assertThat(test(ask(view, CohortMove.COMPLETE)).getText()).startsWith("All pairs end,");
    }

    @Test
    void archiveIsHighlightedOnceTheClosingSurveysHaveClosedAndSaysBeforeThatItClosesThem() {
        data.status(id, CohortStatus.COMPLETED);
        surveys.openClosingSurveys(id, today);
        LocalDate lastDay = jdbc.queryForObject("select max(closes_on) from survey where cohort_id = ?", Date.class,
                id).toLocalDate();
        CohortView view = show();
        assertThat(view.moves.get(CohortMove.ARCHIVE).isEnabled()).isTrue();
        assertThat(highlighted(view)).isEmpty();
        assertThat(test(ask(view, CohortMove.ARCHIVE)).getText()).isEqualTo("The closing surveys are still open "
                + "until " + Formats.date(lastDay) + ": archiving now closes them. The cohort becomes history: "
                + "nothing in it changes any more.");

        TestTime.clock().setToEndOf(lastDay);
        assertThat(highlighted(show())).isEmpty();

        TestTime.clock().setToStartOf(lastDay.plusDays(1));
        view = show();
        assertThat(highlighted(view)).containsExactly(CohortMove.ARCHIVE);
        assertThat(test(ask(view, CohortMove.ARCHIVE)).getText())
                .isEqualTo("The cohort becomes history: nothing in it changes any more.");
    }

    private CohortView show() {
        return navigate("cohorts/" + id, CohortView.class);
    }

    /** Clicks the step's button and returns its confirmation, closing any earlier one. */
    private ConfirmDialog ask(CohortView view, CohortMove move) {
        $(ConfirmDialog.class).all().forEach(ConfirmDialog::close);
        test(view.moves.get(move)).click();
        return $(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened).findFirst().orElseThrow();
    }

    private static List<CohortMove> highlighted(CohortView view) {
        return view.moves.entrySet().stream().filter(e -> isPrimary(e.getValue())).map(Map.Entry::getKey)
                .toList();
    }

    private static boolean isPrimary(Button button) {
        return button.getThemeNames().contains(ButtonVariant.PRIMARY.getVariantName());
    }
}
