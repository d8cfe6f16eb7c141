package com.upward.testsupport;

import com.upward.directory.Employee;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Consumer;

/**
 * For tests whose threads work as separate sessions: a test transaction cannot be shared between threads, so the
 * running pairs are committed first and removed after each test.
 */
public abstract class CommittedPairsTest {

    @Autowired
    protected RunningPairs running;
    @Autowired
    protected UserDetailsService users;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    private TransactionTemplate transaction;

    private RunningPairs.Run run;

    /** Commits {@code count} running pairs (see {@link RunningPairs#create}). */
    protected RunningPairs.Run commit(int count, Consumer<Employee> mentee) {
        run = transaction.execute(status -> running.create(count, mentee));
        return run;
    }

    @AfterEach
    void removeCommittedData() {
        EventListeners.awaitDone(jdbc);
        if (run != null) {
            running.remove(run);
            run = null;
        }
    }
}
