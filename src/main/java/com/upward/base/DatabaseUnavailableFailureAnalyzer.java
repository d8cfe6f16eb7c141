package com.upward.base;

import java.net.UnknownHostException;
import java.util.List;
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
 * <p>It answers only when {@link DatabaseErrors#isUnavailable} recognises a connection failure in the cause chain;
 * anything else is left to the other analyzers.
 */
public class DatabaseUnavailableFailureAnalyzer implements FailureAnalyzer, Ordered {

    static final String URL_PROPERTY = "spring.datasource.url";

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;)]*");
    private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/:@]+:)[^/@]*@");

    private final Environment environment;

    public DatabaseUnavailableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        if (!DatabaseErrors.isUnavailable(failure)) {
            return null;
        }
        String url = environment.getProperty(URL_PROPERTY);
        String where = url == null || url.isBlank() ? "" : " at " + maskCredentials(url.strip());
        String description = "Cannot connect to the database" + where + ": " + reason(DatabaseErrors.causeChain(failure))
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
