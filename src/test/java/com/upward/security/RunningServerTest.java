package com.upward.security;

import com.upward.base.Role;

import com.upward.security.internal.AppUserRepository;
import com.upward.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole app on a random port, spoken to over real HTTP: what Tomcat itself answers (before Spring Security) and
 * what a browser or a script sends (cookies, raw paths, forwarded headers) are only visible there. The subclasses
 * share this one context; every one of them has its own accounts with {@code {noop}} passwords.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "upward.metrics.token=" + RunningServerTest.METRICS_TOKEN)
public abstract class RunningServerTest {

    static final String METRICS_TOKEN = "test-scrape-token-0123456789abcdef0123456789abcdef";
    static final String PASSWORD = "right-password-1";

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AppUserRepository users;

    /** Every request here comes from 127.0.0.1: earlier failures must not throttle this test's sign-ins. */
    @BeforeEach
    void forgetFailedSignIns() {
        jdbc.update("delete from sign_in_failure");
    }

    String account(Role role) {
        String username = Fixtures.unique(role.name().toLowerCase());
        AppUser user = new AppUser(username, username + "@example.test", "Test " + role, "{noop}" + PASSWORD);
        user.getRoles().add(role);
        users.save(user);
        return username;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }

    /** A client that keeps its cookies, as a browser does, and does not follow redirects. */
    protected static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> get(HttpClient client, String path, String... headers)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        return send(client, headers.length == 0 ? request : request.headers(headers));
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder loginPost(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** What the login page's form sends: the token Vaadin puts in the page's meta tags, with the credentials. */
    HttpResponse<String> signInThroughTheLoginPage(HttpClient client, String username, String password)
            throws IOException, InterruptedException {
        var page = get(client, "login");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher meta = META.matcher(page.body());
        String parameter = null;
        String token = null;
        while (meta.find()) {
            if (meta.group(1).equals("_csrf")) {
                token = meta.group(2);
            } else {
                parameter = meta.group(2);
            }
        }
        assertThat(parameter).as("CSRF parameter in the login page").isNotNull();
        assertThat(token).as("CSRF token in the login page").isNotNull();
        return send(client, loginPost(Map.of("username", username, "password", password, parameter, token)));
    }

    /** Signed in: the sign-in answered with a redirect to the app, not back to the login page. */
    static boolean signedIn(HttpResponse<String> signIn) {
        return signIn.statusCode() == 302 && signIn.headers().firstValue("Location")
                .filter(location -> !location.contains("/login")).isPresent();
    }
}
