package com.upward.reporting.internal;

import com.upward.base.ReadModel;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The personal growth report of one employee, about themselves only: their goals as a mentee with milestones and
 * progress, and the timeline of their submitted check-ins (wins, setbacks, lessons). Private notes are never read.
 */
@ReadModel("a mentee's growth report reads their goals, milestones and check-ins in SQL")
@Component
public class PersonalGrowthPdf {

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportTemplates templates;
    private final Clock clock;

    PersonalGrowthPdf(NamedParameterJdbcTemplate jdbc, ReportTemplates templates, Clock clock) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.clock = clock;
    }

    /** The employee's name, and what the report prints as goal rows and timeline rows. */
    record Content(String name, List<Map<String, Object>> goals, List<Map<String, Object>> timeline) {
    }

    Content content(long employeeId) {
        var p = new MapSqlParameterSource("employee", employeeId);
        String name = jdbc.queryForObject("select concat(first_name, ' ', last_name) from employee where id = :employee",
                p, String.class);
        Map<Long, String> milestones = new LinkedHashMap<>();
        jdbc.query("""
                select m.goal_id, m.title, m.done, m.done_on from milestone m join goal g on g.id = m.goal_id
                join enrollment e on e.id = g.enrollment_id where e.employee_id = :employee
                order by m.goal_id, m.position""", p, rs -> {
            LocalDate doneOn = rs.getObject("done_on", LocalDate.class);
            String line = (rs.getBoolean("done") ? "✓ " : "○ ") + rs.getString("title")
                    + (doneOn == null ? "" : " (" + ReportOutput.DAY.format(doneOn) + ")");
            milestones.merge(rs.getLong("goal_id"), line, (a, b) -> a + "\n" + b);
        });
        List<Map<String, Object>> goals = jdbc.query("""
                select g.id, c.name as cohort, g.goal_type, g.title, g.status, g.progress, g.target_date
                from goal g join enrollment e on e.id = g.enrollment_id join cohort c on c.id = e.cohort_id
                where e.employee_id = :employee and e.side = 'MENTEE'
                order by c.starts_on desc, g.id""", p, (rs, row) -> {
            Map<String, Object> goal = new HashMap<>();
            goal.put("cohortName", rs.getString("cohort"));
            goal.put("goalType", ReportOutput.label(rs.getString("goal_type")));
            goal.put("title", rs.getString("title"));
            goal.put("status", ReportOutput.label(rs.getString("status")));
            goal.put("progress", rs.getInt("progress"));
            LocalDate target = rs.getObject("target_date", LocalDate.class);
            goal.put("targetDate", target == null ? null : Date.valueOf(target));
            goal.put("milestones", milestones.getOrDefault(rs.getLong("id"), "No milestones."));
            return goal;
        });
        List<Map<String, Object>> timeline = jdbc.query("""
                select c.name as cohort, ci.period_number, ci.submitted_at, ci.wins, ci.setbacks, ci.lessons
                from check_in ci join enrollment e on e.id = ci.enrollment_id join cohort c on c.id = e.cohort_id
                where e.employee_id = :employee and ci.status in ('SUBMITTED', 'REVIEWED')
                order by ci.submitted_at, ci.id""", p, (rs, row) -> {
            Map<String, Object> entry = new HashMap<>();
            entry.put("submittedOn", Date.valueOf(rs.getObject("submitted_at", LocalDateTime.class).toLocalDate()));
            entry.put("heading", rs.getString("cohort") + " · period " + rs.getInt("period_number"));
            entry.put("win", rs.getString("wins"));
            entry.put("setback", rs.getString("setbacks"));
            entry.put("lesson", rs.getString("lessons"));
            return entry;
        });
        return new Content(name, goals, timeline);
    }

    public void write(long employeeId, OutputStream out) throws JRException {
        Content content = content(employeeId);
        Map<String, Object> p = new HashMap<>();
        p.put("personName", content.name());
        p.put("generatedLabel", ReportOutput.GENERATED.format(clock.instant().atZone(clock.getZone())));
        p.put("summaryLabel", content.goals().size() + (content.goals().size() == 1 ? " goal, " : " goals, ")
                + content.goals().stream().filter(g -> "Achieved".equals(g.get("status"))).count() + " achieved · "
                + content.timeline().size() + " check-ins · " + content.timeline().stream()
                .filter(t -> t.get("lesson") != null).count() + " lessons written down");
        p.put("timelineReport", templates.get("personal-growth-timeline"));
        p.put("timelineData", ReportOutput.rows(content.timeline()));
        JasperPrint print = JasperFillManager.fillReport(templates.get("personal-growth"), p,
                ReportOutput.rows(content.goals()));
        ReportOutput.pdf(print, "Personal growth report: " + content.name(), out);
    }

}
