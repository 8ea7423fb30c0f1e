package org.explainer.gates;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.zip.GZIPOutputStream;

/**
 * Weighs every page as a reader's browser receives it, gzip-compressed file by file as a static host
 * serves it, by two figures, the same rule for every page:
 * <ul>
 *   <li>the first screen, what the browser must have before it can show the page's title and lede: the
 *   HTML up to the end of the lede (the first paragraph in {@code <main>} after the page's {@code <h1>}),
 *   head included, with the render-blocking CSS and scripts, within {@link #FIRST_SCREEN_BUDGET};</li>
 *   <li>the whole page: the HTML with every stylesheet and script it loads, within {@link #TOTAL_BUDGET}.</li>
 * </ul>
 * A server sends about 14 KB before it first waits for the reader's acknowledgement (TCP's initial
 * window of ten packets); the first screen is held well under it so that text in Arabic or Cyrillic
 * script, which takes twice the bytes, still arrives in that first round trip. Images and data fetched
 * on demand are weighed too, but only reported.
 */
public final class PageBudgetChecker {

    public static final int TOTAL_BUDGET = 30 * 1024;
    public static final int FIRST_SCREEN_BUDGET = 8 * 1024;

    /** Data pages fetch only when a reader asks, such as the search index; reported, not budgeted. */
    public static final List<String> ON_DEMAND_DATA = List.of("search-index.json");

    /**
     * One page's compressed weight, in bytes, by kind; images as stored, since they are compressed already.
     *
     * @param firstScreenHtml the HTML up to the end of the lede
     * @param firstScreenLine the line of the page's source where the lede ends
     */
    public record PageWeight(String page, long html, long firstScreenHtml, int firstScreenLine, long stylesheets,
                             long scripts, long renderBlocking, long images) {

        /** The HTML with every stylesheet and script it loads. */
        public long total() {
            return html + stylesheets + scripts;
        }

        /** The HTML up to the end of the lede with what the browser must have before it shows anything. */
        public long firstScreen() {
            return firstScreenHtml + renderBlocking;
        }
    }

    /** Every page's weight, what is over budget, and the on-demand data's compressed sizes. */
    public record Report(List<PageWeight> pages, List<Finding> findings, Map<String, Long> onDemandData) {

        public List<PageWeight> heaviest(int count) {
            return heaviestBy(PageWeight::total, count);
        }

        public List<PageWeight> heaviestFirstScreens(int count) {
            return heaviestBy(PageWeight::firstScreen, count);
        }

        private List<PageWeight> heaviestBy(ToLongFunction<PageWeight> weight, int count) {
            return pages.stream().sorted(Comparator.comparingLong(weight).reversed()).limit(count).toList();
        }
    }

    private final Map<Path, Long> compressedSizes = new TreeMap<>();

    public Report check(Path folder) {
        List<PageWeight> pages = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Path file : SiteFiles.htmlPages(folder)) {
            PageWeight weight = weigh(folder, file);
            pages.add(weight);
            if (weight.total() > TOTAL_BUDGET) {
                findings.add(Finding.at(weight.page(), String.format("%s of HTML, CSS and JavaScript, compressed: over the"
                                + " %s budget (HTML %s, CSS %s, JavaScript %s)", kb(weight.total()), kb(TOTAL_BUDGET),
                        kb(weight.html()), kb(weight.stylesheets()), kb(weight.scripts()))));
            }
            if (weight.firstScreen() > FIRST_SCREEN_BUDGET) {
                findings.add(new Finding(weight.page(), weight.firstScreenLine(), String.format("first screen %s compressed,"
                                + " over its %s budget: the HTML up to the end of the lede %s, render-blocking CSS and"
                                + " JavaScript %s", kb(weight.firstScreen()), kb(FIRST_SCREEN_BUDGET),
                        kb(weight.firstScreenHtml()), kb(weight.renderBlocking()))));
            }
        }
        Map<String, Long> onDemand = new TreeMap<>();
        for (String name : ON_DEMAND_DATA) {
            if (Files.isRegularFile(folder.resolve(name))) {
                onDemand.put(name, compressed(folder.resolve(name)));
            }
        }
        return new Report(pages, findings, onDemand);
    }

    /** A size for people: kilobytes of 1,024 bytes, one decimal. */
    public static String kb(long bytes) {
        return String.format("%.1f KB", bytes / 1024.0);
    }

    private PageWeight weigh(Path folder, Path page) {
        String html = read(page);
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Set<Path> stylesheets = new LinkedHashSet<>();
        Set<Path> scripts = new LinkedHashSet<>();
        Set<Path> blocking = new LinkedHashSet<>();
        Set<Path> images = new LinkedHashSet<>();
        Path base = baseFolder(folder, page, document);
        for (Element link : document.select("link[rel~=(?i)stylesheet][href]:not([disabled])")) {
            local(folder, base, link.attr("href")).ifPresent(file -> {
                stylesheets.add(file);
                if (!link.hasAttr("media") || link.attr("media").matches("(?i)\\s*(all|screen)\\b.*")) {
                    blocking.add(file);
                }
            });
        }
        for (Element script : document.select("script[src]")) {
            local(folder, base, script.attr("src")).ifPresent(file -> {
                scripts.add(file);
                boolean inHead = script.parents().stream().anyMatch(parent -> parent.tagName().equals("head"));
                if (inHead && !script.hasAttr("defer") && !script.hasAttr("async") && !"module".equals(script.attr("type"))) {
                    blocking.add(file);
                }
            });
        }
        for (Element image : document.select("img[src], link[rel~=(?i)icon][href], source[srcset], img[srcset]")) {
            String url = image.hasAttr("srcset") ? image.attr("srcset").strip().split("[\\s,]+")[0]
                    : image.hasAttr("src") ? image.attr("src") : image.attr("href");
            local(folder, base, url).ifPresent(images::add);
        }
        Optional<Range.Position> firstScreenEnd = firstScreenEnd(document);
        String firstScreen = firstScreenEnd.map(end -> html.substring(0, end.pos())).orElse(html);
        int firstScreenLine = firstScreenEnd.map(Range.Position::lineNumber).orElse(0);
        return new PageWeight(SiteFiles.name(folder, page), compressed(page),
                gzipSize(firstScreen.getBytes(StandardCharsets.UTF_8)), firstScreenLine, sum(stylesheets, true),
                sum(scripts, true), sum(blocking, true), sum(images, false));
    }

    /**
     * Where the first screen ends in the page's source: after the lede, the first paragraph in {@code <main>}
     * after the page's title (a kicker above the title does not end it), or the first in {@code <main>} on a
     * page without an {@code <h1>} there. A page with no such paragraph is weighed whole: its first screen
     * is never lighter than what it shows first.
     */
    private static Optional<Range.Position> firstScreenEnd(Document document) {
        Element main = document.selectFirst("main");
        if (main == null) {
            return Optional.empty();
        }
        Element title = main.selectFirst("h1");
        int titleStart = title == null ? -1 : title.sourceRange().startPos();
        return main.select("p").stream()
                .filter(paragraph -> paragraph.sourceRange().startPos() > titleStart)
                .findFirst()
                .map(lede -> lede.endSourceRange().end())
                .filter(Range.Position::isTracked);
    }

    /**
     * The folder a page's relative addresses start from. A page with a {@code <base>} (the 404 page,
     * served at any depth) has it pointing at the site's root, so its addresses start from the root.
     */
    private static Path baseFolder(Path folder, Path page, Document document) {
        return document.selectFirst("base[href]") != null ? folder : page.getParent();
    }

    private static Optional<Path> local(Path folder, Path base, String url) {
        if (url.isBlank() || url.matches("(?i)^([a-z]+:|//).*")) {
            return Optional.empty();
        }
        String path = url.replaceAll("[?#].*", "");
        Path file = base.resolve(path).normalize();
        return file.startsWith(folder) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private long sum(Set<Path> files, boolean compress) {
        return files.stream().mapToLong(file -> compress ? compressed(file) : size(file)).sum();
    }

    private long compressed(Path file) {
        return compressedSizes.computeIfAbsent(file, path -> {
            try {
                return gzipSize(Files.readAllBytes(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static long gzipSize(byte[] bytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(bytes);
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
