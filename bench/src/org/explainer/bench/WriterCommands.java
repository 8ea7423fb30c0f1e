package org.explainer.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The two commands a writer types, timed as a writer meets them on a fresh clone with a warm Maven
 * repository: {@code ./mvnw package} (the README's build, unit tests included), and the preview, from
 * {@code ./mvnw compile exec:exec@preview} until its server answers the home page with 200, either on a
 * fresh clone (Maven compiles first) or with the classes already compiled.
 */
final class WriterCommands {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
    private static final long POLL_MILLIS = 20;

    /** One start of the preview: milliseconds from the command to the first page served, and the load then. */
    record Startup(double millis, double loadAverage) {
    }

    /**
     * Every timed run: the builds (as a {@link Case}, for its medians) and the preview's starts, from a
     * fresh clone and with the classes compiled.
     */
    record Results(Case build, List<Startup> freshStarts, List<Startup> compiledStarts) {
    }

    private final Path clone;

    private WriterCommands(Path clone) {
        this.clone = clone;
    }

    /**
     * Copies what a clone of the project holds (every file git tracks or would track: committed or not,
     * nothing ignored, so no {@code target/}) into {@code dir}.
     */
    static WriterCommands freshClone(Path root, Path dir) throws IOException, InterruptedException {
        Process list = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
                .directory(root.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String files = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (list.waitFor() != 0) {
            throw new IllegalStateException("git ls-files failed in " + root);
        }
        for (String file : files.split("\0")) {
            Path source = root.resolve(file);
            if (file.isEmpty() || !Files.isRegularFile(source)) {
                continue;
            }
            Path target = dir.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return new WriterCommands(dir);
    }

    /** {@code ./mvnw package} with nothing built yet, as on a fresh clone. */
    TimedRun.Measurement build(Path log) throws IOException, InterruptedException {
        Tree.delete(clone.resolve("target"));
        return TimedRun.run(clone, packageCommand(), log);
    }

    /**
     * The untimed build before the timed ones: the same, online, so that it fetches what they need (the
     * test scope, the test engine's provider) and the preview's start too (the compiler and exec plugins).
     */
    void firstBuild(Path log) throws IOException, InterruptedException {
        Tree.delete(clone.resolve("target"));
        TimedRun.run(clone, Online.of(packageCommand()), log);
    }

    private List<String> packageCommand() {
        return List.of(clone.resolve("mvnw").toString(), "-o", "-B", "package");
    }

    /**
     * Starts the preview as a writer does and times it to the first page served; then stops it.
     *
     * @param compiled false to start from a fresh clone (nothing compiled), true to start where a build left its classes
     */
    Startup previewStartup(boolean compiled, Path log) throws IOException, InterruptedException {
        if (!compiled) {
            Tree.delete(clone.resolve("target"));
        } else if (!Files.isDirectory(clone.resolve("target/classes"))) {
            throw new IllegalStateException("nothing is compiled in " + clone + "; build it first");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(clone.resolve("mvnw").toString(), "-o", "-B", "compile",
                "exec:exec@preview", "-Dpreview.port=" + port));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(10)).build();
        double load = TimedRun.loadAverage();
        long start = System.nanoTime();
        Process preview = new ProcessBuilder(command).directory(clone.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            while (System.nanoTime() - start < STARTUP_TIMEOUT.toNanos()) {
                if (!preview.isAlive()) {
                    throw new IllegalStateException("the preview stopped with exit code " + preview.exitValue() + "; see " + log);
                }
                try {
                    if (http.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return new Startup((System.nanoTime() - start) / 1e6, load);
                    }
                } catch (ConnectException | HttpTimeoutException notYet) {
                    // not listening yet
                }
                Thread.sleep(POLL_MILLIS);
            }
            throw new IllegalStateException("the preview served nothing within " + STARTUP_TIMEOUT + "; see " + log);
        } finally {
            stop(preview);
        }
    }

    /** Ends Maven and the preview it started: the bench started both, and leaves neither serving. */
    private static void stop(Process maven) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(maven.descendants().toList());
        maven.destroy();
        tree.forEach(ProcessHandle::destroy);
        maven.waitFor(20, TimeUnit.SECONDS);
        for (ProcessHandle process : tree) {
            process.onExit().completeOnTimeout(process, 20, TimeUnit.SECONDS).join();
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
        if (maven.isAlive()) {
            maven.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
