package com.upward.notification.internal;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ShedLock over the shared database: two schedulers, each with its own lock provider as two app nodes would have,
 * fire the same job at the same moment and it runs once; and the app's jobs do go through the lock.
 */
@SpringBootTest
@Tag("db")
class SchedulerLockTest {

    static final String TEST_JOB = "scheduler-lock-test";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NotificationJobs jobs;
    @Autowired
    Clock clock;

    @AfterEach
    void releaseTheTestLock() {
        jdbc.update("delete from shedlock where name = ?", TEST_JOB);
    }

    LockingTaskExecutor node(String name) {
        return new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().withLockedByValue(name)
                .build()));
    }

    @Test
    void twoSchedulersOnOneDatabaseRunTheJobOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch bothFired = new CountDownLatch(2);
        // the schedulers read the test clock too: the slot is 500 ms after "now", whatever day the test runs on
        var lock = new LockConfiguration(clock.instant(), TEST_JOB, Duration.ofMinutes(1), Duration.ofSeconds(30));
        Instant slot = clock.instant().plusMillis(500);
        List<ThreadPoolTaskScheduler> schedulers = List.of(new ThreadPoolTaskScheduler(),
                new ThreadPoolTaskScheduler());
        try {
            for (int i = 0; i < schedulers.size(); i++) {
                ThreadPoolTaskScheduler scheduler = schedulers.get(i);
                scheduler.setClock(clock);
                scheduler.initialize();
                LockingTaskExecutor node = node("node-" + i);
                scheduler.schedule(() -> {
                    try {
                        node.executeWithLock((Runnable) () -> {
                            runs.incrementAndGet();
                            sleep(300);
                        }, lock);
                    } finally {
                        bothFired.countDown();
                    }
                }, slot);
            }
            assertThat(bothFired.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            schedulers.forEach(ThreadPoolTaskScheduler::shutdown);
        }
        assertThat(runs).hasValue(1);
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class, TEST_JOB))
                .startsWith("node-");

        // the same slot a moment later (a node whose clock is a little behind): still held for lockAtLeastFor
        node("node-late").executeWithLock((Runnable) runs::incrementAndGet, lock);
        assertThat(runs).hasValue(1);
    }

    @Test
    void theAppsJobsRunUnderTheirLock() {
        assertThat(AopUtils.isAopProxy(jobs)).isTrue();
        jobs.sendOutbox();
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class,
                NotificationJobs.OUTBOX)).isOne();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
