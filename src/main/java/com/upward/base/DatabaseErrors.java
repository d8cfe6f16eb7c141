package com.upward.base;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises "the database cannot be reached" in an exception's cause chain: at start-up (the failure analyzer) and
 * while the app runs (the UI's error handling tells the user to try again in a moment).
 *
 * <p>Either Spring or Hibernate already named it (resource failure, no transaction could begin, no JDBC
 * connection), or the chain shows both a JDBC/pool/migration layer and a connection failure: SQLState class 08
 * (connection exception) or 28 (invalid authorization), MySQL's "unknown database", the driver's communications
 * exceptions, or a refused, unroutable or unresolvable host. An unreachable mail server is not a database outage.
 */
public final class DatabaseErrors {

    private static final int MYSQL_UNKNOWN_DATABASE = 1049;
    private static final List<Class<? extends Throwable>> NAMED_OUTAGES = List.of(
            DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            CannotCreateTransactionException.class, JDBCConnectionException.class);
    private static final Set<String> CONNECTION_EXCEPTION_TYPES = Set.of(
            "com.mysql.cj.jdbc.exceptions.CommunicationsException",
            "com.mysql.cj.exceptions.CJCommunicationsException",
            "com.mysql.cj.exceptions.UnableToConnectException",
            "org.flywaydb.core.internal.exception.sqlExceptions.FlywaySqlUnableToConnectToDbException");
    private static final List<String> JDBC_LAYER_PACKAGES = List.of(
            "com.zaxxer.hikari.", "org.flywaydb.", "org.springframework.jdbc.", "com.mysql.", "org.mariadb.");

    private DatabaseErrors() {
    }

    public static boolean isUnavailable(Throwable failure) {
        List<Throwable> chain = causeChain(failure);
        if (chain.stream().anyMatch(t -> NAMED_OUTAGES.stream().anyMatch(type -> type.isInstance(t)))) {
            return true;
        }
        return chain.stream().anyMatch(DatabaseErrors::isJdbcLayer)
                && chain.stream().anyMatch(DatabaseErrors::isConnectionFailure);
    }

    /** The failure and its causes, outermost first; a cause cycle ends the list. */
    public static List<Throwable> causeChain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static boolean isJdbcLayer(Throwable t) {
        if (t instanceof SQLException) {
            return true;
        }
        String name = t.getClass().getName();
        return JDBC_LAYER_PACKAGES.stream().anyMatch(name::startsWith);
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLNonTransientConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLInvalidAuthorizationSpecException || t instanceof ConnectException
                || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                || CONNECTION_EXCEPTION_TYPES.contains(t.getClass().getName())) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state != null && (state.startsWith("08") || state.startsWith("28")
                    || ("42000".equals(state) && sql.getErrorCode() == MYSQL_UNKNOWN_DATABASE));
        }
        return false;
    }
}
