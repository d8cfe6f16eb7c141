package com.upward.base;

import com.upward.directory.Employee;
import com.upward.testsupport.Fixtures;
import com.upward.testsupport.TestTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instants are stored as UTC wall-clock time whatever the time zone of the server or of the database session, as
 * the plain-SQL readers (reports, audit log, demo data) expect; and entity timestamps come from the app's clock.
 * Hibernate's default binds an Instant as a TIMESTAMP WITH TIME ZONE, which H2 turns into the session's local time
 * in a DATETIME column: on a server outside UTC every timestamp written through JPA was hours off.
 */
@Tag("db")
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class InstantStorageTest {

    private static final Instant AT = Instant.parse("2027-03-28T01:30:15.123456Z");

    @Autowired
    TestEntityManager em;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInstantIsStoredAsUtcWallClockTimeInAnyZone() {
        boolean h2 = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName())
                .contains("H2");
        if (h2) {
            // the session of this test's transaction as a server in Tokyo would have it (UTC+9)
            jdbc.execute("SET TIME ZONE 'Asia/Tokyo'");
        }
        try {
            TestTime.clock().stop();
            TestTime.clock().setTo(AT);
            Employee employee = em.persistAndFlush(Fixtures.newEmployee());

            assertThat(jdbc.queryForObject("select created_at from employee where id = ?", LocalDateTime.class,
                    employee.getId())).isEqualTo(LocalDateTime.parse("2027-03-28T01:30:15.123456"));
            em.clear();
            assertThat(em.find(Employee.class, employee.getId()).getCreatedAt()).isEqualTo(AT);
        } finally {
            if (h2) {
                jdbc.execute("SET TIME ZONE LOCAL");
            }
        }
    }
}
