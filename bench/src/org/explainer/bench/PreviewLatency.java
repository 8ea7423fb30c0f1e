package org.explainer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Edit-to-preview latency: starts the preview on a copy of the real site, then repeatedly edits one
 * content file and times how long it takes until the preview's HTTP server serves that page with the
 * edit visible, the way a writer with a browser open would see it. Edits rotate over an explainer, a
 * background page and a glossary entry.
 */
final class PreviewLatency {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration EDIT_TIMEOUT = Duration.ofSeconds(60);
    // Often enough to time an edit within 10 ms, rarely enough not to slow the rebuild it waits for
    // (both share the machine's cores).
    private static final long POLL_MILLIS = 10;

    /**
     * @param samplesMillis edit-to-visible times, in edit order (the first edit meets the least-warm JVM)
     * @param rebuildMillis the rebuild times the preview printed itself
     * @param startupMillis from launching the JVM to the first build being served
     */
    record Result(List<Double> samplesMillis, List<Long> rebuildMillis, double startupMillis) {
    }

    private PreviewLatency() {
    }

    static Result measure(String classpath, List<String> jvmOptions, Path site, int samples, Path log)
            throws IOException, InterruptedException {
        List<Path> files = filesToEdit(site.resolve("content"));
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, "org.explainer.Main", "preview", "--project=" + site,
                "--output=" + site.resolve("target/site"), "--port=0", "--timings"));
        long launched = System.nanoTime();
        Process preview = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = readLines(preview, lines, log);
        try {
            String url = awaitLine(preview, lines, "Preview at ", STARTUP_TIMEOUT).substring("Preview at ".length()).split(" ")[0];
            double startup = (System.nanoTime() - launched) / 1e6;
            // The preview compiles its rebuild's code in a few unseen rebuilds after it is announced; edits are
            // timed once those are done, as a writer's first edit comes after reading the page a while.
            awaitLine(preview, lines, "Warmed up in ", STARTUP_TIMEOUT);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<Double> latencies = new ArrayList<>();
            List<Long> rebuilds = new ArrayList<>();
            for (int sample = 0; sample < samples; sample++) {
                Path file = files.get(sample % files.size());
                String page = url + site.resolve("content").relativize(file).toString().replace('\\', '/')
                        .replaceFirst("\\.md$", ".html");
                String marker = "zqbench" + sample + "x" + System.nanoTime();
                String original = Files.readString(file, StandardCharsets.UTF_8);
                lines.clear();
                long start = System.nanoTime();
                Files.writeString(file, original + "\nBenchmark edit " + marker + ".\n", StandardCharsets.UTF_8);
                awaitVisible(http, page, marker, start);
                latencies.add((System.nanoTime() - start) / 1e6);
                String rebuilt = awaitLine(preview, lines, "Rebuilt in ", EDIT_TIMEOUT);
                rebuilds.add(Long.parseLong(rebuilt.replaceAll("\\D+", "")));
                Files.writeString(file, original, StandardCharsets.UTF_8);
                awaitLine(preview, lines, "Rebuilt in ", EDIT_TIMEOUT);
                Thread.sleep(300);
            }
            return new Result(latencies, rebuilds, startup);
        } finally {
            preview.destroy();
            if (!preview.waitFor(10, TimeUnit.SECONDS)) {
                preview.destroyForcibly();
            }
            reader.join(5_000);
        }
    }

    /** The first explainer, background page and glossary entry (not the section indexes). */
    private static List<Path> filesToEdit(Path content) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String section : List.of("explainers", "background", "glossary")) {
            try (Stream<Path> list = Files.list(content.resolve(section))) {
                list.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("index.md"))
                        .sorted().findFirst().ifPresent(files::add);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no content file to edit under " + content);
        }
        return files;
    }

    private static void awaitVisible(HttpClient http, String page, String marker, long start)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(page)).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - start < EDIT_TIMEOUT.toNanos()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().contains(marker)) {
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("the edit never became visible at " + page);
    }

    private static String awaitLine(Process preview, BlockingQueue<String> lines, String prefix, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line == null && !preview.isAlive()) {
                throw new IllegalStateException("the preview stopped with exit code " + preview.exitValue());
            }
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
            if (line != null && line.startsWith("The site was not built")) {
                throw new IllegalStateException("the preview's build failed: " + line);
            }
        }
        throw new IllegalStateException("the preview printed no '" + prefix + "' line within " + timeout);
    }

    private static Thread readLines(Process process, BlockingQueue<String> lines, Path log) throws IOException {
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true);
        Thread thread = new Thread(() -> {
            try (out; BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    out.println(line);
                    lines.add(line);
                }
            } catch (IOException e) {
                out.println("(reading the preview's output failed: " + e + ")");
            }
        }, "preview-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
