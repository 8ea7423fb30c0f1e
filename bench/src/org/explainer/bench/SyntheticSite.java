package org.explainer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic site of a given number of published pages in the project's own content format,
 * reusing the real templates, assets, map data and settings, so a bake of it runs every part of the
 * build: header validation, glossary (titles, aliases, related keys), term references by key and by
 * alias, links between pages by relative {@code .md} path with heading fragments, external links,
 * tables, footnote sources, the timeline (a synthetic {@code data/timeline.yml} whose events name the
 * synthetic terms, shown whole and in extracts) and the map directive, backlinks, related pages, the
 * search index, feed, sitemap and the output link check.
 * <p>
 * Numbers in titles and other names have four digits, so that no page's number is part of another's
 * and the site search, which matches parts of words, finds each page by its own title.
 * <p>
 * The same seed gives the same site, so runs and machines compare. Page counts include the eight
 * fixed pages every site has (home, lists, glossary index, search, 404, about, timeline); one draft is
 * added on top, which the build reads and checks but does not publish.
 */
final class SyntheticSite {

    static final int FIXED_PAGES = 8;

    private static final String[] WORDS = ("agreement base port coast talks minister review lease treaty "
            + "contract debt council transition government delegation navy airfield supply visit statement "
            + "report source claim timeline region border relief sanctions reconstruction election committee "
            + "summit observer envoy mandate protocol ratified signed disputed withdrawal presence interim "
            + "official analyst archive record document budget payment wheat energy grain logistics").split(" ");
    private static final String[] TAGS = ("diplomacy agreements bases transition history military economy "
            + "navy energy trade law security aid reconstruction elections sanctions media region debt "
            + "ports airbases treaties people places").split(" ");
    private static final String[] CATEGORIES = {"person", "place", "organisation", "agreement", "military", "concept", "event"};
    private static final String[] EVENT_CATEGORIES = {"diplomacy", "military", "economy", "politics"};

    private final int pages;
    private final int terms;
    private final int background;
    private final int explainers;
    private final Random random;

    SyntheticSite(int pages) {
        if (pages < FIXED_PAGES + 2) {
            throw new IllegalArgumentException("a synthetic site needs at least " + (FIXED_PAGES + 2) + " pages");
        }
        this.pages = pages;
        int variable = pages - FIXED_PAGES;
        this.terms = Math.max(1, Math.round(variable * 0.3f));
        this.background = Math.round(variable * 0.2f);
        this.explainers = variable - terms - background;
        this.random = new Random(20_250_731L + pages);
    }

    int pages() {
        return pages;
    }

    /** Writes the site into {@code dir} (which must not exist yet), taking settings and templates from {@code project}. */
    void writeTo(Path dir, Path project) throws IOException {
        Files.createDirectories(dir);
        Files.copy(project.resolve("jbake.properties"), dir.resolve("jbake.properties"));
        for (String folder : List.of("templates", "assets", "data", "text")) {
            Tree.copy(project.resolve(folder), dir.resolve(folder));
        }
        Files.writeString(dir.resolve("data/timeline.yml"), timeline(), StandardCharsets.UTF_8);
        Path content = dir.resolve("content");
        fixedPages(content);
        for (int i = 1; i <= terms; i++) {
            write(content, "glossary/" + termKey(i) + ".md", term(i));
        }
        for (int i = 1; i <= background; i++) {
            write(content, "background/" + backgroundSlug(i) + ".md", background(i));
        }
        for (int i = 1; i <= explainers; i++) {
            write(content, "explainers/" + explainerSlug(i) + ".md", explainer(i));
        }
        write(content, "explainers/unfinished-draft.md", header("Unfinished draft", "explainer", "draft", "")
                + "\nNot published yet; links to [" + termTitle(1) + "](term:" + termKey(1) + ").\n");
    }

    private void fixedPages(Path content) throws IOException {
        write(content, "index.md", header("Synthetic explainers", "page", "published", "layout=home\n")
                + "\nA synthetic site for the benchmark. Start with [the first explainer](explainers/"
                + explainerSlug(1) + ".md) or the [glossary](glossary/index.md); [" + termTitle(1) + "](term:"
                + termKey(1) + ") is on every page.\n");
        write(content, "explainers/index.md", header("Explainers", "page", "published", "layout=section\n")
                + "\nEvery explainer, newest first.\n");
        write(content, "background/index.md", header("Background", "page", "published", "layout=section\n")
                + "\nReference pages behind the explainers.\n");
        write(content, "glossary/index.md", header("Glossary", "page", "published", "layout=glossary\n")
                + "\nEvery name used on the site, A to Z.\n");
        write(content, "search.md", header("Search", "page", "published", "layout=search\n")
                + "\nSearch titles, summaries, headings and text.\n");
        write(content, "404.md", header("Page not found", "page", "published", "layout=not-found\n")
                + "\nThe address may be mistyped. Try one of these:\n");
        write(content, "about.md", header("About this site", "page", "published", "")
                + "\n## Method\n\n" + paragraph(60) + "\n\n## Corrections\n\n" + paragraph(40)
                + "\n\n## Sources policy\n\n" + paragraph(40) + " See the [timeline](background/timeline.md).\n");
        write(content, "background/timeline.md", header("Timeline", "background", "published", "")
                + "\n## What the timeline covers\n\n" + paragraph(80) + "[^t1]\n\n## How dates are shown\n\n"
                + paragraph(60) + "\n\n## How events were chosen\n\n" + paragraph(50) + "\n\n## Events\n\n{{timeline}}\n\n"
                + footnote("t1", 1) + "\n");
    }

    /** One event per ten pages (at least ten, so the first ten tags all occur), a week apart, each naming two terms and two tags. */
    private String timeline() {
        StringBuilder yaml = new StringBuilder("# Synthetic timeline for the benchmark.\n");
        int events = Math.max(10, pages / 10);
        for (int i = 0; i < events; i++) {
            String date = java.time.LocalDate.of(2000, 1, 3).plusWeeks(i).toString();
            yaml.append("\n- date: \"").append(date).append("\"\n")
                    .append("  title: ").append(sentence(6).replace(".", "")).append('\n')
                    .append("  description: ").append(sentence(18)).append('\n')
                    .append("  category: ").append(EVENT_CATEGORIES[i % EVENT_CATEGORIES.length]).append('\n')
                    .append("  terms: [").append(termKey(1 + i % terms)).append(", ").append(termKey(1 + (i * 7) % terms))
                    .append("]\n")
                    .append("  tags: [").append(TAGS[i % TAGS.length]).append(", ").append(TAGS[(i * 5 + 1) % TAGS.length])
                    .append("]\n")
                    .append("  source:\n")
                    .append("    publisher: ").append(capitalised(word())).append(" News\n")
                    .append("    title: \"").append(sentence(6)).append("\"\n")
                    .append("    date: \"").append(date).append("\"\n")
                    .append("    url: https://example.org/timeline/").append(i).append('\n');
        }
        return yaml.toString();
    }

    private String term(int i) {
        int other = 1 + i % terms;
        int third = 1 + (i + 1) % terms;
        String related = terms > 2 ? "related=" + termKey(other) + ", " + termKey(third) + "\n" : "";
        String extra = "category=" + CATEGORIES[i % CATEGORIES.length] + "\n"
                + (i % 3 == 0 ? "original=ar:مصطلح " + i + " | ru:Термин " + i + "\n" : "")
                + "aliases=" + termAlias(i) + ", Term number " + String.format("%04d", i) + "\n" + related;
        return header(termTitle(i), "term", "published", extra)
                + "\n" + paragraph(70) + " Compare [" + termTitle(other) + "](term:" + termKey(other) + ") and ["
                + termAlias(third) + "](term:).[^g" + i + "]\n\n" + footnote("g" + i, i) + "\n";
    }

    private String background(int i) {
        StringBuilder body = new StringBuilder("\n## Overview\n\n")
                .append(paragraph(90)).append(termRefs(i, 2)).append("[^b1]\n\n## Details\n\n")
                .append(paragraph(110)).append(" The explainer [").append(explainerTitle(1 + i % explainers))
                .append("](../explainers/").append(explainerSlug(1 + i % explainers)).append(".md#what-happened) ")
                .append("tells the story.[^b2]\n\n### Figures\n\n")
                .append("| Year | Figure | Source |\n|---|---|---|\n");
        // Each row cites its source, as the real site's tables do: on a phone a table scrolls sideways, and a
        // scrolling table with no link in it cannot be reached with the keyboard (the accessibility gate says so).
        for (int row = 0; row < 4; row++) {
            body.append("| ").append(2010 + row * 3).append(" | ").append(100 + random.nextInt(900)).append(" | ")
                    .append(word()).append("[^b").append(1 + row % 2).append("] |\n");
        }
        body.append(i % 10 == 1 ? "\n## Where\n\n{{map bases}}\n" : "")
                .append("\n## Points of disagreement\n\n").append(paragraph(80))
                .append(" See [the timeline](timeline.md#how-dates-are-shown).\n\n")
                .append(footnote("b1", i)).append("\n").append(footnote("b2", i + 1)).append("\n");
        return header(backgroundTitle(i), "background", "published", "") + body;
    }

    private String explainer(int i) {
        int previous = 1 + (i + explainers - 2) % explainers;
        int next = 1 + i % explainers;
        StringBuilder body = new StringBuilder("\n## Key points\n\n");
        for (int k = 0; k < 4; k++) {
            body.append("- ").append(sentence(14)).append(termRefs(i * 4 + k, 1)).append("[^s").append(k + 1).append("]\n");
        }
        body.append("- [").append(termTitle(1)).append("](term:").append(termKey(1)).append(") and [")
                .append(termAlias(1 + (i * 7) % terms)).append("](term:) appear throughout.\n");
        body.append("\n## Background\n\n").append(paragraph(120)).append(termRefs(i + 11, 2));
        if (background > 0) {
            int page = 1 + i % background;
            body.append(" The reference page [").append(backgroundTitle(page)).append("](../background/")
                    .append(backgroundSlug(page)).append(".md#details) has the figures.");
        }
        body.append("[^s5]\n\n## What happened\n\n").append(paragraph(140))
                .append(" Earlier: [").append(explainerTitle(previous)).append("](").append(explainerSlug(previous))
                .append(".md). Later: [").append(explainerTitle(next)).append("](").append(explainerSlug(next))
                .append(".md#key-points). [Reporting](https://example.org/report/").append(i).append(") differs.\n\n")
                .append("### What each side said\n\n").append(paragraph(100)).append(termRefs(i + 23, 2))
                .append(" See [below](#what-we-do-not-know).[^s6]\n\n")
                .append(i % 4 == 0 ? "### In the timeline\n\n{{timeline tag=" + TAGS[i % 10] + "}}\n\n" : "")
                .append("## What we do not know\n\n").append(paragraph(90)).append("\n\n");
        for (int k = 1; k <= 6; k++) {
            body.append(footnote("s" + k, i * 10 + k)).append("\n");
        }
        String correction = i % 5 == 0 ? "correction=" + date(i + 40) + ": a date in the second section was corrected.\n" : "";
        return header(explainerTitle(i), "explainer", "published", correction) + body;
    }

    /** {@code count} term references starting from a page-dependent term, by key and by alias in turn. */
    private String termRefs(int seed, int count) {
        StringBuilder refs = new StringBuilder();
        for (int k = 0; k < count; k++) {
            int term = 1 + Math.floorMod(seed * 3 + k * 5, terms);
            refs.append(k % 2 == 0
                    ? " [" + termTitle(term) + "](term:" + termKey(term) + ")"
                    : " [" + termAlias(term) + "](term:)");
            refs.append(" ").append(word()).append(".");
        }
        return refs.toString();
    }

    private String header(String title, String type, String status, String extra) {
        int day = random.nextInt(300);
        return "title=" + title + "\ntype=" + type + "\nsummary=" + sentence(16) + "\ndate=" + date(day)
                + "\nreviewed=" + date(day + 30) + "\nstatus=" + status + "\ntags=" + tag() + ", " + tag() + "\n"
                + extra + "~~~~~~\n";
    }

    private String footnote(String id, int n) {
        return "[^" + id + "]: " + capitalised(word()) + " News, \"" + sentence(6) + "\", " + (1 + n % 28)
                + " May 2025. <https://example.org/source/" + id + "-" + n + ">";
    }

    private String paragraph(int words) {
        StringBuilder text = new StringBuilder();
        while (words > 0) {
            int length = Math.min(words, 8 + random.nextInt(12));
            text.append(text.length() == 0 ? "" : " ").append(sentence(length));
            words -= length;
        }
        return text.toString();
    }

    private String sentence(int words) {
        List<String> sentence = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            sentence.add(word());
        }
        return capitalised(String.join(" ", sentence)) + ".";
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private String tag() {
        return TAGS[random.nextInt(TAGS.length)];
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String date(int dayOfYear) {
        return java.time.LocalDate.of(2025, 1, 1).plusDays(dayOfYear).toString();
    }

    private static String termKey(int i) {
        return String.format("term-%04d", i);
    }

    private static String termTitle(int i) {
        return String.format("Entry %04d %s", i, capitalised(WORDS[i % WORDS.length]));
    }

    private static String termAlias(int i) {
        return String.format("E-%04d variant", i);
    }

    private static String backgroundSlug(int i) {
        return String.format("reference-%04d", i);
    }

    private static String backgroundTitle(int i) {
        return String.format("Reference page %04d", i);
    }

    private static String explainerSlug(int i) {
        return String.format("explainer-%04d", i);
    }

    private static String explainerTitle(int i) {
        return String.format("What explainer %04d explains", i);
    }

    private static void write(Path content, String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
