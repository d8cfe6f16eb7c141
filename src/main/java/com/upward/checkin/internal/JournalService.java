package com.upward.checkin.internal;

import com.upward.base.CsvSafety;
import com.upward.base.ReadModel;
import com.upward.base.SqlPages;
import com.upward.base.i18n.Messages;
import com.upward.checkin.internal.JournalModels.JournalEntry;
import com.upward.checkin.internal.JournalModels.JournalFilter;
import com.upward.checkin.internal.JournalModels.Kind;
import com.upward.checkin.internal.JournalModels.Option;
import com.upward.security.CurrentUser;
import com.upward.base.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.Writer;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The signed-in employee's lessons journal: wins and lessons from their submitted check-ins in every cohort, newest
 * first, with the goals each check-in updated; filters, the "celebrate" figures and a CSV export. Own data only.
 */
@ReadModel("the journal lists a person's check-ins across their cohorts with the goals they touched, in SQL")
@Service
public class JournalService {

    private static final String EMPLOYEE = "hasRole('" + Role.Names.EMPLOYEE + "')";

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    JournalService(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One statement; a check-in with a win and a lesson gives two entries, the lesson first. */
    @Transactional(readOnly = true)
    @PreAuthorize(EMPLOYEE)
    public List<JournalEntry> entries(JournalFilter filter) {
        if (!currentUser.isEmployee()) {
            return List.of(); // an account without an employee record has written nothing
        }
        var params = new MapSqlParameterSource("self", currentUser.requireEmployeeId())
                .addValue("cohort", filter.cohortId(), Types.BIGINT)
                .addValue("goal", filter.goalId(), Types.BIGINT)
                .addValue("pattern", filter.text() == null || filter.text().isBlank() ? null
                        : SqlPages.containing(filter.text()), Types.VARCHAR);
        List<JournalEntry> entries = new ArrayList<>();
        jdbc.query("""
                select ci.id, c.name as cohort, ci.period_number, ci.submitted_at, ci.wins, ci.lessons,
                  (select group_concat(g.title order by g.id separator '|') from check_in_goal_update u
                     join goal g on g.id = u.goal_id where u.check_in_id = ci.id) as goals
                from check_in ci join enrollment e on e.id = ci.enrollment_id join cohort c on c.id = e.cohort_id
                where e.employee_id = :self and ci.status in ('SUBMITTED', 'REVIEWED')
                  and (ci.wins is not null or ci.lessons is not null)
                  and (:cohort is null or c.id = :cohort)
                  and (:goal is null or exists (select 1 from check_in_goal_update u
                                                where u.check_in_id = ci.id and u.goal_id = :goal))
                  and (:pattern is null or lower(ci.wins) like :pattern escape '!'
                       or lower(ci.lessons) like :pattern escape '!')
                order by ci.submitted_at desc, ci.id desc""", params, rs -> {
            String goals = rs.getString("goals");
            List<String> titles = goals == null ? List.of() : Arrays.asList(goals.split("\\|"));
            LocalDate on = rs.getTimestamp("submitted_at").toInstant().atZone(clock.getZone()).toLocalDate();
            for (Kind kind : new Kind[]{Kind.LESSON, Kind.WIN}) {
                String text = rs.getString(kind == Kind.WIN ? "wins" : "lessons");
                if (text != null && (params.getValue("pattern") == null
                        || text.toLowerCase(Locale.ROOT).contains(filter.text().strip().toLowerCase(Locale.ROOT)))) {
                    entries.add(new JournalEntry(rs.getLong("id"), rs.getString("cohort"), rs.getInt("period_number"),
                            on, kind, text, titles));
                }
            }
        });
        return entries;
    }

    /** The cohorts the employee was a mentee in, for the filter. */
    @Transactional(readOnly = true)
    @PreAuthorize(EMPLOYEE)
    public List<Option> cohorts() {
        if (!currentUser.isEmployee()) {
            return List.of();
        }
        return jdbc.query("""
                select c.id, c.name from enrollment e join cohort c on c.id = e.cohort_id
                where e.employee_id = :self and e.side = 'MENTEE' order by c.starts_on desc""",
                new MapSqlParameterSource("self", currentUser.requireEmployeeId()),
                (rs, row) -> new Option(rs.getLong(1), rs.getString(2)));
    }

    /** The employee's goals, for the filter, optionally of one cohort. */
    @Transactional(readOnly = true)
    @PreAuthorize(EMPLOYEE)
    public List<Option> goals(Long cohortId) {
        if (!currentUser.isEmployee()) {
            return List.of();
        }
        return jdbc.query("""
                select g.id, g.title from goal g join enrollment e on e.id = g.enrollment_id
                where e.employee_id = :self and (:cohort is null or e.cohort_id = :cohort) order by g.title""",
                new MapSqlParameterSource("self", currentUser.requireEmployeeId())
                        .addValue("cohort", cohortId, Types.BIGINT),
                (rs, row) -> new Option(rs.getLong(1), rs.getString(2)));
    }

    /**
     * The filtered journal as CSV, its header and kinds in the reader's language ({@code locale}); texts that look
     * like spreadsheet formulas are escaped. Dates stay ISO, so that a spreadsheet sorts them anywhere.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(EMPLOYEE)
    public void exportCsv(JournalFilter filter, Locale locale, Writer out) throws IOException {
        Messages messages = Messages.shared();
        String[] header = {messages.format(locale, "checkin.journal.csv.date"),
                messages.format(locale, "checkin.journal.csv.cohort"),
                messages.format(locale, "checkin.journal.csv.period"),
                messages.format(locale, "checkin.journal.csv.kind"),
                messages.format(locale, "checkin.journal.csv.text"),
                messages.format(locale, "checkin.journal.csv.goals")};
        // not closed here: the caller owns the stream
        var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get());
        for (JournalEntry e : entries(filter)) {
            csv.printRecord(e.writtenOn().format(DateTimeFormatter.ISO_LOCAL_DATE), CsvSafety.cell(e.cohortName()),
                    e.period(), messages.format(locale, "checkin.journal.csv.kind." + e.kind().name()),
                    CsvSafety.cell(e.text()), CsvSafety.cell(String.join("; ", e.goals())));
        }
        csv.flush();
    }
}
