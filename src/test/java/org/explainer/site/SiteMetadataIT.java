package org.explainer.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the baked site (target/site): every page's metadata, the JSON-LD, the Atom feed, the sitemap, the search index. */
class SiteMetadataIT {

    private static final Path SITE = Path.of(System.getProperty("site.dir", "target/site"));
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(SITE)) {
            return walk.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPageCarriesItsMetadata() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : pages()) {
            Document page = Jsoup.parse(file.toFile());
            String name = SITE.relativize(file).toString();
            check(missing, name, "lang", !page.select("html[lang]").attr("lang").isBlank());
            check(missing, name, "charset", !page.select("meta[charset=utf-8]").isEmpty());
            check(missing, name, "viewport", !page.select("meta[name=viewport]").isEmpty());
            check(missing, name, "title", !page.title().isBlank());
            check(missing, name, "description", !page.select("meta[name=description]").attr("content").isBlank());
            check(missing, name, "canonical", page.select("link[rel=canonical]").attr("href").startsWith("http"));
            check(missing, name, "og:title", !page.select("meta[property=og:title]").isEmpty());
            check(missing, name, "twitter:card", !page.select("meta[name=twitter:card]").isEmpty());
            check(missing, name, "favicon", !page.select("link[rel=icon]").isEmpty());
            for (var script : page.select("script[type=application/ld+json]")) {
                check(missing, name, "valid JSON-LD", isJson(script.data()));
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void explainersAreArticlesAndTheGlossaryADefinedTermSet() throws IOException {
        Document explainer = Jsoup.parse(SITE.resolve("explainers/moscow-talks-2025.html").toFile());
        String article = explainer.select("script[type=application/ld+json]").first().data();
        assertTrue(article.contains("\"@type\":\"Article\"") && article.contains("\"headline\"")
                && article.contains("\"datePublished\"") && article.contains("\"author\"") && article.contains("\"publisher\""), article);
        String glossary = Jsoup.parse(SITE.resolve("glossary/index.html").toFile()).select("script[type=application/ld+json]").first().data();
        assertTrue(glossary.contains("\"@type\":\"DefinedTermSet\"") && glossary.contains("\"hasDefinedTerm\""), glossary);
        String entry = Jsoup.parse(SITE.resolve("glossary/khmeimim.html").toFile()).select("script[type=application/ld+json]").first().data();
        assertTrue(entry.contains("\"@type\":\"DefinedTerm\"") && entry.contains("\"alternateName\"")
                && entry.contains("\"inDefinedTermSet\"") && entry.contains("Hmeimim"), entry);
    }

    @Test
    void atomFeedIsWellFormedWithTheRequiredElements() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(SITE.resolve("feed.xml").toFile());
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        for (String required : List.of("id", "title", "updated", "author")) {
            assertEquals(1, children(root, required).size(), "feed/" + required);
        }
        OffsetDateTime.parse(children(root, "updated").get(0).getTextContent());
        List<Element> entries = children(root, "entry");
        assertFalse(entries.isEmpty());
        for (Element entry : entries) {
            for (String required : List.of("id", "title", "updated", "link", "summary")) {
                assertEquals(1, children(entry, required).size(), "entry/" + required);
            }
            assertTrue(children(entry, "id").get(0).getTextContent().startsWith("http"));
            OffsetDateTime.parse(children(entry, "updated").get(0).getTextContent());
        }
    }

    @Test
    void sitemapListsEveryPageByAbsoluteAddress() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList locations = factory.newDocumentBuilder().parse(SITE.resolve("sitemap.xml").toFile())
                .getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertEquals(pages().size() - 1, locations.getLength(), "every page but the 404 page");
        for (int i = 0; i < locations.getLength(); i++) {
            assertTrue(locations.item(i).getTextContent().startsWith("http"));
        }
        assertTrue(Files.readString(SITE.resolve("robots.txt")).contains("Sitemap: http"));
    }

    @Test
    void searchIndexHoldsVariantSpellings() throws IOException {
        String index = Files.readString(SITE.resolve("search-index.json"));
        assertTrue(isJson(index));
        assertTrue(index.contains("Hmeimim"), "alias of Khmeimim");
        assertTrue(index.contains("al-Shibani"), "alias of al-Shaibani");
    }

    private static void check(List<String> missing, String page, String what, boolean present) {
        if (!present) {
            missing.add(page + ": " + what);
        }
    }

    private static boolean isJson(String text) {
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            while (parser.nextToken() != null) {
                // reading every token is the validation
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
