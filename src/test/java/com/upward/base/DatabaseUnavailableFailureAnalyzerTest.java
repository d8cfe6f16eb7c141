package com.upward.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.List;

import com.mysql.cj.exceptions.CJCommunicationsException;
import com.mysql.cj.jdbc.exceptions.CommunicationsException;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.internal.exception.FlywaySqlException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class DatabaseUnavailableFailureAnalyzerTest {

    private static final String URL = "jdbc:mysql://nohost:3306/upward";
    private static final String LINK_FAILURE = "Communications link failure\n\nThe last packet sent successfully to "
            + "the server was 0 milliseconds ago. The driver has not received any packets from the server.";

    private final DatabaseUnavailableFailureAnalyzer analyzer = analyzerFor(URL);

    @Test
    void realFlywayStartAgainstAClosedPortIsExplained() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:mysql://127.0.0.1:" + closedPort + "/upward";
        Throwable failure;
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(url);
            dataSource.setUsername("upward");
            dataSource.addDataSourceProperty("connectTimeout", "5000");
            failure = catchThrowable(() -> Flyway.configure().dataSource(dataSource).load().migrate());
        }
        assertThat(failure).isNotNull();

        FailureAnalysis analysis = analyzerFor(url).analyze(startUpFailure("flywayInitializer", failure));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).isEqualTo("Cannot connect to the database at " + url
                + ": Connection refused. Check DB_URL, DB_USER and DB_PASSWORD.");
    }

    @Test
    void connectionRefusedBehindFlywayAndTheDriver() {
        Throwable failure = startUpFailure("flywayInitializer", new FlywaySqlException(
                "Unable to obtain connection from database: " + LINK_FAILURE,
                driverFailure(new ConnectException("Connection refused"))));

        FailureAnalysis analysis = analyzer.analyze(failure);

        assertThat(analysis.getDescription()).isEqualTo("Cannot connect to the database at "
                + "jdbc:mysql://nohost:3306/upward: Connection refused. Check DB_URL, DB_USER and DB_PASSWORD.");
        assertThat(analysis.getAction()).contains("DB_URL (spring.datasource.url)", "without the 'mysql' profile");
        assertThat(analysis.getCause()).isSameAs(failure);
    }

    @Test
    void unknownHostBehindTheConnectionPool() {
        Throwable failure = startUpFailure("entityManagerFactory", new HikariPool.PoolInitializationException(
                driverFailure(new UnknownHostException("nohost: Name or service not known"))));

        assertThat(analyzer.analyze(failure).getDescription()).isEqualTo("Cannot connect to the database at "
                + "jdbc:mysql://nohost:3306/upward: Unknown host nohost: Name or service not known. "
                + "Check DB_URL, DB_USER and DB_PASSWORD.");
    }

    @Test
    void connectionStateWithoutASocketCause() {
        Throwable failure = startUpFailure("flywayInitializer", new FlywaySqlException(
                "Unable to obtain connection from database",
                new java.sql.SQLNonTransientConnectionException(
                        "Could not create connection to database server.\nAttempted reconnect 3 times.", "08001")));

        assertThat(analyzer.analyze(failure).getDescription()).isEqualTo("Cannot connect to the database at "
                + "jdbc:mysql://nohost:3306/upward: Could not create connection to database server. "
                + "Check DB_URL, DB_USER and DB_PASSWORD.");
    }

    @Test
    void wrongPasswordIsAConnectionFailureToo() {
        Throwable failure = startUpFailure("flywayInitializer", new FlywaySqlException(
                "Unable to obtain connection from database",
                new SQLException("Access denied for user 'upward'@'172.18.0.3' (using password: YES)", "28000", 1045)));

        assertThat(analyzer.analyze(failure).getDescription()).isEqualTo("Cannot connect to the database at "
                + "jdbc:mysql://nohost:3306/upward: Access denied for user 'upward'@'172.18.0.3' (using password: YES). "
                + "Check DB_URL, DB_USER and DB_PASSWORD.");
    }

    @Test
    void missingDatabaseIsAConnectionFailureToo() {
        Throwable failure = startUpFailure("flywayInitializer",
                new SQLSyntaxErrorException("Unknown database 'upward'", "42000", 1049));

        assertThat(analyzer.analyze(failure).getDescription()).isEqualTo("Cannot connect to the database at "
                + "jdbc:mysql://nohost:3306/upward: Unknown database 'upward'. Check DB_URL, DB_USER and DB_PASSWORD.");
    }

    @Test
    void passwordsInTheUrlAreNotPrinted() {
        DatabaseUnavailableFailureAnalyzer withSecrets =
                analyzerFor("jdbc:mysql://upward:s3cret@db:3306/upward?user=upward&password=s3cret&useSSL=false");

        String description = withSecrets.analyze(startUpFailure("flywayInitializer",
                driverFailure(new ConnectException("Connection refused")))).getDescription();

        assertThat(description).isEqualTo("Cannot connect to the database at "
                + "jdbc:mysql://upward:****@db:3306/upward?user=upward&password=****&useSSL=false: "
                + "Connection refused. Check DB_URL, DB_USER and DB_PASSWORD.")
                .doesNotContain("s3cret");
    }

    @Test
    void withoutAConfiguredUrlTheMessageStillReadsWell() {
        String description = new DatabaseUnavailableFailureAnalyzer(new MockEnvironment())
                .analyze(driverFailure(new ConnectException("Connection refused"))).getDescription();

        assertThat(description)
                .isEqualTo("Cannot connect to the database: Connection refused. Check DB_URL, DB_USER and DB_PASSWORD.");
    }

    @Test
    void unrelatedFailuresAreLeftToOtherAnalyzers() {
        assertThat(analyzer.analyze(new IllegalStateException("boom"))).isNull();
        assertThat(analyzer.analyze(startUpFailure("mainLayout", new IllegalArgumentException("no route")))).isNull();
        // A SQL error that is not about connecting (a missing table while validating the schema).
        assertThat(analyzer.analyze(startUpFailure("entityManagerFactory",
                new SQLSyntaxErrorException("Table 'upward.employee' doesn't exist", "42S02", 1146)))).isNull();
        // A refused connection that has nothing to do with the database (the mail server, say).
        assertThat(analyzer.analyze(startUpFailure("mailSender", new UncheckedIOException(
                "Could not reach smtp.example.com:25", new ConnectException("Connection refused"))))).isNull();
    }

    @Test
    void causeCyclesDoNotHangTheAnalysis() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.initCause(second);

        assertThat(analyzer.analyze(first)).isNull();
    }

    @Test
    void springBootFindsItInSpringFactoriesAndGivesItTheEnvironment() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", URL);
        ArgumentResolver arguments = ArgumentResolver.of(Environment.class, environment)
                .and(BeanFactory.class, new DefaultListableBeanFactory());

        List<FailureAnalyzer> analyzers = SpringFactoriesLoader
                .forDefaultResourceLocation(getClass().getClassLoader())
                .load(FailureAnalyzer.class, arguments, FailureHandler.handleMessage((message, failure) -> { }));

        assertThat(analyzers.getFirst()).isInstanceOf(DatabaseUnavailableFailureAnalyzer.class);
        assertThat(analyzers.getFirst().analyze(driverFailure(new ConnectException("Connection refused")))
                .getDescription()).startsWith("Cannot connect to the database at " + URL + ": ");
    }

    private static DatabaseUnavailableFailureAnalyzer analyzerFor(String url) {
        return new DatabaseUnavailableFailureAnalyzer(new MockEnvironment().withProperty("spring.datasource.url", url));
    }

    /** What Connector/J throws when the socket cannot be opened: 08S01 over its internal exception over the cause. */
    private static SQLException driverFailure(Exception socketFailure) {
        return new CommunicationsException(LINK_FAILURE, new CJCommunicationsException(LINK_FAILURE, socketFailure));
    }

    /** How Spring wraps a failing bean during refresh, as it reaches the failure analyzers. */
    private static BeanCreationException startUpFailure(String beanName, Throwable cause) {
        return new BeanCreationException(beanName, "Invocation of init method failed", cause);
    }
}
