package com.upward.audit;

import com.upward.audit.AuditLogService.AuditFilter;
import com.upward.audit.AuditLogService.AuditRow;
import com.upward.program.ProgramTestData;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The administrators' audit log: filters, pages, sorting, a formula-safe CSV export that is itself audited. */
@SpringBootTest
@Tag("db")
@Transactional
class AuditLogServiceTest {

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

        var mine = new AuditFilter("zz-auditor", null, null, null, null);
        assertThat(audit.count(mine)).isEqualTo(3);
        assertThat(audit.events(mine, PageRequest.of(0, 2))).extracting(AuditRow::details)
                .containsExactly("deleted", "progress: 20 → 30");
        assertThat(audit.events(mine, PageRequest.of(1, 2))).extracting(AuditRow::details)
                .containsExactly("progress: 10 → 20");
        assertThat(audit.count(new AuditFilter("zz-auditor", "Goal", AuditAction.UPDATE, null, null))).isEqualTo(2);
        // inclusive days: 2 March covers 23:59, 3 March 00:00 is the next day
        assertThat(audit.count(new AuditFilter(null, "Goal", null, LocalDate.of(2031, 3, 2), LocalDate.of(2031, 3, 2))))
                .isEqualTo(2);
        assertThat(audit.events(new AuditFilter(null, null, null, LocalDate.of(2031, 3, 1), null),
                PageRequest.of(0, 10, Sort.by("actor").descending()))).first()
                .extracting(AuditRow::actor).isEqualTo("zz-other");
        assertThat(audit.actors()).contains("zz-auditor", "zz-other");
        assertThat(audit.entityTypes()).contains("Goal", "Milestone");
    }

    @Test
    void theCsvExportEscapesFormulasAndIsAudited() throws Exception {
        data.signIn("admin");
        event("=cmd|' /C calc'!A0", "UPDATE", "Goal", 1L, LocalDateTime.of(2031, 4, 1, 8, 0), "+SUM(A1:A9)");
        event("zz-auditor", "READ", "CheckIn", 2L, LocalDateTime.of(2031, 4, 1, 9, 0), "@evil, \"quoted\"\nline");

        var out = new StringWriter();
        audit.exportCsv(new AuditFilter(null, null, null, LocalDate.of(2031, 4, 1), LocalDate.of(2031, 4, 1)), out);
        String csv = out.toString();
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(rows.getFirst().values()).containsExactly("Time (UTC)", "Actor", "Action", "Entity", "Id",
                "Details");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).values()).containsExactly("2031-04-01T09:00:00Z", "zz-auditor", "READ", "CheckIn",
                "2", "'@evil, \"quoted\"\nline");
        assertThat(rows.get(2).get(1)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(rows.get(2).get(5)).isEqualTo("'+SUM(A1:A9)");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT'"
                + " and entity_type = 'AuditLog' and actor = 'admin' and details like '2 rows;%'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        for (String user : List.of("hr", "exec", "mentor", "mentee")) {
            data.signIn(user);
            assertThatThrownBy(() -> audit.count(AuditFilter.NONE)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.exportCsv(AuditFilter.NONE, new StringWriter())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
