package com.upward.testsupport;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app's connection pool with a switch for a database that goes away, as the JDBC layer reports it: while
 * {@link #begin() down}, taking a connection fails as Hikari's does when its connection-timeout passes with the
 * server stopped; {@link #loseConnectionAtWrite(int)} makes the n-th insert, update or delete from now fail as a
 * connection reset in the middle of a transaction does. Import {@link Config} and cast the context's DataSource.
 * (A real server rolls back the open transaction of a lost connection; here the connection stays usable, so the
 * application's own rollback has to do it, which is the part under test.)
 */
public final class DatabaseOutage extends DelegatingDataSource {

    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger writesUntilLoss = new AtomicInteger(-1);

    private DatabaseOutage(DataSource pool) {
        super(pool);
    }

    public static DatabaseOutage of(DataSource dataSource) {
        return (DatabaseOutage) dataSource;
    }

    public void begin() {
        down.set(true);
    }

    public void end() {
        down.set(false);
        writesUntilLoss.set(-1);
    }

    public void loseConnectionAtWrite(int n) {
        writesUntilLoss.set(n);
    }

    /** Whether the write armed by {@link #loseConnectionAtWrite(int)} was reached (and failed). */
    public boolean lostTheConnection() {
        return writesUntilLoss.get() == 0;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (down.get()) {
            throw new SQLTransientConnectionException(
                    "HikariPool-1 - Connection is not available, request timed out after 3000ms", "08000",
                    new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3306. "
                            + "Connection refused", "08000"));
        }
        Connection connection = super.getConnection();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql
                            && isWrite(sql) && writesUntilLoss.get() > 0 && writesUntilLoss.decrementAndGet() == 0) {
                        throw new SQLNonTransientConnectionException("(conn=7) Connection reset", "08S01");
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static boolean isWrite(String sql) {
        String verb = sql.strip().toLowerCase(Locale.ROOT);
        return verb.startsWith("insert") || verb.startsWith("update") || verb.startsWith("delete");
    }

    @TestConfiguration
    public static class Config {
        @Bean
        static BeanPostProcessor databaseOutageSwitch() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource pool && name.equals("dataSource") ? new DatabaseOutage(pool)
                            : bean;
                }
            };
        }
    }
}
