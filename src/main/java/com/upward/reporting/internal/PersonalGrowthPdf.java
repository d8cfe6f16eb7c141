package com.upward.reporting.internal;

import com.upward.base.ReadModel;
import com.upward.reporting.ReportRequester;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The personal growth report of one employee, about themselves only: their goals as a mentee with milestones and
 * progress, and the timeline of their submitted check-ins (wins, setbacks, lessons), in the requester's language.
 * Private notes are never read.
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
    record Content(String name, List<Map<String, Object>> goals, List<Map<String, Object>> timeline, long achieved,
                   long lessons) {
    }

    Content content(long employeeId, ReportTexts texts) {
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
                    + (doneOn == null ? "" : " (" + texts.date(doneOn) + ")");
            milestones.merge(rs.getLong("goal_id"), line, (a, b) -> a + "\n" + b);
        });
        long[] achieved = {0};
        List<Map<String, Object>> goals = jdbc.query("""
                select g.id, c.name as cohort, g.goal_type, g.title, g.status, g.progress, g.target_date
                from goal g join enrollment e on e.id = g.enrollment_id join cohort c on c.id = e.cohort_id
                where e.employee_id = :employee and e.side = 'MENTEE'
                order by c.starts_on desc, g.id""", p, (rs, row) -> {
            Map<String, Object> goal = new HashMap<>();
            goal.put("heading", texts.tr("report.growth.goal-heading", rs.getString("cohort"),
                    rs.getString("goal_type")));
            goal.put("title", rs.getString("title"));
            String status = texts.status(rs.getString("status"));
            LocalDate target = rs.getObject("target_date", LocalDate.class);
            goal.put("statusLine", target == null
                    ? texts.tr("report.growth.goal-status", status, rs.getInt("progress"))
                    : texts.tr("report.growth.goal-status-target", status, rs.getInt("progress"), texts.date(target)));
            goal.put("milestones", milestones.getOrDefault(rs.getLong("id"), texts.tr("report.growth.no-milestones")));
            achieved[0] += "ACHIEVED".equals(rs.getString("status")) ? 1 : 0;
            return goal;
        });
        long[] lessons = {0};
        List<Map<String, Object>> timeline = jdbc.query("""
                select c.name as cohort, ci.period_number, ci.submitted_at, ci.wins, ci.setbacks, ci.lessons
                from check_in ci join enrollment e on e.id = ci.enrollment_id join cohort c on c.id = e.cohort_id
                where e.employee_id = :employee and ci.status in ('SUBMITTED', 'REVIEWED')
                order by ci.submitted_at, ci.id""", p, (rs, row) -> {
            Map<String, Object> entry = new HashMap<>();
            entry.put("submittedOn", texts.date(rs.getObject("submitted_at", LocalDateTime.class).toLocalDate()));
            entry.put("heading", texts.tr("report.growth.timeline.heading", rs.getString("cohort"),
                    rs.getInt("period_number")));
            entry.put("win", line(texts, "report.growth.timeline.win", rs.getString("wins")));
            entry.put("setback", line(texts, "report.growth.timeline.setback", rs.getString("setbacks")));
            entry.put("lesson", line(texts, "report.growth.timeline.lesson", rs.getString("lessons")));
            lessons[0] += rs.getString("lessons") == null ? 0 : 1;
            return entry;
        });
        return new Content(name, goals, timeline, achieved[0], lessons[0]);
    }

    /** "Lesson: …", or null (the template leaves the line out) when nothing was written. */
    private static String line(ReportTexts texts, String key, String text) {
        return text == null ? null : texts.tr(key, text);
    }

    public void write(long employeeId, ReportRequester requester, OutputStream out) throws JRException {
        ReportTexts texts = new ReportTexts(requester);
        Content content = content(employeeId, texts);
        Map<String, Object> p = texts.fillParameters();
        p.put("personName", content.name());
        p.put("generatedLine", texts.tr("report.growth.generated", texts.generated(clock.instant())));
        p.put("footerLine", texts.tr("report.growth.footer", content.name()));
        p.put("summaryLabel", texts.tr("report.growth.summary", content.goals().size(), content.achieved(),
                content.timeline().size(), content.lessons()));
        p.put("timelineReport", templates.get("personal-growth-timeline"));
        p.put("timelineData", ReportOutput.rows(content.timeline()));
        JasperPrint print = JasperFillManager.fillReport(templates.get("personal-growth"), p,
                ReportOutput.rows(content.goals()));
        ReportOutput.pdf(print, texts.tr("report.growth.metadata-title", content.name()), out);
    }

}
