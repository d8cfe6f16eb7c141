package com.upward.testsupport;

import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;

/**
 * Import into a test to count every JDBC statement (JPA and JdbcTemplate alike): wraps the pool in a
 * datasource-proxy. {@link #reset()} before the code under test, {@link #total()} and {@link #selects()} after.
 */
@TestConfiguration
public class StatementCounting {

    private static final String COUNTED = "counted";

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && name.equals("dataSource")
                        ? ProxyDataSourceBuilder.create(dataSource).name(COUNTED).countQuery().build() : bean;
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
