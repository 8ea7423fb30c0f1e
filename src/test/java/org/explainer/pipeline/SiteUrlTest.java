package org.explainer.pipeline;

import org.explainer.testing.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site's address is set once, at build time ({@code -Dsite.url}, from CI), and must serve a
 * GitHub project page, a user page and a custom domain alike: every absolute address (canonical,
 * Open Graph, feed, sitemap, structured data, robots.txt) starts with it, and no link inside the
 * site depends on it, so the same pages work wherever they are served.
 */
class SiteUrlTest {

    private static final Pattern JSON_LD_ADDRESS = Pattern.compile("\"(?:url|@id|inDefinedTermSet)\":\"([^\"]*)\"");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://owner.github.io/repo-name/", "https://owner.github.io/", "https://example.org/"})
    void absoluteAddressesComeFromTheSiteUrlAndInternalLinksStayRelative(String siteUrl, @TempDir Path dir) {
        TestProject project = TestProject.create(dir)
                .term("tartus", "Tartus", "aliases=Tartous\n")
                .page("explainers/one.md", "explainer", "One", "",
                        "## Key points\n\n- [Tartus](term:) is a port; see the [timeline](../background/timeline.md).\n\n"
                                + "## What we don't know\n\nMuch.[^a]\n\n[^a]: Pub, \"T\", 1 May 2025. <https://example.com/a>\n");
        project.build(siteUrl);
        Map<String, Document> pages = htmlPages(project.output());

        assertAll(
                () -> assertSitemap(project, siteUrl),
                () -> assertFeed(project, siteUrl),
                () -> assertEquals("Sitemap: " + siteUrl + "sitemap.xml", project.read("robots.txt").lines()
                        .filter(line -> line.startsWith("Sitemap:")).findFirst().orElse(""), "robots.txt"),
                () -> assertPageAddresses(pages, siteUrl),
                () -> assertInternalLinksRelative(pages, siteUrl));
    }

    private static void assertSitemap(TestProject project, String siteUrl) {
        List<String> locs = xml(project.read("sitemap.xml")).select("url > loc").eachText();
        assertTrue(locs.contains(siteUrl), "the home page is in the sitemap as " + siteUrl + ": " + locs);
        assertTrue(locs.contains(siteUrl + "explainers/one.html"), "sitemap: " + locs);
        assertAll(locs.stream().map(loc -> () -> assertTrue(loc.startsWith(siteUrl), "sitemap <loc> " + loc)));
    }

    private static void assertFeed(TestProject project, String siteUrl) {
        Document feed = xml(project.read("feed.xml"));
        assertEquals(siteUrl, feed.selectFirst("feed > id").text(), "feed <id>");
        assertEquals(siteUrl + "feed.xml", feed.selectFirst("feed > link[rel=self]").attr("href"), "feed self link");
        assertEquals(siteUrl + "explainers/one.html", feed.selectFirst("entry > id").text(), "entry <id>");
        List<String> addresses = new ArrayList<>(feed.select("id").eachText());
        addresses.addAll(feed.select("link").eachAttr("href"));
        assertAll(addresses.stream().map(address -> () -> assertTrue(address.startsWith(siteUrl), "feed address " + address)));
    }

    private static void assertPageAddresses(Map<String, Document> pages, String siteUrl) {
        assertAll(pages.entrySet().stream().map(entry -> () -> {
            String path = entry.getKey();
            Document page = entry.getValue();
            String expected = siteUrl + (path.equals("index.html") ? "" : path.endsWith("/index.html")
                    ? path.substring(0, path.length() - "index.html".length()) : path);
            assertEquals(expected, page.selectFirst("link[rel=canonical]").attr("href"), path + ": canonical");
            assertEquals(expected, page.selectFirst("meta[property=og:url]").attr("content"), path + ": og:url");
            for (Element script : page.select("script[type=application/ld+json]")) {
                Matcher address = JSON_LD_ADDRESS.matcher(script.data());
                while (address.find()) {
                    assertTrue(address.group(1).startsWith(siteUrl), path + ": JSON-LD address " + address.group(1));
                }
            }
        }));
    }

    private static void assertInternalLinksRelative(Map<String, Document> pages, String siteUrl) {
        String siteHost = URI.create(siteUrl).getHost();
        assertAll(pages.entrySet().stream().map(entry -> () -> {
            String path = entry.getKey();
            Document page = entry.getValue();
            List<String> references = new ArrayList<>();
            for (Element element : page.select("[href], [src]")) {
                // The canonical address is absolute by definition; the 404 page's <base> is checked below.
                if (element.is("link[rel=canonical], base")) {
                    continue;
                }
                references.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
            }
            assertFalse(references.isEmpty(), path + " has links");
            for (String reference : references) {
                assertFalse(reference.startsWith("/"), path + ": root-relative link " + reference);
                URI uri = URI.create(reference);
                boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
                assertFalse(web && siteHost.equals(uri.getHost()), path + ": absolute link into the site " + reference);
            }
        }));
        // GitHub Pages serves 404.html at whatever address was missed, so its relative links start
        // from a <base> at the site's root path: the one root-relative address the site may write.
        Element base = pages.get("404.html").selectFirst("base");
        assertEquals(URI.create(siteUrl).getPath(), base == null ? null : base.attr("href"), "404.html: <base href>");
    }

    private static Map<String, Document> htmlPages(Path siteDir) {
        Map<String, Document> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(siteDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.put(siteDir.relativize(file).toString().replace('\\', '/'), Jsoup.parse(file.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    private static Document xml(String text) {
        return Jsoup.parse(text, "", Parser.xmlParser());
    }
}
