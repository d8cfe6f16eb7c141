package com.upward.security;

import com.upward.matching.AssignmentStatus;
import com.upward.matching.MentorAssignment;
import com.upward.matching.internal.PairingService;
import com.upward.program.Enrollment;
import jakarta.persistence.EntityManager;
import com.upward.testsupport.TestTime;
import com.upward.checkin.internal.CheckInService;
import com.upward.checkin.internal.CheckInModels.CheckInInput;
import com.upward.checkin.internal.JournalService;
import com.upward.checkin.internal.CheckInConversationService;
import com.upward.checkin.internal.MentorCheckInService;
import com.upward.goals.GoalService;
import com.upward.goals.GoalStatus;
import com.upward.goals.GoalType;
import com.upward.goals.GoalModels.GoalForm;
import com.upward.notification.internal.NotificationService;
import com.upward.notification.internal.ReportSubscriptionService;
import com.upward.program.internal.ApplicationForm;
import com.upward.program.internal.ApplicationService;
import com.upward.program.LocationPreference;
import com.upward.program.ProgramTestData;
import com.upward.survey.SurveyService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * IDOR and URL tampering at the service layer: every public service method that takes an id is called by someone
 * who must not reach that record. Methods an employee may not call at all are refused by their role (called as a
 * plain employee); methods an employee may call are probed with another person's goal, milestone, check-in,
 * enrollment, survey or notification, with the right version, and must be refused with no data in the message.
 * A new service method taking an id fails this test until it is listed here.
 */
@SpringBootTest
@Tag("db")
@Transactional
class ServiceIdAccessTest {

    /** Employee methods whose id only narrows the caller's own data, with the reason. */
    static final Map<String, String> SELF_SCOPED = Map.of(
            "JournalService.goals", "filters the caller's own journal by cohort",
            "ApplicationService.myApplication", "the caller's own application in that cohort, if any",
            "ApplicationService.mentorChoices", "mentors open for choice in an enrolling cohort, shown to applicants",
            "ApplicationService.apply", "creates the caller's own application");

    @Autowired
    ApplicationContext context;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GoalService goals;
    @Autowired
    CheckInService checkIns;
    @Autowired
    MentorCheckInService mentorCheckIns;
    @Autowired
    CheckInConversationService conversations;
    @Autowired
    ApplicationService applications;
    @Autowired
    SurveyService surveys;
    @Autowired
    NotificationService notifications;
    @Autowired
    JournalService journal;
    @Autowired
    PairingService pairing;
    @Autowired
    EntityManager em;
    @Autowired
    ReportSubscriptionService reportSubscriptions;

    /** The demo mentee's records, which mentee2 (another mentee, nobody's mentor here) must not reach. */
    record Foreign(long enrollment, long goal, long goalVersion, long milestone, long openCheckIn,
                   long openVersion, long submittedCheckIn, long submittedVersion, long survey, String notAsked,
                   long notification, String goalTitle) {
    }

    interface Probe {
        void call(Foreign f) throws Exception;

        interface Call {
            void run() throws Exception;
        }
    }

    Map<String, Probe> ownedProbes() {
        var form = new GoalForm(GoalType.LEARNING, "Probe", null, null, TestTime.today().plusDays(30));
        var input = new CheckInInput(true, TestTime.today(), 30, List.of(), "w", "s", "l", "n", null, false, null, 3,
                "p");
        var application = new ApplicationForm(Set.of("Probe"), "Probe motivation text", null, null, null,
                LocationPreference.ANY);
        Map<String, Probe> probes = new TreeMap<>();
        probes.put("GoalService.goalsOf", f -> goals.goalsOf(f.enrollment()));
        probes.put("GoalService.create", f -> goals.create(f.enrollment(), form));
        probes.put("GoalService.update", f -> goals.update(f.goal(), f.goalVersion(), form));
        probes.put("GoalService.changeStatus", f -> goals.changeStatus(f.goal(), f.goalVersion(), GoalStatus.ACHIEVED,
                null));
        probes.put("GoalService.addMilestone", f -> goals.addMilestone(f.goal(), f.goalVersion(), "Probe"));
        probes.put("GoalService.tickMilestone", f -> goals.tickMilestone(f.goal(), f.goalVersion(), f.milestone(),
                true));
        probes.put("GoalService.followMilestones", f -> goals.followMilestones(f.goal(), f.goalVersion()));
        probes.put("GoalService.moveMilestone", f -> goals.moveMilestone(f.goal(), f.goalVersion(), f.milestone(), 1));
        probes.put("GoalService.removeMilestone", f -> goals.removeMilestone(f.goal(), f.goalVersion(),
                f.milestone()));
        probes.put("GoalService.comments", f -> goals.comments(f.goal()));
        probes.put("GoalService.comment", f -> goals.comment(f.goal(), "Probe"));
        probes.put("CheckInService.detail", f -> checkIns.detail(f.openCheckIn()));
        probes.put("CheckInService.saveDraft", f -> checkIns.saveDraft(f.openCheckIn(), f.openVersion(), input));
        probes.put("CheckInService.submit", f -> checkIns.submit(f.openCheckIn(), f.openVersion(), input));
        probes.put("MentorCheckInService.read", f -> mentorCheckIns.read(f.submittedCheckIn()));
        probes.put("MentorCheckInService.giveFeedback", f -> mentorCheckIns.giveFeedback(f.submittedCheckIn(),
                f.submittedVersion(), "Probe feedback", true));
        probes.put("CheckInConversationService.conversation",
                f -> conversations.conversation(f.submittedCheckIn()));
        probes.put("CheckInConversationService.post", f -> conversations.post(f.submittedCheckIn(), "Probe"));
        probes.put("ApplicationService.updateApplication", f -> applications.updateApplication(f.enrollment(),
                version("enrollment", f.enrollment()), application));
        probes.put("ApplicationService.withdrawApplication", f -> applications.withdrawApplication(f.enrollment(),
                version("enrollment", f.enrollment())));
        probes.put("SurveyService.form", f -> asNotAsked(f, () -> surveys.form(f.survey())));
        probes.put("SurveyService.answer", f -> asNotAsked(f, () -> surveys.answer(f.survey(), Map.of())));
        probes.put("NotificationService.markRead", f -> notifications.markRead(f.notification()));
        probes.put("PairingService.accept", f -> pairing.accept(proposedPair(f)));
        probes.put("PairingService.decline", f -> pairing.decline(proposedPair(f), "Probe"));
        probes.put("PairingService.requestMentor", f -> pairing.requestMentor(jdbc.queryForObject("""
                select min(e.id) from enrollment e where e.side = 'MENTOR' and e.status = 'ACCEPTED'
                and not exists (select 1 from enrollment x join app_user u on u.employee_id = x.employee_id
                  where x.cohort_id = e.cohort_id and u.username = 'mentee2' and x.side = 'MENTEE'
                  and x.status = 'ACCEPTED')""", Long.class), null));
        probes.put("ReportSubscriptionService.unsubscribe", f -> reportSubscriptions.unsubscribe(
                menteesReportSubscription()));
        return probes;
    }

    /** A report subscription of the demo mentee's account (kept when they lost the role that let them subscribe). */
    private long menteesReportSubscription() {
        jdbc.update("""
                insert into report_subscription (subscriber_id, report_kind, program_id, frequency, created_at,
                    delivered_through) select u.id, 'PROGRAM_OUTCOME', (select min(id) from program), 'MONTHLY', ?, ?
                from app_user u where u.username = 'mentee'""", TestTime.utcNow(), TestTime.today());
        return jdbc.queryForObject("select max(id) from report_subscription", Long.class);
    }

    @Test
    void everyIdTakingServiceMethodRefusesWhoeverMustNotReachTheRecord() throws Exception {
        Foreign foreign = foreign();
        Map<String, Probe> owned = ownedProbes();
        Set<String> unlisted = new TreeSet<>();
        List<String> roleRefused = new ArrayList<>();
        Set<String> probed = new TreeSet<>();
        data.signIn("mentee2");
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("com.upward")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                PreAuthorize rule = method.getAnnotation(PreAuthorize.class);
                if (!Modifier.isPublic(method.getModifiers()) || rule == null || !takesAnId(method)) {
                    continue;
                }
                String key = type.getSimpleName() + "." + method.getName();
                if (!employeesMayCall(rule.value())) {
                    assertThatThrownBy(() -> invokeWithDefaults(bean, method)).as(key + " as an employee")
                            .isInstanceOf(AccessDeniedException.class);
                    roleRefused.add(key);
                } else if (owned.containsKey(key)) {
                    assertThatThrownBy(() -> owned.get(key).call(foreign)).as(key + " on another person's record")
                            .isInstanceOf(AccessDeniedException.class)
                            .satisfies(e -> assertThat(String.valueOf(e.getMessage()))
                                    .doesNotContain(foreign.goalTitle()));
                    probed.add(key);
                } else if (!SELF_SCOPED.containsKey(key)) {
                    unlisted.add(key);
                }
            }
        }
        assertThat(probed).as("every probe met its method").isEqualTo(owned.keySet());
        assertThat(unlisted).as("employee-callable service methods taking an id, without a probe here").isEmpty();
        assertThat(roleRefused).as("HR/ADMIN/EXECUTIVE methods taking an id were found and refused")
                .hasSizeGreaterThan(40).contains("ReportingService.cohortStatus", "NudgeService.nudgePair",
                        "UserAccountService.resetPassword", "MatchingService.assign", "EmailDeliveryService.retry");
        // nothing changed: the refusals came before any write
        assertThat(jdbc.queryForObject("select title from goal where id = ?", String.class, foreign.goal()))
                .isEqualTo(foreign.goalTitle());
        assertThat(version("goal", foreign.goal())).isEqualTo(foreign.goalVersion());
        assertThat(version("check_in", foreign.openCheckIn())).isEqualTo(foreign.openVersion());
    }

    @Test
    void selfScopedMethodsAnswerWithTheCallersOwnDataOnly() {
        Foreign foreign = foreign();
        long cohort = jdbc.queryForObject("select cohort_id from enrollment where id = ?", Long.class,
                foreign.enrollment());
        data.signIn("mentee2");
        assertThat(journal.goals(cohort)).noneMatch(o -> o.id() == foreign.goal());
        applications.myApplication(cohort).ifPresent(mine -> assertThat(mine.enrollmentId())
                .isNotEqualTo(foreign.enrollment()));
        assertThat(applications.mentorChoices(cohort, null, PageRequest.of(0, 50))).isNotNull();
    }

    private Foreign foreign() {
        long enrollment = jdbc.queryForObject("""
                select e.id from enrollment e join cohort c on c.id = e.cohort_id
                join app_user u on u.employee_id = e.employee_id
                where u.username = 'mentee' and c.status = 'ACTIVE' and e.side = 'MENTEE'""", Long.class);
        long goal = jdbc.queryForObject("select min(g.id) from goal g where g.enrollment_id = ? and exists"
                + " (select 1 from milestone m where m.goal_id = g.id)", Long.class, enrollment);
        long milestone = jdbc.queryForObject("select min(id) from milestone where goal_id = ?", Long.class, goal);
        long open = jdbc.queryForObject("select min(id) from check_in where enrollment_id = ?"
                + " and status in ('DUE', 'DRAFT')", Long.class, enrollment);
        long submitted = jdbc.queryForObject("select min(id) from check_in where enrollment_id = ?"
                + " and status = 'SUBMITTED'", Long.class, enrollment);
        // a survey of the mentee's cohorts and an employee account it does not ask (not in that cohort)
        Map<String, Object> survey = jdbc.queryForList("""
                select s.id, u.username from survey s join enrollment e on e.cohort_id = s.cohort_id
                cross join app_user u join user_role r on r.user_id = u.id and r.role = 'EMPLOYEE'
                where e.id = ? and u.employee_id is not null and not exists (select 1 from enrollment x
                  where x.cohort_id = s.cohort_id and x.employee_id = u.employee_id)
                order by s.id, u.username""", enrollment).getFirst();
        long notification = jdbc.queryForObject("select min(n.id) from notification n join app_user u"
                + " on u.id = n.recipient_id where u.username = 'mentee'", Long.class);
        return new Foreign(enrollment, goal, version("goal", goal), milestone, open, version("check_in", open),
                submitted, version("check_in", submitted), ((Number) survey.get("id")).longValue(),
                (String) survey.get("username"), notification,
                jdbc.queryForObject("select title from goal where id = ?", String.class, goal));
    }

    /** Survey probes run as an employee the survey does not ask; the other probes as mentee2. */
    private void asNotAsked(Foreign f, Probe.Call call) throws Exception {
        data.signIn(f.notAsked());
        try {
            call.run();
        } finally {
            data.signIn("mentee2");
        }
    }

    /** A pair proposed to the demo mentee and a mentor of their cohort, which mentee2 may not answer. */
    private long proposedPair(Foreign f) {
        Enrollment mentee = em.find(Enrollment.class, f.enrollment());
        Enrollment mentor = em.find(Enrollment.class, jdbc.queryForObject("""
                select min(id) from enrollment where cohort_id = ? and side = 'MENTOR' and status = 'ACCEPTED'""",
                Long.class, mentee.getCohort().getId()));
        MentorAssignment pair = data.pair(mentor, mentee, AssignmentStatus.PROPOSED);
        em.flush();
        return pair.getId();
    }

    private long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    static boolean takesAnId(Method method) {
        for (Parameter p : method.getParameters()) {
            Class<?> t = p.getType();
            if ((t == long.class || t == Long.class) && (p.getName().endsWith("Id") || p.getName().equals("id"))) {
                return true;
            }
        }
        return false;
    }

    static boolean employeesMayCall(String rule) {
        return rule.contains("EMPLOYEE") || rule.contains("isAuthenticated") || rule.contains("permitAll");
    }

    /** Calls through the security proxy with zero ids and empty values: the role check comes first. */
    private static void invokeWithDefaults(Object bean, Method method) throws Throwable {
        Object[] args = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = types[i] == long.class ? 0L : types[i] == int.class ? 0 : types[i] == boolean.class ? false
                    : types[i] == double.class ? 0.0 : null;
        }
        try {
            bean.getClass().getMethod(method.getName(), method.getParameterTypes()).invoke(bean, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
