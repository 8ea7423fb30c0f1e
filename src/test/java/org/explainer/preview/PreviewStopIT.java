package org.explainer.preview;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The preview started as a writer starts it ({@code ./mvnw compile exec:exec@preview}), then stopped the
 * ways a writer stops it: nothing may be left serving the port. An IT because it runs Maven and a whole
 * preview, which takes seconds.
 */
class PreviewStopIT {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    /** How the writer ends it. */
    enum Stop {
        /** Ctrl-C in the terminal, which sends SIGINT to Maven and to the preview it started. */
        CTRL_C,
        /** {@code kill PID} of Maven's process, from another terminal. */
        TERMINATE_MAVEN,
        /** {@code kill -9 PID} of Maven's process. */
        KILL_MAVEN
    }

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Stop.class)
    void stoppingThePreviewLeavesNothingServingThePort(Stop stop) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of("mvnw").toAbsolutePath().toString(), "-o", "-B",
                "compile", "exec:exec@preview", "-Dpreview.port=" + port, "-Dpreview.output=" + work.resolve("site")));
        Optional.ofNullable(System.getProperty("maven.repo.local")).ifPresent(repo -> command.add("-Dmaven.repo.local=" + repo));
        Process maven = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("maven.log").toFile()).start();
        ProcessHandle preview = null;
        try {
            awaitServing(maven, port);
            preview = previewOf(maven);
            switch (stop) {
                case CTRL_C -> {
                    signal("INT", maven.toHandle());
                    signal("INT", preview);
                }
                case TERMINATE_MAVEN -> maven.destroy();
                case KILL_MAVEN -> maven.destroyForcibly();
            }
            long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
            while ((preview.isAlive() || accepts(port)) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertFalse(accepts(port), "something still serves port " + port + " " + STOP_TIMEOUT + " after " + stop);
            assertFalse(preview.isAlive(), "the preview (pid " + preview.pid() + ") still runs " + STOP_TIMEOUT + " after " + stop);
        } finally {
            // Whatever the outcome, nothing this test started may outlive it.
            if (preview != null) {
                preview.destroyForcibly();
            }
            maven.destroyForcibly();
            maven.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void awaitServing(Process maven, int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!maven.isAlive()) {
                fail("Maven ended with exit code " + maven.exitValue() + " before the preview served a page");
            }
            try {
                if (http.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        fail("the preview served no page within " + STARTUP_TIMEOUT);
    }

    /** The JVM Maven started for the preview. */
    private static ProcessHandle previewOf(Process maven) {
        Optional<ProcessHandle> preview = maven.descendants()
                .filter(process -> process.info().arguments().map(List::of).orElse(List.of()).contains("org.explainer.Main"))
                .findFirst();
        assertTrue(preview.isPresent(), "found no preview JVM among Maven's processes");
        return preview.get();
    }

    private static void signal(String signal, ProcessHandle process) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + signal + " " + process.pid());
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
