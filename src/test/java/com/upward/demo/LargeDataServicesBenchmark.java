package com.upward.demo;

import com.upward.matching.internal.MatchingService;
import com.upward.matching.internal.MatchingModels.AutoMatchPreview;
import com.upward.program.ProgramTestData;
import com.upward.reporting.ReportRequester;
import com.upward.reporting.ReportScope;
import com.upward.reporting.ReportingService;
import com.upward.testsupport.TestTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report and matching figures of issues 4 and 7, on the {@link LargeDataSet} (issue 10): the program outcome
 * PDF of each large program over its last twelve months, and on the large active cohort (579 mentees, 200
 * mentors) with its pairs ended inside a rolled-back transaction, the auto-match preview and one mentee's
 * suggestion list. Needs MariaDB (the large data is committed); see docs/benchmarks.md.
 */
@SpringBootTest
@Tag("benchmark")
class LargeDataServicesBenchmark {

    @Autowired
    ProgramTestData data;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ReportingService reporting;
    @Autowired
    MatchingService matching;

    @Test
    void programOutcomePdfOfEachLargeProgram() throws Exception {
        LargeDataSet.ensureLoaded(dataSource, clock);
        data.signIn("exec");
        LocalDate today = LocalDate.now(clock);
        List<Long> programs = jdbc.queryForList("select id from program where id >= ? order by id", Long.class,
                LargeDataSet.ID_BASE);
        for (long program : programs) {
            outcomePdf(program, today.minusYears(1), today, "last 12 months");
            outcomePdf(program, LocalDate.of(2000, 1, 1), today, "all time");
        }
    }

    private void outcomePdf(long program, LocalDate from, LocalDate today, String period) throws Exception {
        var scope = new ReportScope(program, null, from, today);
        long checkIns = jdbc.queryForObject("""
                select count(*) from check_in ci join enrollment e on e.id = ci.enrollment_id
                join cohort c on c.id = e.cohort_id where c.program_id = ? and ci.due_on between ? and ?""",
                Long.class, program, scope.from(), today);
        long[] bytes = new long[1];
        String times = time(1, 5, () -> {
            var pdf = new ByteArrayOutputStream();
            reporting.writeProgramOutcomePdf(scope, new ReportRequester(Locale.ENGLISH, TestTime.zone()), pdf);
            bytes[0] = pdf.size();
            return null;
        });
        report("outcome PDF, program %d, %s (%,d check-ins due): %s, %d KB".formatted(program, period,
                checkIns, times, bytes[0] >> 10));
        assertThat(bytes[0]).isPositive();
    }

    @Test
    @Transactional  // the ended pairs are rolled back
    void autoMatchAndSuggestionsOnTheLargeActiveCohort() throws Exception {
        LargeDataSet.ensureLoaded(dataSource, clock);
        long cohort = LargeDataSet.ID_BASE + LargeCohorts.LARGE_COHORT;
        jdbc.update("update mentor_assignment set status = 'ENDED' where cohort_id = ? and status = 'ACTIVE'", cohort);
        long mentees = jdbc.queryForObject("select count(*) from enrollment where cohort_id = ? and side = 'MENTEE'"
                + " and status = 'ACCEPTED'", Long.class, cohort);
        long mentors = jdbc.queryForObject("select count(*) from enrollment where cohort_id = ? and side = 'MENTOR'"
                + " and status = 'ACCEPTED'", Long.class, cohort);
        data.signIn("hr");

        AutoMatchPreview[] preview = new AutoMatchPreview[1];
        String autoMatch = time(1, 3, () -> preview[0] = matching.previewAutoMatch(cohort));
        report("auto-match preview, %d mentees x %d mentors: %s, %d matched, %d unmatched".formatted(mentees, mentors,
                autoMatch, preview[0].matchedCount(), preview[0].unmatchedCount()));
        assertThat(preview[0].matchedCount()).isPositive();

        long mentee = jdbc.queryForObject("select min(id) from enrollment where cohort_id = ? and side = 'MENTEE'"
                + " and status = 'ACCEPTED'", Long.class, cohort);
        String suggestions = time(5, 20, () -> matching.suggestionsFor(mentee));
        report("suggestions for one mentee among %d mentors: %s".formatted(mentors, suggestions));
    }

    /** Median and maximum of {@code runs} timed calls after {@code warmUp} untimed ones. */
    private static String time(int warmUp, int runs, Callable<?> call) throws Exception {
        double[] ms = new double[runs];
        for (int run = -warmUp; run < runs; run++) {
            long start = System.nanoTime();
            call.call();
            if (run >= 0) {
                ms[run] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(ms);
        return "median %.0f ms, max %.0f ms (%d runs)".formatted(ms[runs / 2], ms[runs - 1], runs);
    }

    private static void report(String text) throws IOException {
        System.out.println("LargeDataServicesBenchmark: " + text);
        Files.writeString(Path.of("target", "benchmark-results.txt"), "LargeDataServicesBenchmark " + text
                + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
