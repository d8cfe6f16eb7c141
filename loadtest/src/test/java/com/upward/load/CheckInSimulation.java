package com.upward.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * Issue 10: mentees sign in, open the home page, open their next check-in, type it, save a draft and submit it,
 * then sign out, again and again. Ramp-up, then a steady phase at full concurrency; times per request and per step
 * (Gatling groups, the sum of the step's response times without think time). At the end the database must hold one
 * new revision per submission the driver saw succeed, or the run fails: a load test that gets 200s but saves nothing
 * proves nothing.
 *
 * <p>System properties: {@code upward.url}, {@code upward.db.url}, {@code upward.db.user}, {@code upward.db.password},
 * {@code users} (500), {@code ramp} (60 s), {@code steady} (300 s), {@code think} (1.0: scale of every pause),
 * {@code hold} (0; seconds: instead of the loop, each user signs in, opens home and the check-in form once and then
 * stays for that long, so that the heap can be measured with that many signed-in sessions, each with its UI).
 */
public class CheckInSimulation extends Simulation {

    private static final String BASE = System.getProperty("upward.url", "http://127.0.0.1:8190");
    private static final int USERS = Integer.getInteger("users", 500);
    private static final Duration RAMP = Duration.ofSeconds(Long.getLong("ramp", 60));
    private static final Duration STEADY = Duration.ofSeconds(Long.getLong("steady", 300));
    private static final double THINK = Double.parseDouble(System.getProperty("think", "1.0"));
    private static final Duration HOLD = Duration.ofSeconds(Long.getLong("hold", 0));
    private static final String INIT = "/?v-r=init&location=&query=&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280"
            + "&v-bh=720&v-bw=1280&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1"
            + "&v-np=Linux%20x86_64&v-cs=light%20dark&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary"
            + "&v-soa=0&v-tn=aura&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";
    private static final String LOGIN_INIT = INIT.replace("location=&", "location=login&");
    private static final String CONFIDENCE = "Confidence about your goals";
    // what a mentee writes, typed in four bursts per field (the field sends its value after a 300 ms pause)
    private static final Map<String, String> TEXTS = Map.of(
            "Wins", "Finished the second module of the course and presented the results to my team on Friday.",
            "Setbacks", "The data migration slipped a week because I underestimated the testing it needed.",
            "Lessons", "Plan a buffer for testing and ask for a review early instead of at the end.");

    private final LoadAccounts database = new LoadAccounts(
            System.getProperty("upward.db.url", "jdbc:mariadb://127.0.0.1:3306/upward_load"),
            System.getProperty("upward.db.user", "root"), System.getProperty("upward.db.password", ""));
    private final List<LoadAccounts.Account> accounts;
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong drafts = new AtomicLong();
    private Map<String, Long> before;

    public CheckInSimulation() throws Exception {
        accounts = database.prepare(USERS);
        System.out.printf("%d accounts, open check-ins each: %d to %d%n", accounts.size(),
                accounts.getLast().openCheckIns(), accounts.getFirst().openCheckIns());

        HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptLanguageHeader("en-US,en;q=0.9")
                .acceptEncodingHeader("gzip, deflate").userAgentHeader("Upward load test (Gatling)")
                .shareConnections(); // like a proxy's keep-alive pool, not 500 × 6 browser connections

        var feeder = accounts.stream().map(a -> Map.<String, Object>of("username", a.username())).iterator();
        if (!HOLD.isZero()) {
            ScenarioBuilder sessions = scenario("signed-in sessions").feed(feeder)
                    .exec(logIn()).exec(openHome()).exec(openCheckIn()).pause(HOLD);
            setUp(sessions.injectOpen(rampUsers(USERS).during(RAMP))).protocols(protocol)
                    .assertions(global().failedRequests().count().is(0L));
            return;
        }
        ScenarioBuilder mentees = scenario("mentee check-in").feed(feeder)
                .forever().on(exitBlockOnFail().on( // a failed step ends this pass; the user starts the next one
                        exec(flushCookieJar()).exec(logIn()).exec(openHome()).exec(openCheckIn())
                                .exec(saveDraft()).exec(submit()).exec(signOut())));

        setUp(mentees.injectOpen(rampUsers(USERS).during(RAMP))).protocols(protocol)
                .maxDuration(RAMP.plus(STEADY))
                // the targets: no errors, p95 under 500 ms (for every request and step)
                .assertions(global().failedRequests().count().is(0L),
                        details("5 submit", "5 submit").successfulRequests().count().gt(0L),
                        forAll().responseTime().percentile(95.0).lt(500));
    }

    @Override
    public void before() {
        try {
            before = database.counts();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        System.out.println("Rows before: " + before);
    }

    @Override
    public void after() {
        Map<String, Long> after;
        try {
            after = database.counts();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        long revisions = after.get("revisions") - before.get("revisions");
        System.out.printf("Rows after: %s%nNew revisions: %d; submits seen OK by the driver: %d; drafts seen OK: %d%n",
                after, revisions, submitted.get(), drafts.get());
        // a submit cut off by the end of the run may have landed without its answer being seen: at most one a user.
        // Fewer rows than successful submits means answers that lie: stop here, no report.
        if (revisions < submitted.get() || revisions > submitted.get() + USERS) {
            throw new IllegalStateException("the database does not hold what the driver submitted");
        }
    }

    private static ChainBuilder logIn() {
        return group("1 log in").on(
                exec(session -> session.set("ui", new VaadinUi()))
                        .exec(http("1 login page").get("/login")
                                .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                        // the browser then starts the sign-in view's Vaadin UI
                        .exec(http("1 login view: init").get(LOGIN_INIT).check(substring("Vaadin-Security-Key")))
                        .pause(think(2, 4)) // types the username and password
                        .exec(http("1 sign in").post("/login").formParam("username", "#{username}")
                                .formParam("password", "upward").formParam("_csrf", "#{csrf}")
                                .check(currentLocation().is(BASE + "/"))
                                // the page's Spring Security token, needed to sign out
                                .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf"))));
    }

    private static ChainBuilder openHome() {
        return group("2 open home").on(
                exec(http("2 home: init").get(INIT).check(bodyString().transformWithSession(
                        (body, session) -> handled(session, ui -> ui.init(body))).is(true)))
                        .exec(uidl("2 home: navigate", ui -> ui.navigate("/"), (ui, body) -> {
                            ui.response(body);
                            require(ui.button("Start check-in").isPresent()
                                    || ui.button("Continue check-in").isPresent(), "no open check-in on the home");
                        }))
                        .exec(uidl("2 home: property sync", VaadinUi::propertySync, VaadinUi::response)));
    }

    private static ChainBuilder openCheckIn() {
        return pause(think(1, 3)).exec(group("3 open check-in").on(
                exec(uidl("3 open check-in", ui -> ui.click(ui.button("Start check-in").isPresent()
                        ? "Start check-in" : "Continue check-in"), (ui, body) -> {
                    ui.response(body);
                    require(ui.lastNavigation() != null && ui.button("Save draft").isPresent(),
                            "the check-in form did not open");
                })).exec(uidl("3 check-in: property sync", VaadinUi::propertySync, VaadinUi::response))));
    }

    private ChainBuilder saveDraft() {
        ChainBuilder typing = exec(session -> session);
        for (var field : List.of("Wins", "Setbacks", "Lessons")) {
            String text = TEXTS.get(field);
            for (int burst = 1; burst <= 4; burst++) {
                String sofar = text.substring(0, text.length() * burst / 4);
                typing = typing.pause(think(3, 5)) // about 22 characters a burst: 5 a second, a fast typist
                        .exec(uidl("4 type", ui -> ui.type(field, sofar), VaadinUi::response));
            }
        }
        return exec(typing).pause(think(1, 3))
                .exec(uidl("4 choose confidence", ui -> ui.choose(CONFIDENCE, "4"), VaadinUi::response))
                .pause(think(1, 3))
                .exec(group("4 save draft").on(uidl("4 save draft", ui -> ui.click("Save draft"), (ui, body) -> {
                    ui.response(body);
                    require(body.contains("\"Draft saved.\""), "no \"Draft saved.\": " + shorten(body));
                })))
                .exec(session -> {
                    drafts.incrementAndGet();
                    return session;
                });
    }

    private ChainBuilder submit() {
        return pause(think(1, 3))
                .exec(group("5 submit").on(uidl("5 submit", ui -> ui.click("Submit"), (ui, body) -> {
                    ui.response(body);
                    require(body.contains("\"Check-in submitted."), "not submitted: " + shorten(body));
                })))
                .exec(session -> {
                    submitted.incrementAndGet();
                    return session;
                });
    }

    private static ChainBuilder signOut() {
        // what the menu's "Sign out" ends in (AuthenticationContext.logout): Spring Security's logout, session gone
        return pause(think(1, 3)).exec(http("6 sign out").post("/logout").formParam("_csrf", "#{csrf}")
                .disableFollowRedirect().check(status().is(302)));
    }

    /** A UIDL request whose body the user's {@link VaadinUi} builds and whose answer it reads. */
    private static io.gatling.javaapi.http.HttpRequestActionBuilder uidl(
            String name, java.util.function.Function<VaadinUi, String> message, BiConsumer<VaadinUi, String> read) {
        return http(name).post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> message.apply(ui(session))))
                .check(status().is(200))
                .check(bodyString().transformWithSession((body, session) -> handled(session,
                        ui -> read.accept(ui, body))).is(true));
    }

    private static boolean handled(Session session, java.util.function.Consumer<VaadinUi> step) {
        step.accept(ui(session));
        return true;
    }

    private static VaadinUi ui(Session session) {
        return session.get("ui");
    }

    private static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }

    private static String shorten(String body) {
        return body.substring(0, Math.min(300, body.length()));
    }

    /** A uniformly random pause between the bounds (seconds), scaled by {@code -Dthink}. */
    private static java.util.function.Function<Session, Duration> think(double min, double max) {
        return session -> Duration.ofMillis(Math.round(1000 * THINK
                * ThreadLocalRandom.current().nextDouble(min, max)));
    }
}
