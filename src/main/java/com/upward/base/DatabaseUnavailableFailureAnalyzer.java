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
import java.util.regex.Pattern;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Turns "the database cannot be reached" into one clear start-up message naming the JDBC URL, instead of a
 * page of nested bean-creation stack traces. Registered in {@code META-INF/spring.factories}; Spring Boot's
 * {@code FailureAnalyzers} passes the {@link Environment} to the constructor.
 *
 * <p>It answers only when the cause chain shows both a JDBC/pool/migration layer (a {@link SQLException},
 * Hikari, Flyway or Spring JDBC) and a connection failure: SQLState class 08 (connection exception) or 28
 * (invalid authorization), MySQL's "unknown database", the driver's communications exceptions, or a refused,
 * unroutable or unresolvable host. Anything else is left to the other analyzers.
 */
public class DatabaseUnavailableFailureAnalyzer implements FailureAnalyzer, Ordered {

    static final String URL_PROPERTY = "spring.datasource.url";

    private static final int MYSQL_UNKNOWN_DATABASE = 1049;
    private static final Set<String> CONNECTION_EXCEPTION_TYPES = Set.of(
            "com.mysql.cj.jdbc.exceptions.CommunicationsException",
            "com.mysql.cj.exceptions.CJCommunicationsException",
            "com.mysql.cj.exceptions.UnableToConnectException",
            "org.flywaydb.core.internal.exception.sqlExceptions.FlywaySqlUnableToConnectToDbException");
    private static final List<String> JDBC_LAYER_PACKAGES = List.of(
            "com.zaxxer.hikari.", "org.flywaydb.", "org.springframework.jdbc.", "com.mysql.", "org.mariadb.");
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;)]*");
    private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/:@]+:)[^/@]*@");

    private final Environment environment;

    public DatabaseUnavailableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        List<Throwable> chain = causeChain(failure);
        if (chain.stream().noneMatch(DatabaseUnavailableFailureAnalyzer::isJdbcLayer)
                || chain.stream().noneMatch(DatabaseUnavailableFailureAnalyzer::isConnectionFailure)) {
            return null;
        }
        String url = environment.getProperty(URL_PROPERTY);
        String where = url == null || url.isBlank() ? "" : " at " + maskCredentials(url.strip());
        String description = "Cannot connect to the database" + where + ": " + reason(chain)
                + ". Check DB_URL, DB_USER and DB_PASSWORD.";
        String action = "Make sure the database server is running and reachable from this machine, and that "
                + "DB_URL (spring.datasource.url), DB_USER and DB_PASSWORD name it, an existing database and a "
                + "user that may log in. To try Upward without a database server, start it without the 'mysql' "
                + "profile: it then uses the embedded H2 database under ./data.";
        return new FailureAnalysis(description, action, failure);
    }

    /** Ahead of Boot's generic analyzers: when the database is unreachable, that is the story to tell. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static List<Throwable> causeChain(Throwable failure) {
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

    /** The innermost cause says what actually went wrong ("Connection refused", "Access denied ..."). */
    private static String reason(List<Throwable> chain) {
        Throwable root = chain.getLast();
        String message = firstLine(root.getMessage());
        if (message.isEmpty()) {
            message = root.getClass().getSimpleName();
        }
        return root instanceof UnknownHostException ? "Unknown host " + message : message;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line; // the description adds its own
    }

    static String maskCredentials(String url) {
        String masked = URL_PASSWORD.matcher(url).replaceAll("$1****");
        return URL_USER_INFO.matcher(masked).replaceAll("$1****@");
    }
}
