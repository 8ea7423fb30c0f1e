package org.explainer.gates;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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
import java.util.zip.GZIPOutputStream;

/**
 * Weighs every page as a reader's browser receives it, gzip-compressed file by file as a static host
 * serves it: the HTML with every stylesheet and script it loads must stay within {@link #TOTAL_BUDGET},
 * and the HTML with its render-blocking CSS and scripts within {@link #FIRST_ROUND_TRIP_BUDGET}, what a
 * server can send before it first waits for the reader's acknowledgement (TCP's initial window of ten
 * packets). Images and data fetched on demand are weighed too, but only reported.
 *
 * <p>A page over the first round trip only because of its own text is a long read: what the
 * templates and stylesheet control, the page's frame (its HTML without the content of {@code <main>})
 * with the render-blocking CSS and scripts, must still fit the first round trip, and the whole page
 * the total budget. Long reads are reported, so a page that grows into one is seen.
 */
public final class PageBudgetChecker {

    public static final int TOTAL_BUDGET = 30 * 1024;
    public static final int FIRST_ROUND_TRIP_BUDGET = 14 * 1024;

    /** Data pages fetch only when a reader asks, such as the search index; reported, not budgeted. */
    public static final List<String> ON_DEMAND_DATA = List.of("search-index.json");

    /**
     * One page's compressed weight, in bytes, by kind; images as stored, since they are compressed already.
     *
     * @param frame the HTML without the content of its {@code <main>} element
     */
    public record PageWeight(String page, long html, long frame, long stylesheets, long scripts, long renderBlocking,
                             long images) {

        /** The HTML with every stylesheet and script it loads. */
        public long total() {
            return html + stylesheets + scripts;
        }

        /** The HTML with what the browser must have before it shows anything. */
        public long firstRoundTrip() {
            return html + renderBlocking;
        }

        /** The frame with what the browser must have before it shows anything: the part no page's text adds to. */
        public long frameFirstRoundTrip() {
            return frame + renderBlocking;
        }
    }

    /**
     * Every page's weight, what is over budget, the long reads (over the first round trip by their own
     * text only), and the on-demand data's compressed sizes.
     */
    public record Report(List<PageWeight> pages, List<Finding> findings, List<PageWeight> longReads,
                         Map<String, Long> onDemandData) {

        public List<PageWeight> heaviest(int count) {
            return pages.stream().sorted(Comparator.comparingLong(PageWeight::total).reversed()).limit(count).toList();
        }
    }

    private final Map<Path, Long> compressedSizes = new TreeMap<>();

    public Report check(Path folder) {
        List<PageWeight> pages = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<PageWeight> longReads = new ArrayList<>();
        for (Path file : SiteFiles.htmlPages(folder)) {
            PageWeight weight = weigh(folder, file);
            pages.add(weight);
            if (weight.total() > TOTAL_BUDGET) {
                findings.add(Finding.at(weight.page(), String.format("%s of HTML, CSS and JavaScript, compressed: over the"
                                + " %s budget (HTML %s, CSS %s, JavaScript %s)", kb(weight.total()), kb(TOTAL_BUDGET),
                        kb(weight.html()), kb(weight.stylesheets()), kb(weight.scripts()))));
            }
            if (weight.firstRoundTrip() <= FIRST_ROUND_TRIP_BUDGET) {
                continue;
            }
            if (weight.frameFirstRoundTrip() <= FIRST_ROUND_TRIP_BUDGET) {
                longReads.add(weight);
            } else {
                findings.add(Finding.at(weight.page(), String.format("%s of HTML and render-blocking CSS and JavaScript,"
                                + " compressed: over the %s a server sends in its first round trip, and %s without the"
                                + " content of <main> (HTML %s, render-blocking %s)", kb(weight.firstRoundTrip()),
                        kb(FIRST_ROUND_TRIP_BUDGET), kb(weight.frameFirstRoundTrip()), kb(weight.html()),
                        kb(weight.renderBlocking()))));
            }
        }
        Map<String, Long> onDemand = new TreeMap<>();
        for (String name : ON_DEMAND_DATA) {
            if (Files.isRegularFile(folder.resolve(name))) {
                onDemand.put(name, compressed(folder.resolve(name)));
            }
        }
        return new Report(pages, findings, longReads, onDemand);
    }

    /** A size for people: kilobytes of 1,024 bytes, one decimal. */
    public static String kb(long bytes) {
        return String.format("%.1f KB", bytes / 1024.0);
    }

    private PageWeight weigh(Path folder, Path page) {
        Document document = parse(page);
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
        return new PageWeight(SiteFiles.name(folder, page), compressed(page), frameSize(document), sum(stylesheets, true),
                sum(scripts, true), sum(blocking, true), sum(images, false));
    }

    /** The compressed size of the page without the content of its main element, as the templates make it. */
    private static long frameSize(Document document) {
        Document frame = document.clone();
        frame.select("main").forEach(Element::empty);
        return gzipSize(frame.outerHtml().getBytes(StandardCharsets.UTF_8));
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

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(Files.readString(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
