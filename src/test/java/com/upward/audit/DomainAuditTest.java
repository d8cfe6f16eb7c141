package com.upward.audit;

import com.upward.testsupport.TestTime;
import com.upward.goals.GoalService;
import com.upward.goals.GoalType;
import com.upward.goals.GoalModels.GoalForm;
import com.upward.program.ProgramTestData;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every create, update and delete through JPA leaves an audit row with the actor, the time, the entity, its id and
 * the changed fields; text is named, never copied; a rolled-back change leaves no row.
 */
@SpringBootTest
@Tag("db")
@Transactional
class DomainAuditTest {

    static final String SECRET = "my manager shouted at me in the stand-up";

    @Autowired
    GoalService goals;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;
    @Autowired
    PlatformTransactionManager transactions;

    long enrollment;

    @BeforeEach
    void mentee() {
        enrollment = jdbc.queryForObject("""
                select e.id from enrollment e join cohort c on c.id = e.cohort_id
                join app_user u on u.employee_id = e.employee_id
                where u.username = 'mentee' and c.status = 'ACTIVE' and e.side = 'MENTEE'""", Long.class);
        data.signIn("mentee");
    }

    @Test
    void createUpdateAndDeleteAreRecordedWithActorFieldsAndNoText() {
        LocalDate target = TestTime.today().plusDays(40);
        long goal = goals.create(enrollment, new GoalForm(GoalType.LEARNING, "Speak up in reviews", SECRET,
                "Three reviews where I raised a risk", target));
        em.flush();
        Map<String, Object> created = only("CREATE", "Goal", goal);
        assertThat(created.get("actor")).isEqualTo("mentee");
        assertThat((String) created.get("details")).contains("title", "why it matters", "goal type: LEARNING",
                "target date: " + target, "enrollment: #" + enrollment).doesNotContain(SECRET, "Speak up");

        long version = version(goal);
        goals.update(goal, version, new GoalForm(GoalType.OUTCOME, "Speak up in every review", SECRET,
                "Three reviews where I raised a risk", target.plusDays(7)));
        em.flush();
        String changes = (String) only("UPDATE", "Goal", goal).get("details");
        assertThat(changes).contains("goal type: LEARNING → OUTCOME", "target date: " + target + " → "
                + target.plusDays(7), "title changed").doesNotContain("why it matters", "Speak up", "version");

        goals.addMilestone(goal, version(goal), "Ask the first question");
        em.flush();
        long milestone = jdbc.queryForObject("select id from milestone where goal_id = ?", Long.class, goal);
        assertThat(only("CREATE", "Milestone", milestone).get("actor")).isEqualTo("mentee");
        goals.removeMilestone(goal, version(goal), milestone);
        em.flush();
        assertThat(only("DELETE", "Milestone", milestone).get("details")).isEqualTo("deleted");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where details like ?", Long.class,
                "%" + SECRET + "%")).isZero();
    }

    @Test
    void aRolledBackChangeLeavesNoAuditRow() {
        long before = jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Goal'", Long.class);
        var separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        separate.executeWithoutResult(status -> {
            goals.create(enrollment, new GoalForm(GoalType.LEARNING, "Rolled back", null, null,
                    TestTime.today().plusDays(30)));
            em.flush();
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Goal'", Long.class))
                .isEqualTo(before);
    }

    private Map<String, Object> only(String action, String entity, long id) {
        List<Map<String, Object>> rows = jdbc.queryForList("select actor, details, occurred_at from audit_event"
                + " where action = ? and entity_type = ? and entity_id = ?", action, entity, id);
        assertThat(rows).as(action + " " + entity + " " + id).hasSize(1);
        return rows.getFirst();
    }

    private long version(long goal) {
        return jdbc.queryForObject("select version from goal where id = ?", Long.class, goal);
    }
}
