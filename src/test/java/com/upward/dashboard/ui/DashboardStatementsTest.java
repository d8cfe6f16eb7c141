package com.upward.dashboard.ui;

import com.upward.program.ProgramTestData;
import com.upward.testsupport.DataMultiplier;
import com.upward.testsupport.StatementCounting;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import javax.sql.DataSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's home page renders with the same number of SQL statements on the demo data and on ten times the data
 * (ten times the programs, cohorts, people, pairs, check-ins and surveys, see {@link DataMultiplier}), and loads no
 * JPA entity. Statements are counted twice: by Hibernate statistics (JPA) and by a datasource-proxy around the
 * pool, which also sees the JdbcTemplate aggregates the dashboards are built on. Its own in-memory database, as the
 * data grows; the figures are printed for docs/benchmarks.md.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:upward-statements;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "spring.jpa.properties.hibernate.generate_statistics=true"})
@ViewPackages(packages = "com.upward")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext
@Import(StatementCounting.class)
class DashboardStatementsTest extends SpringBrowserlessTest {

    private static final Map<String, Long> DEMO = new ConcurrentHashMap<>();
    private static final Map<String, Long> DEMO_ROWS = new ConcurrentHashMap<>();

    @Autowired
    ProgramTestData data;
    @Autowired
    DataSource dataSource;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Order(1)
    @ParameterizedTest(name = "{0} on the demo data")
    @ValueSource(strings = {"hr", "exec", "mentee", "mentor", "admin"})
    void countOnTheDemoData(String user) {
        long statements = render(user, "demo data");
        assertThat(statements).isPositive();
        DEMO.put(user, statements);
    }

    @Order(2)
    @Test
    void multiplyTheDataTenfold() throws Exception {
        var multiplier = new DataMultiplier(dataSource);
        for (String table : new String[]{"check_in", "cohort", "employee", "mentor_assignment", "survey_answer"}) {
            DEMO_ROWS.put(table, count(table));
        }
        Map<String, Long> after = multiplier.multiply(10);
        DEMO_ROWS.forEach((table, before) -> assertThat(after.get(table)).as(table).isEqualTo(10 * before));
        System.out.println("Tenfold data: " + after);
    }

    @Order(3)
    @ParameterizedTest(name = "{0} on ten times the data")
    @ValueSource(strings = {"hr", "exec", "mentee", "mentor", "admin"})
    void theSameCountOnTenTimesTheData(String user) {
        assertThat(DEMO).as("the demo counts ran first").containsKey(user);
        assertThat(count("check_in")).as("the data was multiplied").isEqualTo(10 * DEMO_ROWS.get("check_in"));
        assertThat(render(user, "10x data")).isEqualTo(DEMO.get(user));
    }

    /** Signs in, opens the home page and returns the statements it ran; no entity may be loaded. */
    private long render(String user, String dataSet) {
        data.signIn(user);
        Statistics hibernate = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        hibernate.clear();
        StatementCounting.reset();
        navigate(HomeView.class);
        long statements = StatementCounting.total();
        System.out.printf("Home of %s on the %s: %d SQL statements (%d select), Hibernate: %d prepared, %d entities "
                        + "loaded, %d collections%n", user, dataSet, statements, StatementCounting.selects(),
                hibernate.getPrepareStatementCount(), hibernate.getEntityLoadCount(),
                hibernate.getCollectionLoadCount());
        assertThat(hibernate.getEntityLoadCount()).as("entities loaded by the home of " + user).isZero();
        assertThat(hibernate.getCollectionLoadCount()).isZero();
        return statements;
    }

    private long count(String table) {
        return new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .queryForObject("select count(*) from " + table, Long.class);
    }
}
