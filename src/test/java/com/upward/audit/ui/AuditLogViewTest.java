package com.upward.audit.ui;

import com.upward.program.ProgramTestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit view: the demo's events in a lazy grid, filters that narrow it, the empty state. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgramTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorFiltersTheLog() {
        data.signIn("admin");
        AuditLogView view = navigate(AuditLogView.class);
        long all = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        assertThat(all).isPositive();
        assertThat(test(view.grid).size()).isEqualTo((int) all);

        String actor = jdbc.queryForObject("select actor from audit_event order by id limit 1", String.class);
        long byActor = jdbc.queryForObject("select count(*) from audit_event where actor = ?", Long.class, actor);
        test(view.actor).selectItem(actor);
        assertThat(test(view.grid).size()).isEqualTo((int) byActor);
        assertThat(view.total.getText()).isEqualTo(byActor == 1 ? "1 event"
                : String.format(Locale.ENGLISH, "%,d events", byActor));
        for (int row = 0; row < test(view.grid).size(); row++) {
            assertThat(test(view.grid).getCellText(row, 1)).isEqualTo(actor);
        }

        view.from.setValue(LocalDate.of(2099, 1, 1));
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.total.getText()).isEqualTo("0 events");
    }
}
