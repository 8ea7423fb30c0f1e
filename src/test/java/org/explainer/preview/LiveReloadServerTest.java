package org.explainer.preview;

import org.explainer.base.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's server adds the live reload to every HTML page it serves and answers the script's questions; a plain server does neither. */
class LiveReloadServerTest {

    private static final String PAGE = "<!DOCTYPE html><html><body><p>Text</p></body></html>";

    @TempDir
    Path site;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(StaticServer server, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void writeSite() throws IOException {
        Files.writeString(site.resolve("index.html"), PAGE);
        Files.writeString(site.resolve("404.html"), "<html><body>Missing</body></html>");
        Files.writeString(site.resolve("site.css"), "body { color: black; }</body>");
    }

    @Test
    void thePreviewInjectsTheScriptIntoEveryHtmlResponseButNotIntoOtherFiles() throws Exception {
        writeSite();
        try (StaticServer server = StaticServer.preview(site, 0, new BuildStatus())) {
            String page = get(server, "/").body();
            HttpResponse<String> missing = get(server, "/no-such-page.html");
            assertAll(
                    () -> assertEquals("<!DOCTYPE html><html><body><p>Text</p>" + LiveReload.SCRIPT_TAG + "</body></html>", page),
                    () -> assertEquals(404, missing.statusCode()),
                    () -> assertTrue(missing.body().contains(LiveReload.SCRIPT_TAG), missing.body()),
                    () -> assertEquals("body { color: black; }</body>", get(server, "/site.css").body()),
                    () -> assertEquals(PAGE, Files.readString(site.resolve("index.html")), "the file on disk is untouched"));
        }
    }

    @Test
    void thePreviewServesTheScriptAndItsStyles() throws Exception {
        writeSite();
        try (StaticServer server = StaticServer.preview(site, 0, new BuildStatus())) {
            HttpResponse<String> script = get(server, "/__preview/live.js");
            HttpResponse<String> styles = get(server, "/__preview/live.css");
            assertAll(
                    () -> assertEquals(200, script.statusCode()),
                    () -> assertTrue(script.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript")),
                    () -> assertTrue(script.body().contains("/__preview/status"), script.body()),
                    () -> assertEquals(200, styles.statusCode()),
                    () -> assertTrue(styles.body().contains(".preview-problems"), styles.body()),
                    () -> assertEquals(404, get(server, "/__preview/other.js").statusCode()));
        }
    }

    @Test
    void aPlainServerAddsNothingAndServesNoScript() throws Exception {
        writeSite();
        try (StaticServer server = StaticServer.start(site, "/", 0)) {
            assertAll(
                    () -> assertEquals(PAGE, get(server, "/").body()),
                    () -> assertEquals(404, get(server, "/__preview/live.js").statusCode()),
                    () -> assertFalse(get(server, "/__preview/status").body().contains("build")));
        }
    }

    @Test
    void theStatusAnswersAtOnceForANewPageThenWaitsForTheNextBuild() throws Exception {
        writeSite();
        BuildStatus status = new BuildStatus();
        status.succeeded();
        try (StaticServer server = StaticServer.preview(site, 0, status)) {
            assertEquals("{\"build\":1,\"problems\":[]}", get(server, "/__preview/status?after=-1").body());
            CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return get(server, "/__preview/status?after=1").body();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            // The page that has seen build 1 keeps waiting while a picture on it is served.
            Thread.sleep(300);
            assertFalse(waiting.isDone());
            assertEquals(200, get(server, "/site.css").statusCode());
            status.failed(List.of(Problem.at("content/explainers/a.md", 9, "unknown glossary term \"alepo\"\n(did you mean aleppo?)"),
                    Problem.in("templates/page.ftl", "cannot be read")));
            assertEquals("{\"build\":2,\"problems\":["
                            + "{\"location\":\"content/explainers/a.md:9\",\"message\":\"unknown glossary term \\\"alepo\\\"\\n(did you mean aleppo?)\"},"
                            + "{\"location\":\"templates/page.ftl\",\"message\":\"cannot be read\"}]}",
                    waiting.get(5, TimeUnit.SECONDS));
        }
    }
}
