package org.explainer.check;

import org.explainer.base.BuildFailure;
import org.explainer.base.ProblemCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputLinkCheckerTest {

    @TempDir
    Path site;

    private void page(String path, String body) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!DOCTYPE html><html><head><title>t</title></head><body>\n" + body + "\n</body></html>\n");
    }

    private String failure() {
        return assertThrows(BuildFailure.class, () -> {
            ProblemCollector problems = new ProblemCollector();
            OutputLinkChecker.check(site, problems);
            problems.throwIfAny();
        }).getMessage();
    }

    @Test
    void acceptsRelativeLinksFoldersAndFragments() throws IOException {
        page("index.html", "<a href=\"a/\">a</a> <a href=\"a/b.html#x\">b</a> <a href=\"#top\" id=\"top\">top</a>");
        page("a/index.html", "<a href=\"../\">home</a>");
        page("a/b.html", "<h2 id=\"x\">X</h2><a href=\"https://example.org/\">away</a>");
        assertDoesNotThrow(() -> {
            ProblemCollector problems = new ProblemCollector();
            OutputLinkChecker.check(site, problems);
            problems.throwIfAny();
        });
    }

    @Test
    void reportsMissingFilesFragmentsRootAbsoluteLinksAndThirdPartyResources() throws IOException {
        page("index.html", "<a href=\"missing.html\">m</a>\n<a href=\"other.html#nowhere\">o</a>\n"
                + "<a href=\"/other.html\">abs</a>\n<script src=\"https://cdn.example.com/x.js\"></script>");
        page("other.html", "<p>No ids here.</p>");
        String message = failure();
        assertTrue(message.contains("index.html:2: 'missing.html' leads to no file in the site"), message);
        assertTrue(message.contains("index.html:3: 'other.html#nowhere' points to #nowhere"), message);
        assertTrue(message.contains("index.html:4: '/other.html' is root-absolute"), message);
        assertTrue(message.contains("index.html:5: loads https://cdn.example.com/x.js from another site"), message);
    }

    @Test
    void reportsThirdPartyStylesheetsAndIcons() throws IOException {
        page("index.html", "<link rel=\"stylesheet\" href=\"https://fonts.example.com/a.css\">\n"
                + "<link rel=\"apple-touch-icon\" href=\"//cdn.example.com/i.png\">\n<link rel=\"canonical\" href=\"https://example.org/\">");
        String message = failure();
        assertTrue(message.contains("index.html:2: loads https://fonts.example.com/a.css from another site"), message);
        assertTrue(message.contains("index.html:3: loads //cdn.example.com/i.png from another site"), message);
        assertFalse(message.contains("canonical") || message.contains("https://example.org/"), message);
    }

    @Test
    void aCheckerKeptAcrossBuildsSeesAChangedTargetPage() throws IOException {
        OutputLinkChecker checker = new OutputLinkChecker();
        page("index.html", "<a href=\"other.html#x\">o</a>");
        page("other.html", "<h2 id=\"x\">X</h2>");
        ProblemCollector first = new ProblemCollector();
        checker.checkSite(site, first);
        assertTrue(first.isEmpty());

        page("other.html", "<h2 id=\"y\">Y</h2>");
        ProblemCollector second = new ProblemCollector();
        checker.checkSite(site, second);
        String message = assertThrows(BuildFailure.class, second::throwIfAny).getMessage();
        assertTrue(message.contains("index.html:2: 'other.html#x' points to #x, which is not an id on other.html"), message);

        Files.delete(site.resolve("other.html"));
        ProblemCollector third = new ProblemCollector();
        checker.checkSite(site, third);
        message = assertThrows(BuildFailure.class, third::throwIfAny).getMessage();
        assertTrue(message.contains("index.html:2: 'other.html#x' leads to no file in the site"), message);
    }
}
