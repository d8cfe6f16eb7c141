package com.upward.base.ui;

import com.upward.program.ProgramTestData;
import com.upward.testsupport.RenderedUi;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route that takes an id, with ids of the wrong type or out of range typed into the address bar: the page
 * says the record was not found, as text, and nothing fails.
 */
@SpringBootTest
@ViewPackages(packages = "com.upward")
@Transactional
class RouteParametersFuzzTest extends SpringBrowserlessTest {

    private static final List<String> IDS = List.of("abc", "-1", "0", "99999999999999999999", "1e3", "0x1F",
            "' OR 1=1 --", "<script>alert(1)</script>", "1;drop table check_in", " 7", "9".repeat(1000), "NaN",
            "\u0000", "😀", "null");

    /** Each route with the user who may open it. */
    private static final Map<String, String> ROUTES = Map.of("checkins/", "mentee", "mentees/checkins/", "mentor",
            "surveys/", "mentee", "programs/", "hr", "cohorts/", "hr");

    @Autowired
    ProgramTestData data;

    @Test
    void anIdThatIsNoRecordSaysNotFound() {
        ROUTES.forEach((route, user) -> {
            data.signIn(user);
            for (String id : IDS) {
                UI.getCurrent().navigate(route + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
                assertThat($(H2.class).first().getText()).as("%s%s", route, id).endsWith("not found");
                RenderedUi.assertTextOnly(UI.getCurrent());
            }
        });
        data.signIn("hr");
        for (String id : IDS) {
            UI.getCurrent().navigate("cohorts/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/matching");
            assertThat($(H2.class).first().getText()).as(id).isEqualTo("Cohort not found");
        }
    }
}
