package org.explainer.check;

import org.explainer.base.BuildFailure;
import org.explainer.base.ProblemCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputLinkCheckerTest {

    /** A site that keeps and breaks each rule once; see its pages for which is which. */
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/link-rules");
    /** The address the fixture was built for, as its canonical links say. */
    static final URI FIXTURE_ADDRESS = URI.create("https://example.org/site/");
    private static final URI ADDRESS = URI.create("https://example.org/repo-name/");

    @TempDir
    Path site;

    private void page(String path, String body) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!DOCTYPE html><html><head><title>t</title></head><body>\n" + body + "\n</body></html>\n");
    }

    private static List<String> problems(Path folder, URI address) {
        ProblemCollector problems = new ProblemCollector();
        OutputLinkChecker.check(folder, address, problems);
        if (problems.isEmpty()) {
            return List.of();
        }
        String message = assertThrows(BuildFailure.class, problems::throwIfAny).getMessage();
        return Arrays.stream(message.split("\n")).skip(1).map(String::strip).toList();
    }

    private String failure() {
        List<String> problems = problems(site, ADDRESS);
        assertFalse(problems.isEmpty(), "the check found nothing");
        return String.join("\n", problems);
    }

    @Test
    void appliesEachRuleToTheFixture() {
        assertEquals(List.of(
                "css/site.css:2: @import 'missing-import.css' leads to no file in the site",
                "css/site.css:4: url() '../fonts/missing.woff2' leads to no file in the site",
                "links.html:7: link[rel=alternate] 'https://example.org/site/ar/links.html' leads to no file in the site",
                "links.html:8: link[rel=alternate] 'https://news.example.com/feed.xml' names a page on another site; "
                        + "a <link> may only name the site's own pages",
                "links.html:9: link[rel=icon] 'missing-icon.svg' leads to no file in the site",
                "links.html:10: link[rel=stylesheet] 'https://example.org/site/css/site.css' is loaded by the site's absolute "
                        + "address; load it by a relative one, so the site works wherever it is served",
                "links.html:11: link[rel=stylesheet] 'https://cdn.example.com/fonts.css' is loaded from another site; "
                        + "everything a page loads must come from the site itself",
                "object.html:10: object 'missing-map.svg' leads to no file in the site",
                "srcset.html:10: img srcset 'picture-2x.svg' leads to no file in the site",
                "srcset.html:11: source srcset 'wide.svg' leads to no file in the site",
                "srcset.html:12: img srcset 'https://images.example.com/big.svg' is loaded from another site; "
                        + "everything a page loads must come from the site itself",
                "styles.html:6: <style> 'missing-in-style-element.svg' leads to no file in the site",
                "styles.html:11: style attribute 'missing-background.svg' leads to no file in the site"),
                problems(FIXTURE, FIXTURE_ADDRESS));
    }

    @Test
    void acceptsRelativeLinksFoldersAndFragments() throws IOException {
        page("index.html", "<a href=\"a/\">a</a> <a href=\"a/b.html#x\">b</a> <a href=\"#top\">top</a> <a href=\"?q=x#\">query</a>");
        page("a/index.html", "<a href=\"../\">home</a> <a href=\"..\">home again</a>");
        page("a/b.html", "<h2 id=\"x\">X</h2><a href=\"https://example.org/\">away</a> <a name=\"old\" href=\"#old\">old anchor</a>");
        assertEquals(List.of(), problems(site, ADDRESS));
    }

    @Test
    void reportsMissingFilesFragmentsAndLinksOutOfTheSite() throws IOException {
        page("index.html", "<a href=\"missing.html\">m</a>\n<a href=\"other.html#nowhere\">o</a>\n"
                + "<a href=\"/other.html\">abs</a>\n<script src=\"https://cdn.example.com/x.js\"></script>\n"
                + "<a href=\"../other-repo/\">up and out</a>\n<a href=\"https://example.org/repo-name/gone.html\">own, gone</a>");
        page("other.html", "<p>No ids here.</p>");
        String message = failure();
        assertTrue(message.contains("index.html:2: a 'missing.html' leads to no file in the site"), message);
        assertTrue(message.contains("index.html:3: a 'other.html#nowhere' points to #nowhere, which is not an id on other.html"), message);
        assertTrue(message.contains("index.html:4: a '/other.html' is root-absolute"), message);
        assertTrue(message.contains("index.html:5: script 'https://cdn.example.com/x.js' is loaded from another site"), message);
        assertTrue(message.contains("index.html:6: a '../other-repo/' leads outside the site"), message);
        assertTrue(message.contains("index.html:7: a 'https://example.org/repo-name/gone.html' leads to no file"), message);
    }

    @Test
    void readsAddressesAgainstThePagesBase() throws IOException {
        page("404.html", "<base href=\"/repo-name/\"><a href=\"a/\">a</a>\n<a href=\"gone/\">gone</a>");
        page("a/index.html", "<a href=\"../\">home</a>");
        page("index.html", "<p>Home</p>");
        assertEquals(List.of("404.html:3: a 'gone/' leads to no file in the site"), problems(site, ADDRESS));
    }

    @Test
    void aCheckerKeptAcrossBuildsSeesAChangedTargetPage() throws IOException {
        OutputLinkChecker checker = OutputLinkChecker.acrossBuilds();
        page("index.html", "<a href=\"other.html#x\">o</a>");
        page("other.html", "<h2 id=\"x\">X</h2>");
        ProblemCollector first = new ProblemCollector();
        checker.checkSite(site, ADDRESS, first);
        assertTrue(first.isEmpty());

        page("other.html", "<h2 id=\"y\">Y</h2>");
        ProblemCollector second = new ProblemCollector();
        checker.checkSite(site, ADDRESS, second);
        String message = assertThrows(BuildFailure.class, second::throwIfAny).getMessage();
        assertTrue(message.contains("index.html:2: a 'other.html#x' points to #x, which is not an id on other.html"), message);

        Files.delete(site.resolve("other.html"));
        ProblemCollector third = new ProblemCollector();
        checker.checkSite(site, ADDRESS, third);
        message = assertThrows(BuildFailure.class, third::throwIfAny).getMessage();
        assertTrue(message.contains("index.html:2: a 'other.html#x' leads to no file in the site"), message);
    }

    @Test
    void aFileLeftAsItWasIsNotReadAgainButOneRewrittenIs() throws IOException {
        OutputLinkChecker checker = OutputLinkChecker.acrossBuilds();
        page("index.html", "<a href=\"other.html#x\">o</a>");
        page("other.html", "<h2 id=\"x\">X</h2>");
        FileTime settled = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(site.resolve("other.html"), settled);
        checker.checkSite(site, ADDRESS, new ProblemCollector());

        // The same file, size and time, as a rebuild that links an unchanged page leaves it: taken as read before.
        page("other.html", "<h2 id=\"y\">Y</h2>");
        Files.setLastModifiedTime(site.resolve("other.html"), settled);
        ProblemCollector unread = new ProblemCollector();
        checker.checkSite(site, ADDRESS, unread);
        assertTrue(unread.isEmpty(), "the file was trusted by its attributes");

        // Written again just now: read again, whatever its size.
        page("other.html", "<h2 id=\"z\">Z</h2>");
        ProblemCollector read = new ProblemCollector();
        checker.checkSite(site, ADDRESS, read);
        String message = assertThrows(BuildFailure.class, read::throwIfAny).getMessage();
        assertTrue(message.contains("points to #x, which is not an id on other.html"), message);
    }
}
