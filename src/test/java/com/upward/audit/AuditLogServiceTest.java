package com.upward.audit;

import com.upward.audit.AuditLogService.AuditFilter;
import com.upward.audit.AuditLogService.AuditRow;
import com.upward.base.TimeZones;
import com.upward.program.ProgramTestData;
import com.upward.testsupport.Fixtures;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The administrators' audit log: filters, pages, sorting, day filters that are whole days in the viewer's zone, a
 * formula-safe CSV export (UTC and local time) that is itself audited.
 */
@SpringBootTest
@Tag("db")
@Transactional
class AuditLogServiceTest {

    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Autowired
    AuditLogService audit;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    void event(String actor, String action, String entity, Long id, LocalDateTime at, String details) {
        jdbc.update("insert into audit_event (occurred_at, actor, action, entity_type, entity_id, details)"
                + " values (?, ?, ?, ?, ?, ?)", at, actor, action, entity, id, details);
    }

    @Test
    void filtersByActorEntityActionAndDayAndPagesNewestFirst() {
        data.signIn("admin");
        event("zz-auditor", "UPDATE", "Goal", 7L, LocalDateTime.of(2031, 3, 1, 9, 0), "progress: 10 → 20");
        event("zz-auditor", "UPDATE", "Goal", 7L, LocalDateTime.of(2031, 3, 2, 23, 59), "progress: 20 → 30");
        event("zz-auditor", "DELETE", "Milestone", 8L, LocalDateTime.of(2031, 3, 3, 0, 0), "deleted");
        event("zz-other", "UPDATE", "Goal", 9L, LocalDateTime.of(2031, 3, 2, 12, 0), "status: A → B");

        var mine = new AuditFilter("zz-auditor", null, null, null, null, null);
        assertThat(audit.count(mine)).isEqualTo(3);
        assertThat(audit.events(mine, PageRequest.of(0, 2))).extracting(AuditRow::details)
                .containsExactly("deleted", "progress: 20 → 30");
        assertThat(audit.events(mine, PageRequest.of(1, 2))).extracting(AuditRow::details)
                .containsExactly("progress: 10 → 20");
        assertThat(audit.count(new AuditFilter("zz-auditor", "Goal", AuditAction.UPDATE, null, null, null)))
                .isEqualTo(2);
        // inclusive days (UTC when the filter names no zone): 2 March covers 23:59, 3 March 00:00 is the next day
        assertThat(audit.count(new AuditFilter(null, "Goal", null, LocalDate.of(2031, 3, 2), LocalDate.of(2031, 3, 2),
                null))).isEqualTo(2);
        assertThat(audit.events(new AuditFilter(null, null, null, LocalDate.of(2031, 3, 1), null, null),
                PageRequest.of(0, 10, Sort.by("actor").descending()))).first()
                .extracting(AuditRow::actor).isEqualTo("zz-other");
        assertThat(audit.actors()).contains("zz-auditor", "zz-other");
        assertThat(audit.entityTypes()).contains("Goal", "Milestone");
    }

    /** Events at UTC wall-clock times, one day asked for in a zone, and the events kept (newest first). */
    record DayCase(String why, ZoneId zone, LocalDate day, List<String> utcTimes, List<String> kept) {
    }

    @Test
    void theDayFiltersAreWholeDaysInTheZoneFarFromUtcAndOnDstChanges() {
        data.signIn("admin");
        List<String> auckland = List.of("2031-03-01T10:59:59", "2031-03-01T11:00", "2031-03-01T23:30",
                "2031-03-02T10:59:59", "2031-03-02T11:00");
        List<String> losAngeles = List.of("2031-03-01T07:59", "2031-03-01T08:00", "2031-03-01T23:30",
                "2031-03-02T07:59:59", "2031-03-02T08:00");
        List<DayCase> cases = List.of(
                new DayCase("Auckland is UTC+13 in March: 23:30 UTC on 1 March is 12:30 on 2 March there", AUCKLAND,
                        LocalDate.of(2031, 3, 2), auckland,
                        List.of("2031-03-02T10:59:59", "2031-03-01T23:30", "2031-03-01T11:00")),
                new DayCase("1 March in Auckland ends at 11:00 UTC", AUCKLAND, LocalDate.of(2031, 3, 1), auckland,
                        List.of("2031-03-01T10:59:59")),
                new DayCase("the same events by UTC days", TimeZones.UTC, LocalDate.of(2031, 3, 1), auckland,
                        List.of("2031-03-01T23:30", "2031-03-01T11:00", "2031-03-01T10:59:59")),
                new DayCase("6 April 2031 has 25 hours in Auckland (UTC+12 from 03:00): it ends at 12:00 UTC",
                        AUCKLAND, LocalDate.of(2031, 4, 6),
                        List.of("2031-04-05T10:59", "2031-04-05T11:00", "2031-04-06T11:30", "2031-04-06T12:00"),
                        List.of("2031-04-06T11:30", "2031-04-05T11:00")),
                new DayCase("Los Angeles is UTC-8 in early March: 23:30 UTC on 1 March is 15:30 the same day",
                        LOS_ANGELES, LocalDate.of(2031, 3, 1), losAngeles,
                        List.of("2031-03-02T07:59:59", "2031-03-01T23:30", "2031-03-01T08:00")),
                new DayCase("9 March 2031 has 23 hours in Los Angeles (UTC-7 from 02:00): it ends at 07:00 UTC",
                        LOS_ANGELES, LocalDate.of(2031, 3, 9),
                        List.of("2031-03-09T07:59", "2031-03-09T08:00", "2031-03-10T06:59", "2031-03-10T07:00"),
                        List.of("2031-03-10T06:59", "2031-03-09T08:00")));
        for (DayCase c : cases) {
            assertThat(onDay(c.utcTimes(), c.day(), c.zone())).as(c.why()).isEqualTo(c.kept());
        }
    }

    /**
     * Records one event at each UTC wall-clock time (by a new actor, so other rows never count) and returns the
     * times of those the filter keeps for the one day {@code day} in {@code zone}, newest first.
     */
    private List<String> onDay(List<String> utcTimes, LocalDate day, ZoneId zone) {
        String actor = Fixtures.unique("zz-zone");
        for (String at : utcTimes) {
            event(actor, "UPDATE", "Goal", 1L, LocalDateTime.parse(at), at);
        }
        return audit.events(new AuditFilter(actor, null, null, day, day, zone), PageRequest.of(0, 10)).stream()
                .map(AuditRow::details).toList();
    }

    @Test
    void theCsvExportEscapesFormulasAndIsAudited() throws Exception {
        data.signIn("admin");
        event("=cmd|' /C calc'!A0", "UPDATE", "Goal", 1L, LocalDateTime.of(2031, 4, 1, 8, 0), "+SUM(A1:A9)");
        event("zz-auditor", "READ", "CheckIn", 2L, LocalDateTime.of(2031, 4, 1, 9, 0), "@evil, \"quoted\"\nline");

        var out = new StringWriter();
        // 1 April in Auckland (UTC+13) runs from 11:00 UTC on 31 March to 11:00 UTC on 1 April
        audit.exportCsv(new AuditFilter(null, null, null, LocalDate.of(2031, 4, 1), LocalDate.of(2031, 4, 1),
                AUCKLAND), Locale.ENGLISH, out);
        String csv = out.toString();
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(rows.getFirst().values()).containsExactly("Time (UTC)", "Local time (Pacific/Auckland)", "Actor",
                "Action", "Entity", "Id", "Details");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).values()).containsExactly("2031-04-01T09:00:00Z", "2031-04-01 22:00:00 +13:00",
                "zz-auditor", "READ", "CheckIn", "2", "'@evil, \"quoted\"\nline");
        assertThat(rows.get(2).get(2)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(rows.get(2).get(6)).isEqualTo("'+SUM(A1:A9)");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT'"
                + " and entity_type = 'AuditLog' and actor = 'admin' and details like '2 rows;%'"
                + " and details like '% in Pacific/Auckland'", Long.class)).isEqualTo(1);
    }

    @Test
    void theCsvHeaderIsInTheReadersLanguageAndTheCellsStayData() throws Exception {
        data.signIn("admin");
        String actor = Fixtures.unique("zz-german");
        event(actor, "READ", "CheckIn", 2L, LocalDateTime.of(2031, 4, 1, 9, 0), "read");
        var out = new StringWriter();
        audit.exportCsv(new AuditFilter(actor, null, null, null, null, AUCKLAND), Locale.GERMAN, out);
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(out.toString().substring(1))).getRecords();
        assertThat(rows.getFirst().values()).containsExactly("Zeit (UTC)", "Ortszeit (Pacific/Auckland)",
                "Ausgeführt von", "Aktion", "Datensatz", "ID", "Details");
        assertThat(rows.get(1).values()).containsExactly("2031-04-01T09:00:00Z", "2031-04-01 22:00:00 +13:00",
                actor, "READ", "CheckIn", "2", "read");
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        for (String user : List.of("hr", "exec", "mentor", "mentee")) {
            data.signIn(user);
            assertThatThrownBy(() -> audit.count(AuditFilter.NONE)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.exportCsv(AuditFilter.NONE, Locale.ENGLISH, new StringWriter())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
