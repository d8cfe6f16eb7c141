package com.upward.matching.ui;

import com.upward.matching.AssignmentStatus;
import com.upward.matching.PairingTestData;
import com.upward.matching.internal.MatchingService;
import com.upward.matching.internal.PairingModels.PairingOptions;
import com.upward.matching.internal.PairingService;
import com.upward.program.Cohort;
import com.upward.program.Enrollment;
import com.upward.program.EnrollmentSide;
import com.upward.program.EnrollmentStatus;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.RenderedUi;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pairing page as its people use it: the home page leads there, a mentee accepts, a mentor declines only with a
 * reason, a mentee picks a mentor with room; and HR sets the options on the board.
 */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class PairingViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    PairingTestData pairingData;
    @Autowired
    PairingService pairing;
    @Autowired
    MatchingService matching;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;

    long cohort;
    Enrollment mentor;
    Enrollment mentee;

    void cohortWith(boolean acceptance, boolean selfMatch) {
        var people = pairingData.cohortWith(acceptance, selfMatch);
        cohort = people.cohort();
        mentor = people.mentor();
        mentee = people.mentee();
    }

    @Test
    void theMenteeAcceptsFromTheHomePageAndTheMentorMustSayWhyToDecline() {
        cohortWith(true, false);
        long pair = matching.assign(cohort, mentor.getId(), mentee.getId(), null).assignmentId();

        data.signIn("mentee");
        navigate("", com.vaadin.flow.component.Component.class);
        var home = $(com.vaadin.flow.component.button.Button.class).all().stream()
                .filter(b -> "Answer".equals(b.getText())).findFirst().orElseThrow();
        test(home).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("pairing");
        PairingView view = $(PairingView.class).single();
        assertThat($(H4.class, view).all()).extracting(H4::getText)
                .contains("Proposed mentor: " + mentor.getEmployee().getFullName());
        test(view.accepts.getFirst()).click();
        assertThat(pairingData.status(pair)).isEqualTo(AssignmentStatus.PROPOSED);
        assertThat($(Paragraph.class, view).all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).startsWith("You accepted. Waiting for"));

        data.signIn("mentor");
        navigate("", com.vaadin.flow.component.Component.class); // a new page of the same route would be the old one
        view = navigate(PairingView.class);
        test(view.declines.getFirst()).click();
        AnswerDialog dialog = $(AnswerDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(dialog.text.getErrorMessage()).isEqualTo("Say why, in a few words.");
        assertThat(pairingData.status(pair)).isEqualTo(AssignmentStatus.PROPOSED);
        test(dialog.text).setValue("I mentor someone on the same team already");
        test(dialog.confirm).click();
        assertThat(pairingData.status(pair)).isEqualTo(AssignmentStatus.DECLINED);
        assertThat(view.accepts).isEmpty();
    }

    @Test
    void aMenteeChoosesAMentorWithRoomAndSeesTheRequestWaiting() {
        cohortWith(false, true);
        data.signIn("mentee");
        PairingView view = navigate(PairingView.class);
        assertThat(view.requests).hasSize(1);
        assertThat(view.requests.getFirst().getText()).isEqualTo("Ask " + mentor.getEmployee().getFullName());
        test(view.requests.getFirst()).click();
        AnswerDialog dialog = $(AnswerDialog.class).single();
        test(dialog.text).setValue("How do you run design reviews?");
        test(dialog.confirm).click();

        em.flush();
        assertThat(jdbc.queryForObject("select count(*) from mentor_assignment where mentee_enrollment_id = ?"
                + " and status = 'PROPOSED' and requested_by_mentee = true", Long.class, mentee.getId())).isOne();
        assertThat(view.requests).isEmpty();
        assertThat($(H4.class, view).all()).extracting(H4::getText)
                .contains("You asked " + mentor.getEmployee().getFullName());
    }

    @Test
    void withNothingWaitingThePageSaysWhatHappensNext() {
        data.signIn("mentee2");
        PairingView view = navigate(PairingView.class);
        assertThat(RenderedUi.text(view)).contains("Nothing waits for you here");
    }

    @Test
    void hrTurnsTheOptionsOnFromTheBoard() {
        cohortWith(false, false);
        navigate("cohorts/" + cohort + "/matching", MatchingBoardView.class);
        MatchingBoardView board = $(MatchingBoardView.class).single();
        test(board.pairingOptions).click();
        PairingOptionsDialog dialog = $(PairingOptionsDialog.class).single();
        test(dialog.acceptance).click();
        test(dialog.selfMatch).click();
        test(dialog.save).click();
        assertThat(pairing.options(cohort)).isEqualTo(new PairingOptions(true, true));
        em.flush(); // the board reads with SQL; in the app the save has committed by then
        navigate("", com.vaadin.flow.component.Component.class);
        navigate("cohorts/" + cohort + "/matching", MatchingBoardView.class);
        assertThat(RenderedUi.text($(MatchingBoardView.class).single())).contains("Pairs start once mentor and mentee accept.");
    }
}
