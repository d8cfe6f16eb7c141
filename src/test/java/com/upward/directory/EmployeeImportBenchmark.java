package com.upward.directory;

import com.upward.base.i18n.Text;
import com.upward.directory.internal.EmployeeImportService;
import com.upward.directory.internal.ImportOptions;
import com.upward.directory.internal.ImportPreview;
import com.upward.directory.internal.ImportProgress;
import com.upward.directory.internal.ImportResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 20,000-row import, measured: check, write, re-import with changes, directory queries and export on a directory
 * of that size. Not part of the normal build (tag "benchmark"); how to run it and the figures: docs/benchmarks.md.
 * Runs on the test database: in-memory H2 by default, MariaDB/MySQL when UPWARD_TEST_DB_URL points there.
 */
@SpringBootTest
@Tag("benchmark")
class EmployeeImportBenchmark {

    static final int ROWS = 20_000;
    static final String PREFIX = "BENCH";
    static final Path RESULTS = Path.of("target", "benchmark-results.txt");

    @Autowired
    EmployeeImportService imports;
    @Autowired
    DirectoryService directory;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> lines = new ArrayList<>();

    @Test
    @WithUserDetails("hr")
    void importTwentyThousandRows() throws IOException {
        String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName() + " "
                + c.getMetaData().getDatabaseProductVersion());
        byte[] file = HrisFileGenerator.generate(PREFIX, ROWS, 42, 0);
        line("database: " + database + "; JDK " + Runtime.version() + "; max heap "
                + mb(Runtime.getRuntime().maxMemory()) + "; file " + String.format("%,d", ROWS) + " rows, "
                + mb(file.length) + "; directory before: " + count("select count(*) from employee") + " employees; load average at start "
                + String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + " on " + Runtime.getRuntime().availableProcessors() + " cores");
        long baseline = heapAfterGc();

        ImportPreview preview = measure("1st import, check (read + validate)",
                () -> imports.preview("bench.csv", ImportFiles.saved(file), ImportOptions.NONE, ImportProgress.NONE));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.created()).isEqualTo(ROWS);
        line("  heap held by the preview (after GC, above baseline): " + mb(heapAfterGc() - baseline));
        var steps = new StepClock();
        ImportResult written = measure("1st import, confirm (re-validate + write 20,000 new)",
                () -> imports.confirm(preview, steps));
        steps.report();
        assertThat(written.created()).isEqualTo(ROWS);
        assertThat(count("select count(*) from employee where employee_number like 'BENCH-%'")).isEqualTo(ROWS);

        byte[] changed = HrisFileGenerator.generate(PREFIX, ROWS, 42, 1);
        ImportPreview second = measure("2nd import, check (2,000 changed, 18,000 unchanged)",
                () -> imports.preview("bench2.csv", ImportFiles.saved(changed),
                        ImportOptions.NONE, ImportProgress.NONE));
        assertThat(second.updated()).isEqualTo(ROWS / 10);
        assertThat(second.unchanged()).isEqualTo(ROWS - ROWS / 10);
        var steps2 = new StepClock();
        measure("2nd import, confirm (re-validate + update 2,000)", () -> imports.confirm(second, steps2));
        steps2.report();

        var page = PageRequest.of(0, 50, Sort.by("lastName", "firstName"));
        measure("grid page: 50 rows by name, no filter, + count",
                () -> directory.findEmployees(EmployeeFilter.ALL, page).getNumberOfElements()
                        + directory.countEmployees(EmployeeFilter.ALL));
        var filtered = new EmployeeFilter("chen", "Engineering", null, 3, 8, "java", true);
        measure("grid page: 50 rows, name + department + level + skill + active, + count",
                () -> directory.findEmployees(filtered, page).getNumberOfElements()
                        + directory.countEmployees(filtered));
        measure("grid page 300 of 50 rows (deep scroll) by level desc",
                () -> directory.findEmployees(EmployeeFilter.ALL,
                        PageRequest.of(300, 50, Sort.by(Sort.Direction.DESC, "jobLevel"))).getNumberOfElements());
        measure("filter options (distinct departments, locations, tags)", () -> directory.filterOptions());
        measure("export the whole directory as CSV", () -> {
            var out = new StringWriter();
            try {
                directory.exportCsv(EmployeeFilter.ALL, out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return out.getBuffer().length();
        });
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, String.join(System.lineSeparator(), lines) + System.lineSeparator() + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @AfterEach
    void removeBenchmarkEmployees() {
        jdbc.update("update employee set manager_id = null where employee_number like 'BENCH-%'");
        jdbc.update("delete from employee where employee_number like 'BENCH-%'");
    }

    /** Wall time of the step, and the highest heap use seen while it ran (sampled every 5 ms). */
    private <T> T measure(String step, Supplier<T> work) {
        heapAfterGc();
        var memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        var sampling = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        T result = work.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampling.set(false);
        sampler.interrupt();
        line(String.format("  %-75s %,7d ms   peak heap %s", step, millis, mb(peak.get())));
        return result;
    }

    /** Splits a confirm into its steps by the progress it reports: when "Writing" starts, checking is over. */
    private final class StepClock implements ImportProgress {
        private long start;
        private long writingFrom;

        @Override
        public void update(Text step, int done, int total) {
            if (start == 0) {
                start = System.nanoTime();
            }
            if (step.equals(ImportProgress.WRITING) && writingFrom == 0) {
                writingFrom = System.nanoTime();
            }
        }

        void report() {
            long end = System.nanoTime();
            line(String.format("    of which re-validate %,d ms, write %,d ms", (writingFrom - start) / 1_000_000,
                    (end - writingFrom) / 1_000_000));
        }
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void line(String text) {
        System.out.println("[benchmark] " + text);
        lines.add(text);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static String mb(long bytes) {
        return String.format("%,d MiB", bytes / (1024 * 1024));
    }
}
