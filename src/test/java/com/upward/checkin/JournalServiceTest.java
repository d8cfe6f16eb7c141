package com.upward.checkin;

import com.upward.checkin.internal.JournalModels;
import com.upward.checkin.internal.JournalModels.JournalEntry;
import com.upward.checkin.internal.JournalModels.JournalFilter;
import com.upward.checkin.internal.JournalModels.Kind;
import com.upward.checkin.internal.JournalService;
import com.upward.program.ProgramTestData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo mentee's journal over the completed and the running cohort, computed in SQL. */
@SpringBootTest
@Tag("db")
@Transactional
class JournalServiceTest {

    @Autowired
    JournalService journal;
    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        data.signIn("mentee");
    }

    static final String MINE = """
            from check_in ci join enrollment e on e.id = ci.enrollment_id join app_user u on u.employee_id = e.employee_id
            where u.username = 'mentee' and ci.status in ('SUBMITTED', 'REVIEWED')""";

    @Test
    void everyWinAndLessonAcrossCohortsNewestFirst() {
        List<JournalEntry> all = journal.entries(JournalFilter.ALL);

        long wins = jdbc.queryForObject("select count(*) " + MINE + " and ci.wins is not null", Long.class);
        long lessons = jdbc.queryForObject("select count(*) " + MINE + " and ci.lessons is not null", Long.class);
        assertThat(all).filteredOn(e -> e.kind() == Kind.WIN).hasSize((int) wins);
        assertThat(all).filteredOn(e -> e.kind() == Kind.LESSON).hasSize((int) lessons);
        assertThat(all).extracting(JournalEntry::writtenOn).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(all.stream().map(JournalEntry::cohortName).distinct().count()).isGreaterThan(1);
        assertThat(all).anySatisfy(e -> assertThat(e.goals()).isNotEmpty());
    }

    @Test
    void filtersByCohortGoalAndText() {
        JournalEntry newest = journal.entries(JournalFilter.ALL).getFirst();
        var cohort = journal.cohorts().stream().filter(o -> o.label().equals(newest.cohortName())).findFirst()
                .orElseThrow();
        assertThat(journal.entries(new JournalFilter(cohort.id(), null, null)))
                .isNotEmpty().allSatisfy(e -> assertThat(e.cohortName()).isEqualTo(cohort.label()));

        var goal = journal.goals(null).stream().filter(o -> newest.goals().contains(o.label())).findFirst()
                .orElseThrow();
        assertThat(journal.entries(new JournalFilter(null, goal.id(), null)))
                .isNotEmpty().allSatisfy(e -> assertThat(e.goals()).contains(goal.label()));

        JournalEntry any = journal.entries(JournalFilter.ALL).getFirst();
        String word = any.text().split("\\s+")[0].toUpperCase();
        assertThat(journal.entries(new JournalFilter(null, null, word)))
                .isNotEmpty().allSatisfy(e -> assertThat(e.text().toUpperCase()).contains(word));
        assertThat(journal.entries(new JournalFilter(null, null, "no-such-word-%_"))).isEmpty();
    }

    @Test
    void theCsvEscapesFormulasAndHasOneRowPerEntry() throws Exception {
        var out = new StringWriter();
        journal.exportCsv(JournalFilter.ALL, Locale.ENGLISH, out);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo("date,cohort,period,kind,text,goals");
        assertThat(lines.length - 1).isGreaterThanOrEqualTo(journal.entries(JournalFilter.ALL).size());
    }

    @Test
    void theCsvSpeaksTheReadersLanguage() throws Exception {
        var out = new StringWriter();
        journal.exportCsv(JournalFilter.ALL, Locale.GERMAN, out);
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords();
        assertThat(rows.getFirst().values()).containsExactly("Datum", "Kohorte", "Zeitraum", "Art", "Text", "Ziele");
        assertThat(rows.subList(1, rows.size())).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get(3)).isIn("Erfolg", "Erkenntnis"))
                // dates stay ISO, which every spreadsheet sorts
                .allSatisfy(row -> assertThat(row.get(0)).matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void theJournalIsOnlyEverTheSignedInPersonsOwn() {
        data.signIn("mentor");
        assertThat(journal.entries(JournalFilter.ALL)).noneSatisfy(e -> assertThat(e.checkInId()).isIn(
                jdbc.queryForList("select ci.id " + MINE, Long.class)));
        data.signIn("admin");
        assertThatThrownBy(() -> journal.entries(JournalFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }
}
