package com.upward.base;

import com.zaxxer.hikari.pool.HikariPool;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures of a running app mean "the database is down" (and so "try again in a moment"). */
class DatabaseErrorsTest {

    @Test
    void noConnectionFromThePoolWhenATransactionBegins() {
        // what Spring throws when Hikari's connection-timeout passes with the database stopped
        var pool = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 3001ms", "08000",
                new SQLNonTransientConnectionException("Socket fail to connect to localhost:3306. Connection refused",
                        "08000", new ConnectException("Connection refused")));
        assertThat(DatabaseErrors.isUnavailable(
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction", pool)))
                .isTrue();
    }

    @Test
    void springAndHibernateNamesForALostDatabase() {
        assertThat(DatabaseErrors.isUnavailable(new DataAccessResourceFailureException("database gone"))).isTrue();
        assertThat(DatabaseErrors.isUnavailable(new IllegalStateException("wrapped",
                new JDBCConnectionException("could not execute statement", new SQLException("reset"))))).isTrue();
    }

    @Test
    void aConnectionLostInTheMiddleOfAStatement() {
        var lost = new SQLNonTransientConnectionException("(conn=42) Connection reset", "08S01");
        assertThat(DatabaseErrors.isUnavailable(new JpaSystemException(new RuntimeException("commit", lost))))
                .isTrue();
    }

    @Test
    void thePoolCannotStartBecauseTheHostRefuses() {
        assertThat(DatabaseErrors.isUnavailable(new HikariPool.PoolInitializationException(
                new SQLException("Could not connect", new ConnectException("Connection refused"))))).isTrue();
    }

    @Test
    void otherFailuresAreNotAnOutage() {
        assertThat(DatabaseErrors.isUnavailable(new IllegalStateException("boom"))).isFalse();
        assertThat(DatabaseErrors.isUnavailable(new DataIntegrityViolationException("duplicate",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))).isFalse();
        // a refused connection to the mail server is no JDBC failure
        assertThat(DatabaseErrors.isUnavailable(new UncheckedIOException("smtp",
                new ConnectException("Connection refused")))).isFalse();
    }
}
