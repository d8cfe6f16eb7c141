package com.upward.audit;

import com.upward.base.CsvSafety;
import com.upward.base.Role;
import com.upward.base.TimeZones;
import com.upward.base.i18n.Messages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.upward.base.SqlPages.orderAndLimit;

/**
 * The audit log for administrators: filtered pages for the grid, the filter choices and the CSV export (every
 * cell formula-safe). Each export is itself audited. Days are whole days in the filter's zone (the viewer's).
 */
@Service
public class AuditLogService {

    static final String ADMIN = "hasRole('" + Role.Names.ADMIN + "')";
    private static final int EXPORT_PAGE = 2_000;
    /** The export's local time: sortable as text, and the offset keeps the repeated hour of a DST change apart. */
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xxx");
    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "occurred_at", "actor", "actor",
            "entityType", "entity_type", "action", "action");

    public record AuditRow(long id, Instant occurredAt, String actor, AuditAction action, String entityType,
                           Long entityId, String details) {
    }

    /**
     * Every part but the zone may be null or blank (no restriction). {@code from} and {@code to} are inclusive days
     * in {@code zone} (UTC when null), which is also the zone of the export's local time.
     */
    public record AuditFilter(String actor, String entityType, AuditAction action, LocalDate from, LocalDate to,
                              ZoneId zone) {

        public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, TimeZones.UTC);

        public AuditFilter {
            zone = zone == null ? TimeZones.UTC : zone;
        }
    }

    private static final RowMapper<AuditRow> ROW = (rs, row) -> new AuditRow(rs.getLong("id"),
            rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString("actor"),
            AuditAction.valueOf(rs.getString("action")), rs.getString("entity_type"),
            rs.getObject("entity_id") == null ? null : rs.getLong("entity_id"), rs.getString("details"));

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AuditLogService(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Newest first unless the grid sorts otherwise. */
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN)
    public List<AuditRow> events(AuditFilter filter, Pageable page) {
        var params = new MapSqlParameterSource();
        return jdbc.query("select id, occurred_at, actor, action, entity_type, entity_id, details from audit_event"
                + where(filter, params) + orderAndLimit(page, SORTABLE, "occurred_at desc", "id desc"), params, ROW);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN)
    public long count(AuditFilter filter) {
        var params = new MapSqlParameterSource();
        return jdbc.queryForObject("select count(*) from audit_event" + where(filter, params), params, Long.class);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN)
    public List<String> actors() {
        return jdbc.queryForList("select distinct actor from audit_event order by actor", Map.of(), String.class);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN)
    public List<String> entityTypes() {
        return jdbc.queryForList("select distinct entity_type from audit_event order by entity_type", Map.of(),
                String.class);
    }

    /**
     * Writes the filtered log as CSV (UTF-8 with BOM, newest first) in pages, so a long log never sits in memory;
     * the export is recorded as an EXPORT event. The header row is in the reader's language ({@code locale}); the
     * cells stay data (ISO times, action names), so that a spreadsheet or script reads every export alike.
     */
    @Transactional
    @PreAuthorize(ADMIN)
    public void exportCsv(AuditFilter filter, Locale locale, Writer out) throws IOException {
        out.write('\uFEFF');
        var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        Messages messages = Messages.shared();
        csv.printRecord(messages.format(locale, "audit.csv.time-utc"),
                messages.format(locale, "audit.csv.local-time", filter.zone().getId()),
                messages.format(locale, "audit.csv.actor"), messages.format(locale, "audit.csv.action"),
                messages.format(locale, "audit.csv.entity"), messages.format(locale, "audit.csv.id"),
                messages.format(locale, "audit.csv.details"));
        long rows = 0;
        Long before = null;
        while (true) {
            var params = new MapSqlParameterSource();
            String sql = "select id, occurred_at, actor, action, entity_type, entity_id, details from audit_event"
                    + where(filter, params) + (before == null ? "" : " and id < :before")
                    + " order by id desc limit " + EXPORT_PAGE;
            List<AuditRow> page = jdbc.query(sql, params.addValue("before", before), ROW);
            for (AuditRow r : page) {
                csv.printRecord(r.occurredAt().toString(), LOCAL_TIME.format(r.occurredAt().atZone(filter.zone())),
                        CsvSafety.cell(r.actor()), r.action().name(),
                        CsvSafety.cell(r.entityType()), r.entityId() == null ? "" : r.entityId().toString(),
                        CsvSafety.cell(r.details()));
            }
            rows += page.size();
            if (page.size() < EXPORT_PAGE) {
                break;
            }
            before = page.getLast().id();
        }
        csv.flush();
        jdbc.update("insert into audit_event (occurred_at, actor, action, entity_type, entity_id, details) values"
                + " (:at, :actor, 'EXPORT', 'AuditLog', null, :details)", new MapSqlParameterSource()
                .addValue("at", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .addValue("actor", SecurityContextHolder.getContext().getAuthentication().getName())
                .addValue("details", rows + " rows; " + describe(filter)));
    }

    /** Always ends in a WHERE clause (possibly "where 1 = 1"), so callers may append "and …". */
    private static String where(AuditFilter filter, MapSqlParameterSource params) {
        List<String> terms = new ArrayList<>(List.of("1 = 1"));
        if (filter.actor() != null && !filter.actor().isBlank()) {
            terms.add("actor = :actor");
            params.addValue("actor", filter.actor().strip());
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            terms.add("entity_type = :entityType");
            params.addValue("entityType", filter.entityType().strip());
        }
        if (filter.action() != null) {
            terms.add("action = :action");
            params.addValue("action", filter.action().name());
        }
        if (filter.from() != null) {
            terms.add("occurred_at >= :from");
            params.addValue("from", startOf(filter.from(), filter.zone()));
        }
        if (filter.to() != null) {
            terms.add("occurred_at < :to");
            params.addValue("to", startOf(filter.to().plusDays(1), filter.zone()));
        }
        return " where " + String.join(" and ", terms);
    }

    /** When the day begins in the zone, as the UTC wall-clock time occurred_at holds (not always 00:00: DST). */
    private static LocalDateTime startOf(LocalDate day, ZoneId zone) {
        return LocalDateTime.ofInstant(day.atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
    }

    private static String describe(AuditFilter f) {
        return "actor " + (f.actor() == null ? "any" : f.actor()) + ", entity "
                + (f.entityType() == null ? "any" : f.entityType()) + ", action "
                + (f.action() == null ? "any" : f.action()) + ", from " + (f.from() == null ? "start" : f.from())
                + " to " + (f.to() == null ? "now" : f.to()) + " in " + f.zone().getId();
    }
}
