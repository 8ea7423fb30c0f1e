package org.explainer.gates;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks what a baked site tells search engines, feed readers and its own search: every page's
 * metadata and JSON-LD, the Atom feed, the sitemap, robots.txt and the search index. Expectations
 * come from the site itself (an article page is one that says so in Open Graph; a glossary entry is
 * one with JSON-LD of a defined term), so any site of this machinery can be checked.
 */
public final class SiteMetadataChecker {

    public List<Finding> check(Path site) {
        List<Finding> findings = new ArrayList<>();
        List<Path> pages = SiteFiles.htmlPages(site);
        // Each language's glossary is a DefinedTermSet of its own, by the page's language.
        Map<String, List<String>> termSets = new TreeMap<>();
        Map<String, List<String>> termSetMembers = new TreeMap<>();
        Set<String> aliases = new LinkedHashSet<>();
        int articles = 0;
        int indexed = 0;
        for (Path file : pages) {
            String name = SiteFiles.name(site, file);
            Document page = parse(file);
            head(page, name, findings);
            // A page kept from search engines (a page's history, a moved page's old address, a 404 page) is in no sitemap.
            if (page.select("meta[name=robots][content~=noindex]").isEmpty()) {
                indexed++;
            }
            for (Element script : page.select("script[type=application/ld+json]")) {
                if (!(json(script.data(), name, findings) instanceof Map<?, ?> data)) {
                    continue;
                }
                Object type = data.get("@type");
                if ("article".equals(page.select("meta[property=og:type]").attr("content"))) {
                    articles++;
                    require(findings, name, "JSON-LD Article with headline, datePublished, author and publisher",
                            "Article".equals(type) && data.keySet().containsAll(List.of("headline", "datePublished", "author", "publisher")));
                }
                if ("DefinedTermSet".equals(type)) {
                    termSets.computeIfAbsent(page.select("html").attr("lang"), lang -> new ArrayList<>()).add(String.valueOf(data.get("@id")));
                    require(findings, name, "DefinedTermSet with hasDefinedTerm", data.get("hasDefinedTerm") instanceof List);
                }
                if ("DefinedTerm".equals(type)) {
                    termSetMembers.computeIfAbsent(page.select("html").attr("lang"), lang -> new ArrayList<>())
                            .add(String.valueOf(data.get("inDefinedTermSet")));
                    List<String> shown = alsoWritten(page);
                    aliases.addAll(shown);
                    List<?> alternate = data.get("alternateName") instanceof List<?> names ? names : List.of();
                    require(findings, name, "every name under \"Also written\" in the JSON-LD alternateName "
                            + shown + " " + alternate, alternate.containsAll(shown));
                }
            }
        }
        require(findings, "feed.xml", "at least one article page to feed", articles > 0);
        termSetMembers.forEach((lang, members) -> {
            List<String> sets = termSets.getOrDefault(lang, List.of());
            require(findings, "glossary (" + lang + ")", "exactly one DefinedTermSet page, found " + sets.size(), sets.size() == 1);
            String id = sets.isEmpty() ? "" : sets.get(0);
            require(findings, "glossary (" + lang + ")", "every DefinedTerm in the set " + id, members.stream().allMatch(id::equals));
        });
        feed(site, findings);
        sitemap(site, indexed, findings);
        searchIndex(site, aliases, findings);
        return findings;
    }

    private static void head(Document page, String name, List<Finding> findings) {
        require(findings, name, "lang", !page.select("html[lang]").attr("lang").isBlank());
        require(findings, name, "charset", !page.select("meta[charset=utf-8]").isEmpty());
        require(findings, name, "viewport", !page.select("meta[name=viewport]").isEmpty());
        require(findings, name, "title", !page.title().isBlank());
        require(findings, name, "description", !page.select("meta[name=description]").attr("content").isBlank());
        require(findings, name, "canonical", page.select("link[rel=canonical]").attr("href").startsWith("http"));
        require(findings, name, "og:title", !page.select("meta[property=og:title]").isEmpty());
        require(findings, name, "twitter:card", !page.select("meta[name=twitter:card]").isEmpty());
        require(findings, name, "favicon", !page.select("link[rel=icon]").isEmpty());
    }

    /** The variant names a glossary entry shows its reader. */
    private static List<String> alsoWritten(Document page) {
        for (Element row : page.select(".term-names > div")) {
            if (row.select("dt").text().equals("Also written")) {
                return List.of(row.select("dd").text().split(",\\s*"));
            }
        }
        return List.of();
    }

    private static void feed(Path site, List<Finding> findings) {
        Document feed = xml(site.resolve("feed.xml"));
        Element root = feed.selectFirst("feed");
        require(findings, "feed.xml", "an Atom feed element", root != null && "http://www.w3.org/2005/Atom".equals(root.attr("xmlns")));
        if (root == null) {
            return;
        }
        for (String required : List.of("id", "title", "updated", "author")) {
            require(findings, "feed.xml", "one feed/" + required, root.select("> " + required).size() == 1);
        }
        require(findings, "feed.xml", "an RFC 3339 feed/updated", isDateTime(root.select("> updated").text()));
        List<Element> entries = root.select("> entry");
        require(findings, "feed.xml", "entries", !entries.isEmpty());
        for (Element entry : entries) {
            for (String required : List.of("id", "title", "updated", "link", "summary")) {
                require(findings, "feed.xml", "one entry/" + required, entry.select("> " + required).size() == 1);
            }
            require(findings, "feed.xml", "an absolute entry/id", entry.select("> id").text().startsWith("http"));
            require(findings, "feed.xml", "an RFC 3339 entry/updated", isDateTime(entry.select("> updated").text()));
        }
    }

    private static void sitemap(Path site, int pages, List<Finding> findings) {
        List<String> locations = xml(site.resolve("sitemap.xml")).select("urlset > url > loc").eachText();
        require(findings, "sitemap.xml", "every indexed page (" + pages + "), found " + locations.size(),
                locations.size() == pages);
        require(findings, "sitemap.xml", "absolute addresses", locations.stream().allMatch(loc -> loc.startsWith("http")));
        require(findings, "robots.txt", "the sitemap's address", read(site.resolve("robots.txt")).contains("Sitemap: http"));
    }

    private static void searchIndex(Path site, Set<String> aliases, List<Finding> findings) {
        if (!(json(read(site.resolve(SearchIndexFile.NAME)), SearchIndexFile.NAME, findings) instanceof List<?> index)) {
            return;
        }
        Set<Object> names = new LinkedHashSet<>();
        index.forEach(entry -> names.addAll(entry instanceof Map<?, ?> page && page.get("names") instanceof List<?> list
                ? list : List.of()));
        for (String alias : aliases) {
            require(findings, SearchIndexFile.NAME, "the variant name \"" + alias + "\"", names.contains(alias));
        }
    }

    /** The JSON value as maps, lists and strings; null, with a finding, if it is not JSON. */
    private static Object json(String text, String where, List<Finding> findings) {
        try {
            return JsonText.parse(text);
        } catch (IOException e) {
            findings.add(Finding.at(where, "invalid JSON: " + e.getMessage().lines().findFirst().orElse("")));
            return null;
        }
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void require(List<Finding> findings, String where, String what, boolean present) {
        if (!present) {
            findings.add(Finding.at(where, "lacks " + what));
        }
    }

    private static Document parse(Path file) {
        return Jsoup.parse(read(file));
    }

    private static Document xml(Path file) {
        return Jsoup.parse(read(file), "", Parser.xmlParser());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
