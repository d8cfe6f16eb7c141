package com.upward.notification;

import com.upward.checkin.HelpUrgency;
import com.upward.reporting.AtRiskPairs;
import com.upward.reporting.AtRiskPairs.AtRiskPair;
import com.upward.security.AppUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The weekly digest to every HR coordinator: the at-risk pairs of all ACTIVE cohorts and the help requests no
 * mentor has answered yet. Dates and flags only, never check-in text (HR sees structured data only). One per
 * coordinator per ISO week, however often the job runs.
 */
@Component
class HrDigest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    record OpenHelpRequest(long checkInId, String cohortName, String menteeName, String mentorName,
                           HelpUrgency urgency, LocalDate since) {
        public String urgencyLabel() {
            return urgency == HelpUrgency.URGENT ? "Urgent" : "Normal";
        }

        public String sinceText() {
            return DAY.format(since);
        }
    }

    /** The cohort and both people of pair {@code a}. */
    private static final String PAIR_PEOPLE = """
            join cohort co on co.id = a.cohort_id
            join enrollment me on me.id = a.mentee_enrollment_id
            join employee mentee on mentee.id = me.employee_id
            join enrollment mo on mo.id = a.mentor_enrollment_id
            join employee mentor on mentor.id = mo.employee_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final AtRiskPairs atRiskPairs;
    private final Notifier notifier;

    HrDigest(NamedParameterJdbcTemplate jdbc, AtRiskPairs atRiskPairs, Notifier notifier) {
        this.jdbc = jdbc;
        this.atRiskPairs = atRiskPairs;
        this.notifier = notifier;
    }

    List<AtRiskPair> atRiskPairs(LocalDate today) {
        return atRiskPairs.find(null, null, today);
    }

    List<OpenHelpRequest> openHelpRequests() {
        String sql = """
                select ci.id, co.name as cohort_name, ci.help_urgency, ci.submitted_at,
                       concat(mentee.first_name, ' ', mentee.last_name) as mentee_name,
                       concat(mentor.first_name, ' ', mentor.last_name) as mentor_name
                from check_in ci
                join mentor_assignment a on a.id = ci.assignment_id
                """ + PAIR_PEOPLE + """
                where a.status = 'ACTIVE' and co.status = 'ACTIVE' and ci.help_requested = true
                  and ci.help_acknowledged_at is null and ci.status in ('SUBMITTED', 'REVIEWED')
                order by ci.submitted_at, ci.id""";
        return jdbc.query(sql, new MapSqlParameterSource(), (rs, row) -> new OpenHelpRequest(rs.getLong("id"),
                rs.getString("cohort_name"), rs.getString("mentee_name"), rs.getString("mentor_name"),
                rs.getString("help_urgency") == null ? HelpUrgency.NORMAL : HelpUrgency.valueOf(
                        rs.getString("help_urgency")),
                rs.getObject("submitted_at", LocalDateTime.class).toLocalDate()));
    }

    /** Returns how many digests were written (0 when this week's went out already). */
    @Transactional
    int send(LocalDate today) {
        List<AtRiskPair> atRisk = atRiskPairs(today);
        List<OpenHelpRequest> help = openHelpRequests();
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        String title = "Weekly digest: " + atRisk.size() + (atRisk.size() == 1 ? " pair" : " pairs") + " at risk";
        String body = atRisk.size() + (atRisk.size() == 1 ? " pair is" : " pairs are") + " at risk and "
                + help.size() + (help.size() == 1 ? " help request is" : " help requests are")
                + " waiting for a mentor's answer in the active cohorts.";
        int sent = 0;
        for (AppUser hr : notifier.hrCoordinators()) {
            var message = Message.of(NotificationType.HR_DIGEST, title, body, "")
                    .once("hr-digest:" + hr.getId() + ":" + week)
                    .withEmailTemplate("digest", Map.of("atRisk", atRisk, "helpRequests", help));
            sent += notifier.send(hr, message) ? 1 : 0;
        }
        return sent;
    }
}
