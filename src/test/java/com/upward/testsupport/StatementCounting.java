package com.upward.testsupport;

import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;


/**
 * Import into a test to count every JDBC statement (JPA and JdbcTemplate alike): wraps the pool in a
 * datasource-proxy, which also logs statements slower than {@link #SLOW_MS} ms. {@link #reset()} before the code under test, {@link #total()} and {@link #selects()} after.
 */
@TestConfiguration
public class StatementCounting {

    private static final String COUNTED = "counted";
    /** Statements slower than this are logged with their SQL, to find what a slow view waits for. */
    private static final long SLOW_MS = 40;
    private static final Logger log = LoggerFactory.getLogger(StatementCounting.class);

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && name.equals("dataSource")
                        ? ProxyDataSourceBuilder.create(dataSource).name(COUNTED).countQuery()
                        .afterQuery((execution, queries) -> {
                            if (execution.getElapsedTime() >= SLOW_MS) {
                                log.warn("Slow statement, {} ms: {}", execution.getElapsedTime(),
                                        queries.getFirst().getQuery().replaceAll("\\s+", " "));
                            }
                        }).build() : bean;
            }
        };
    }

    public static void reset() {
        QueryCountHolder.clear();
    }

    public static long total() {
        QueryCount count = QueryCountHolder.get(COUNTED);
        return count == null ? 0 : count.getTotal();
    }

    public static long selects() {
        QueryCount count = QueryCountHolder.get(COUNTED);
        return count == null ? 0 : count.getSelect();
    }
}
