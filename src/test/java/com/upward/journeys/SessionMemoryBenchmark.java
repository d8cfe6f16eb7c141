package com.upward.journeys;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retained heap per signed-in user (issue 10): for each main view, {@link #SESSIONS} real browser sessions in
 * Chromium sign in and open the view, and stay open (closing a tab makes Vaadin drop its UI at once); the server's
 * heap after a full GC, minus the heap before they signed in, divided by the sessions. Measured twice: at once,
 * while each browser's keep-alive connections (and Tomcat's buffers for them) are still open, and once those have
 * closed after {@link #KEEP_ALIVE} idle, which is what a signed-in user who is reading holds. The browsers are
 * driven from a Node process ({@link NodeSessions}), so this JVM holds only the server. Runs on the test database: the demo data on H2, or the large data set on MariaDB
 * (docs/benchmarks.md).
 */
@Tag("benchmark")
@TestPropertySource(properties = "server.tomcat.keep-alive-timeout=" + SessionMemoryBenchmark.KEEP_ALIVE)
class SessionMemoryBenchmark extends JourneyTest {

    /** Tomcat closes an idle keep-alive connection after this; the benchmark waits it out (plus a margin). */
    static final String KEEP_ALIVE = "10s";
    static final Duration IDLE = Duration.ofSeconds(13);

    static final int SESSIONS = Integer.getInteger("sessions", 50);
    static final long TARGET_BYTES = 100 * 1024;

    record View(String name, String user, String path) {
    }

    /** Per session: with the connections open, and after they closed. */
    record Bytes(double open, double idle) {
    }

    @Autowired
    MeterRegistry meters;

    @Test
    void retainedHeapPerSignedInUserOnTheMainViews() throws Exception {
        long cohort = journeyJdbc.queryForObject("""
                select e.cohort_id from enrollment e join cohort c on c.id = e.cohort_id
                where c.status = 'ACTIVE' and e.side = 'MENTEE' group by e.cohort_id order by count(*) desc, e.cohort_id
                limit 1""", Long.class);
        String mentee = journeyJdbc.queryForObject("select count(*) from app_user where username = 'scale.mentee'",
                Long.class) > 0 ? "scale.mentee" : "mentee";
        long checkIn = journeyJdbc.queryForObject("""
                select max(ci.id) from check_in ci join enrollment e on e.id = ci.enrollment_id
                join app_user u on u.employee_id = e.employee_id join cohort c on c.id = e.cohort_id
                where u.username = ? and c.status = 'ACTIVE' and ci.status in ('DUE', 'DRAFT')""", Long.class, mentee);
        List<View> views = List.of(
                new View("home (hr)", "hr", ""),
                new View("home (exec)", "exec", ""),
                new View("employee directory (hr)", "hr", "employees"),
                new View("cohort page (hr)", "hr", "cohorts/" + cohort),
                new View("matching board (hr)", "hr", "cohorts/" + cohort + "/matching"),
                new View("my check-ins (" + mentee + ")", mentee, "checkins"),
                new View("check-in form (" + mentee + ")", mentee, "checkins/" + checkIn),
                new View("my goals (" + mentee + ")", mentee, "goals"))
                .stream().filter(SessionMemoryBenchmark::chosen).toList();

        NodeSessions.installDriver();
        for (View view : views) {  // fills the caches every session shares (query plans, home figures, classes)
            NodeSessions.open(url(""), view.user(), view.path(), 1).close();
        }
        // one batch not reported: the first batch after start also fills pools and buffers that one session leaves
        // alone, and a run of one view read below zero without it
        bytesPerSession(views.getFirst(), false);
        report("%d sessions per view, browsers driven from Node; cohort %d, mentee %s"
                .formatted(SESSIONS, cohort, mentee));
        double heaviest = 0;
        for (View view : views) {
            Bytes perSession = bytesPerSession(view, true);
            heaviest = Math.max(heaviest, perSession.idle());
            report("%-32s %7.1f KB per signed-in user (%.1f KB while its connections are open)".formatted(
                    view.name(), perSession.idle() / 1024, perSession.open() / 1024));
        }
        report("heaviest %.1f KB, target %d KB".formatted(heaviest / 1024, TARGET_BYTES / 1024));
        assertThat(heaviest).as("retained heap per user on the heaviest view, bytes").isLessThan(TARGET_BYTES);
    }

    /** With -Dviews=directory,matching only the views whose names hold one of the words are measured. */
    private static boolean chosen(View view) {
        String chosen = System.getProperty("views", "");
        return chosen.isBlank() || java.util.Arrays.stream(chosen.split(",")).anyMatch(view.name()::contains);
    }

    private Bytes bytesPerSession(View view, boolean dump) throws Exception {
        forgetFailedSignIns();
        double before = activeSessions();
        long heapBefore = usedHeapAfterGc();
        try (var sessions = NodeSessions.open(url(""), view.user(), view.path(), SESSIONS)) {
            long heapOpen = usedHeapAfterGc();
            Thread.sleep(IDLE.toMillis());
            long heapIdle = usedHeapAfterGc();
            assertThat(activeSessions() - before).as("new server sessions").isGreaterThanOrEqualTo(SESSIONS);
            if (dump) {
                dumpHeap(view);
            }
            return new Bytes((heapOpen - heapBefore) / (double) SESSIONS,
                    (heapIdle - heapBefore) / (double) SESSIONS);
        }
    }

    /** With -Dheapdumps=DIR, a heap dump per view for scripts/heap/SessionHeap.java (docs/benchmarks.md). */
    private static void dumpHeap(View view) throws IOException {
        String dir = System.getProperty("heapdumps");
        if (dir != null && !dir.isBlank()) {
            Files.createDirectories(Path.of(dir));
            String file = view.name().replaceAll("[^A-Za-z0-9]+", "-") + ".hprof";
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .dumpHeap(Path.of(dir, file).toAbsolutePath().toString(), true);
        }
    }

    private double activeSessions() {
        return meters.get("tomcat.sessions.active.current").gauge().value();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void report(String text) throws IOException {
        System.out.println("SessionMemoryBenchmark: " + text);
        Files.writeString(Path.of("target", "benchmark-results.txt"), "SessionMemoryBenchmark " + text
                + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
