package com.upward.demo;

import com.upward.program.ProgramTestData;
import com.upward.reporting.CachedFigures;
import com.upward.reporting.DashboardFigures;
import com.upward.testsupport.StatementCounting;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server-side time of the first render and SQL statements of the main views, on the demo data and then on the
 * {@link LargeDataSet} (issue 10): each view is opened as its user with Vaadin Browserless (navigation plus one
 * round trip, so attach and before-client-response work is included; no browser paint), {@link #WARM_UP} times to
 * warm up, then {@link #RUNS} times, each after navigating away, reporting the median and the statements of the
 * last run. The home figures' cache runs with the production settings: the homes are measured warm (the figures
 * cached, as for every view but the first in a few minutes) and cold (the cache emptied before each render, so the
 * figures are computed). Needs an empty MariaDB database (the large data is committed); see docs/benchmarks.md.
 */
@SpringBootTest(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
        "upward.dashboard.figures-refresh-after=PT1M", "upward.dashboard.figures-max-age=PT5M"})
@ViewPackages(packages = "com.upward")
@Import(StatementCounting.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("benchmark")
class ViewRenderBenchmark extends SpringBrowserlessTest {

    static final int WARM_UP = 3;
    static final int RUNS = 7;
    static final long TARGET_MS = 300;
    /** Statements per view on the demo data, to compare with the large data. */
    private static final Map<String, Long> DEMO = new LinkedHashMap<>();

    /** {@code cold}: the home figures computed on each render; reported beside the target, not held to it. */
    record Measure(String view, double medianMs, double maxMs, long statements, long entities, boolean cold) {
        boolean overTarget() {
            return !cold && medianMs > TARGET_MS;
        }
    }

    @Autowired
    ProgramTestData data;
    @Autowired
    DataSource dataSource;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    Clock clock;
    @Autowired
    DashboardFigures figures;

    @Test
    @Order(1)
    void onTheDemoData() throws Exception {
        var jdbc = new JdbcTemplate(dataSource);
        if (jdbc.queryForObject("select count(*) from employee where id >= ?", Long.class,
                LargeDataSet.ID_BASE) > 0) {
            report("demo data: not measured, the database holds the large data set already (use an empty one)");
            return;
        }
        long cohort = jdbc.queryForObject("select min(id) from cohort where status = 'ACTIVE'", Long.class);
        for (Measure m : measureAll(cohort, "mentee")) {
            DEMO.put(m.view(), m.statements());
            report("demo data  " + line(m));
        }
    }

    @Test
    @Order(2)
    void onTheLargeDataSet() throws Exception {
        LargeDataSet.ensureLoaded(dataSource, clock);
        long cohort = LargeDataSet.ID_BASE + LargeCohorts.LARGE_COHORT;
        List<String> misses = new ArrayList<>();
        for (Measure m : measureAll(cohort, LargeDataSet.MENTEE_USERNAME)) {
            Long demo = DEMO.get(m.view());
            report("large data " + line(m) + (demo == null ? "" : ", demo data " + demo + " statements"));
            if (m.overTarget()) {
                misses.add(m.view() + " median " + Math.round(m.medianMs()) + " ms");
            }
            if (demo != null && demo != m.statements()) {
                misses.add(m.view() + " " + m.statements() + " statements (demo data " + demo + ")");
            }
        }
        report("targets missed: " + (misses.isEmpty() ? "none" : misses));
        assertThat(misses).as("views over %d ms or with more statements than on the demo data", TARGET_MS).isEmpty();
    }

    private List<Measure> measureAll(long cohort, String mentee) throws Exception {
        CachedFigures.clear(figures);  // the demo data's figures must not stand for the large data's
        List<Measure> measures = new ArrayList<>();
        measures.add(measure("employee directory (hr)", "hr", "employees", "directory.ui.EmployeesView"));
        measures.add(measure("cohort page (hr)", "hr", "cohorts/" + cohort, "program.ui.CohortView"));
        measures.add(measure("matching board (hr)", "hr", "cohorts/" + cohort + "/matching",
                "matching.ui.MatchingBoardView"));
        measures.add(measure("my check-ins (mentee)", mentee, "checkins", "checkin.ui.MyCheckInsView"));
        measures.add(measure("home (hr)", "hr", "", "dashboard.ui.HomeView"));
        measures.add(measure("home (exec)", "exec", "", "dashboard.ui.HomeView"));
        measures.add(measure("home (hr), figures cold", "hr", "", "dashboard.ui.HomeView", true));
        measures.add(measure("home (exec), figures cold", "exec", "", "dashboard.ui.HomeView", true));
        measures.add(measure("home (mentee)", mentee, "", "dashboard.ui.HomeView"));
        return measures;
    }

    private Measure measure(String view, String user, String location, String viewClass) throws Exception {
        return measure(view, user, location, viewClass, false);
    }

    /** {@code cold}: the figures' cache is emptied before each render. */
    private Measure measure(String view, String user, String location, String viewClass, boolean cold)
            throws Exception {
        // the views are package-private in their feature packages
        @SuppressWarnings("unchecked")
        Class<? extends Component> type = (Class<? extends Component>) Class.forName("com.upward." + viewClass);
        Class<? extends Component> away = Class.forName("com.upward.notification.ui.NotificationsView")
                .asSubclass(Component.class);
        data.signIn(user);
        Statistics hibernate = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        double[] ms = new double[RUNS];
        long statements = 0;
        long entities = 0;
        for (int run = -WARM_UP; run < RUNS; run++) {
            navigate("notifications", away);  // a new instance of the view each time
            if (cold) {
                CachedFigures.clear(figures);
            }
            hibernate.clear();
            StatementCounting.reset();
            long start = System.nanoTime();
            navigate(location, type);
            roundTrip();
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (run >= 0) {
                ms[run] = elapsed;
                statements = StatementCounting.total();
                entities = hibernate.getEntityLoadCount();
            }
        }
        java.util.Arrays.sort(ms);
        return new Measure(view, ms[RUNS / 2], ms[RUNS - 1], statements, entities, cold);
    }

    private static String line(Measure m) {
        return "%-32s median %6.1f ms, max %6.1f ms, %3d statements, %5d entities loaded%s".formatted(m.view(),
                m.medianMs(), m.maxMs(), m.statements(), m.entities(), m.overTarget() ? "  OVER TARGET" : "");
    }

    private static void report(String text) throws IOException {
        System.out.println("ViewRenderBenchmark: " + text);
        Files.writeString(Path.of("target", "benchmark-results.txt"), "ViewRenderBenchmark " + text
                + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
