package com.upward.journeys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Signed-in browser sessions driven from a Node process of their own ({@code scripts/lib/open-sessions.mjs} with
 * playwright-core), so that nothing the browser client keeps per page lands in the heap being measured: the Java
 * client in this JVM keeps an object per request and response of every open page.
 */
final class NodeSessions implements AutoCloseable {

    private static final Path DRIVER_DIR = Path.of(System.getProperty("user.home"), ".cache",
            "upward-heap-playwright");

    private final Process node;

    private NodeSessions(Process node) {
        this.node = node;
    }

    /** Installs playwright-core for the driver once (npm registry, no browser download), as the scripts do. */
    static void installDriver() throws IOException, InterruptedException {
        run(List.of("bash", "-c", ". scripts/lib/app-on-mariadb.sh && browser_driver \"$0\" open-sessions.mjs",
                DRIVER_DIR.toString()));
    }

    /** Opens {@code count} sessions of {@code user} on {@code path} and returns once all have loaded. */
    static NodeSessions open(String baseUrl, String user, String path, int count) throws IOException {
        Process node = new ProcessBuilder("node", DRIVER_DIR.resolve("open-sessions.mjs").toString(), baseUrl, user,
                path, String.valueOf(count)).redirectErrorStream(true).start();
        var out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("OPEN ")) {
                return new NodeSessions(node);
            }
            lines.add(line);
        }
        throw new IllegalStateException("The browsers did not open " + user + " on /" + path + ": "
                + String.join("\n", lines));
    }

    /** Closes the browsers: their pages unload, and Vaadin drops their UIs; the HTTP sessions stay. */
    @Override
    public void close() throws IOException {
        node.getOutputStream().close();
        try {
            if (!node.waitFor(60, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        } catch (InterruptedException e) {
            node.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command));
        }
    }
}
