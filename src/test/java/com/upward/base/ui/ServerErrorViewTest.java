package com.upward.base.ui;

import com.upward.testsupport.RenderedUi;
import com.upward.program.ProgramTestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** An unexpected failure that is no outage: a generic message, never the exception's text. */
@SpringBootTest
@ViewPackages(packages = "com.upward")
class ServerErrorViewTest extends SpringBrowserlessTest {

    private static final String INTERNALS = "NullPointerException in ReportingService line 42";

    @Autowired
    ProgramTestData data;

    /** Registered for the test's session only, so no other test sees the route. */
    @PermitAll
    public static class BrokenView extends Div {
        public BrokenView() {
            throw new IllegalStateException(INTERNALS);
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPageThatFailsToOpenShowsAGenericMessage() {
        data.signIn("mentee");
        RouteConfiguration.forSessionScope().setRoute("broken-for-test", BrokenView.class);
        UI.getCurrent().navigate("broken-for-test");

        assertThat(getCurrentView()).isInstanceOf(ServerErrorView.class);
        assertThat(RenderedUi.text(getCurrentView()))
                .contains("Something went wrong", Failures.unexpected())
                .doesNotContain(INTERNALS, "IllegalStateException", "Exception");
    }

    @Test
    void aFailingClickShowsAGenericNotification() {
        data.signIn("mentee");
        UI.getCurrent().navigate("");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException(INTERNALS)));

        assertThat($(Notification.class).all()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getTextRecursively()).isEqualTo(Failures.unexpected()));
    }
}
