package com.upward.checkin;

import com.upward.base.BusinessRuleException;
import com.upward.checkin.internal.CheckInModels;
import com.upward.checkin.internal.CheckInModels.CheckInDetail;
import com.upward.checkin.internal.CheckInService;
import com.upward.checkin.internal.MentorCheckInService;
import com.upward.checkin.internal.MentorModels;
import com.upward.checkin.internal.MentorModels.MenteeOverview;
import com.upward.checkin.internal.MentorModels.MentorCheckIn;
import com.upward.program.ProgramTestData;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mentor reads, audited and without private notes, and reviews; everyone else is refused. */
@SpringBootTest
@Tag("db")
@Transactional
@RecordApplicationEvents
class MentorCheckInServiceTest {

    @Autowired
    MentorCheckInService mentor;
    @Autowired
    CheckInService checkIns;
    @Autowired
    ProgramTestData data;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    long submitted;

    /** The demo mentee submits their draft with a help request and a private note, then the mentor signs in. */
    @BeforeEach
    void aSubmittedCheckIn() {
        submitted = DemoCheckIns.of(jdbc, "mentee", "DRAFT");
        data.signIn("mentee");
        DemoCheckIns.submitWithHelp(checkIns, submitted, HelpUrgency.NORMAL);
        em.flush();
        data.signIn("mentor");
    }

    long version() {
        em.flush();
        em.clear();
        return mentor.read(submitted).version();
    }

    @Test
    void theMentorSeesTheirMenteesWithGoalsAndCheckIns() {
        List<MenteeOverview> mine = mentor.myMentees();

        assertThat(mine).hasSize(jdbc.queryForObject("""
                select count(*) from mentor_assignment a join enrollment e on e.id = a.mentor_enrollment_id
                join app_user u on u.employee_id = e.employee_id
                where u.username = 'mentor' and a.status in ('ACTIVE', 'PAUSED')""", Integer.class));
        assertThat(mine).filteredOn(m -> m.name().equals("Łukasz Wiśniewski")).singleElement().satisfies(m -> {
            assertThat(m.goals()).isNotEmpty();
            // the trend: the progress reported in each submitted check-in, in period order
            var goal = m.goals().getFirst();
            assertThat(goal.trend()).isEqualTo(jdbc.queryForList("""
                    select u.progress from check_in_goal_update u join check_in ci on ci.id = u.check_in_id
                    where u.goal_id = ? and ci.status in ('SUBMITTED', 'REVIEWED') order by ci.period_number""",
                    Integer.class, goal.goalId()));
            assertThat(m.checkIns()).anySatisfy(ci -> {
                assertThat(ci.id()).isEqualTo(submitted);
                assertThat(ci.helpRequested()).isTrue();
                assertThat(ci.helpAcknowledged()).isFalse();
            });
        });
    }

    @Test
    void readingShowsTheTextButNeverThePrivateNotesAndIsAudited() {
        MentorCheckIn read = mentor.read(submitted);
        em.flush();

        assertThat(read.setbacks()).isEqualTo(DemoCheckIns.SETBACK);
        assertThat(read.lessons()).isEqualTo("Start load tests a week earlier");
        assertThat(read.supportNeeded()).isEqualTo("Can you introduce me to the SRE lead?");
        assertThat(read.toString()).doesNotContain(DemoCheckIns.PRIVATE_NOTE);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'READ' and entity_type = 'CheckIn' and entity_id = ?
                and actor = 'mentor'""", Long.class, submitted)).isOne();
    }

    @Test
    void feedbackMarksItReviewedAcknowledgesTheHelpAndIsPublishedForTheMentee() {
        mentor.giveFeedback(submitted, version(), "Great catch on the load test. Yes: I will intro you to Sam.",
                true);
        em.flush();

        assertThat(jdbc.queryForObject("select status from check_in where id = ?", String.class, submitted))
                .isEqualTo("REVIEWED");
        assertThat(jdbc.queryForObject("select help_acknowledged_at from check_in where id = ?", Object.class,
                submitted)).isNotNull();
        assertThat(events.stream(FeedbackGiven.class)).singleElement().satisfies(given -> {
            assertThat(given.checkInId()).isEqualTo(submitted);
            assertThat(given.menteeEmployeeId()).isEqualTo(jdbc.queryForObject(
                    "select employee_id from app_user where username = 'mentee'", Long.class));
            assertThat(given.mentorName()).isEqualTo("Zoë Ødegård");
        });

        data.signIn("mentee");
        CheckInDetail seen = checkIns.detail(submitted);
        assertThat(seen.feedback()).startsWith("Great catch on the load test.");
        assertThat(seen.editable()).isFalse();
    }

    @Test
    void feedbackNeedsTextAndTheLatestVersion() {
        long v = version();
        assertThatThrownBy(() -> mentor.giveFeedback(submitted, v, "  ", false))
                .isInstanceOf(BusinessRuleException.class).hasMessage("This cannot be empty.");
        assertThatThrownBy(() -> mentor.giveFeedback(submitted, v - 1, "Old read", false))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("Your mentee changed this check-in");
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"mentor2", "mentee2", "hr", "exec", "admin"})
    void nobodyButTheCurrentMentorReadsOrReviews(String username) {
        data.signIn(username);
        assertThatThrownBy(() -> mentor.read(submitted)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mentor.giveFeedback(submitted, 0, "hi", false))
                .isInstanceOf(AccessDeniedException.class);
        em.flush();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'READ' and entity_id = ?"
                + " and entity_type = 'CheckIn'", Long.class, submitted)).isZero();
    }
}
