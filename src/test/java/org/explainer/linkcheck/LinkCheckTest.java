package org.explainer.linkcheck;

import com.sun.net.httpserver.HttpServer;
import org.explainer.base.ProjectConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code links} command on a small project: the addresses it cites, checked, reported, and the exit status. */
class LinkCheckTest {

    private static final CheckSettings QUICK = new CheckSettings(2, Duration.ofSeconds(2), 0, Duration.ZERO, "explainer-link-check/test");

    @TempDir
    Path project;
    private HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(exchange.getRequestURI().getPath().startsWith("/gone") ? 404 : 200, -1);
            }
        });
        server.start();
        Files.writeString(project.resolve(ProjectConfig.FILE_NAME), """
                site.title=Test
                site.description=A test site
                site.host=https://example.org/
                site.publisher=Tester
                language.en=English | ltr | en
                site.nav=about.html|About
                site.footer=about.html|About
                """);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aGoneSourceFailsTheCheckAndIsReportedWhereItIsCited() throws IOException {
        write("content/explainers/page.md", "title=Page\n~~~~~~\nA claim.[^a]\n\n[^a]: Paper, \"Title\", 1 May 2025. <" + url("/gone/a") + ">\n");
        write("data/timeline.yml", "- source:\n    url: " + url("/there") + "\n");
        Path report = project.resolve("target/link-check");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = LinkCheck.run(ProjectConfig.load(project, ""), report, QUICK, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertEquals(1, status, "a gone source fails the check");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Checked 2 cited addresses: 1 gone without an archived copy"), out.toString(StandardCharsets.UTF_8));
        String markdown = Files.readString(report.resolve(LinkReport.MARKDOWN));
        assertTrue(markdown.contains("## Gone, with no archived copy (most urgent) (1)"), markdown);
        assertTrue(markdown.contains("- <" + url("/gone/a") + ">: 404\n  - cited at content/explainers/page.md:5\n"), markdown);
        assertTrue(Files.readString(report.resolve(LinkReport.JSON)).contains("\"file\" : \"data/timeline.yml\""));
    }

    @Test
    void passesWhenNothingIsGone() throws IOException {
        write("content/page.md", "title=Page\n~~~~~~\nSee [the paper](" + url("/there") + ").\n");

        assertEquals(0, LinkCheck.run(ProjectConfig.load(project, ""), project.resolve("report"), QUICK, new PrintStream(OutputStream.nullOutputStream())));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void write(String name, String text) throws IOException {
        Path file = project.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
