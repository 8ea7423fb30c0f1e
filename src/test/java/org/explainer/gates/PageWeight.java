package org.explainer.gates;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * What one page costs a reader on a slow connection, gzip-compressed:
 * <ul>
 * <li>total: the HTML with every stylesheet and script it loads;</li>
 * <li>whole HTML + blocking CSS: the page's HTML with its render-blocking CSS;</li>
 * <li>first screen: what must arrive before the first paint. Browsers paint a streamed page as it
 *     arrives, once the blocking CSS is in, so this is the HTML up to the start of the main text (head,
 *     site header, title, summary, dates) plus the blocking CSS.</li>
 * </ul>
 */
public record PageWeight(String page, long totalBytes, long criticalBytes, long firstScreenBytes) {

    public static final long TOTAL_BUDGET = 30 * 1024;
    public static final long CRITICAL_BUDGET = 14 * 1024;

    /** Where the first screen ends: the start of the page's main text, or of its list. */
    private static final java.util.regex.Pattern FIRST_SCREEN_END =
            java.util.regex.Pattern.compile("<div class=\"prose\">|<ul class=\"card-list\">|</main>");

    public static PageWeight of(Path site, Path page) {
        Document html = parse(page);
        long htmlBytes = gzipped(page);
        long firstScreenHtml = gzippedPrefix(page, FIRST_SCREEN_END);
        long css = 0;
        long blockingCss = 0;
        long scripts = 0;
        Set<Path> counted = new LinkedHashSet<>();
        for (var link : html.select("link[rel~=(?i)stylesheet][href]")) {
            Path file = page.getParent().resolve(link.attr("href")).normalize();
            if (counted.add(file)) {
                long bytes = gzipped(file);
                css += bytes;
                // A stylesheet blocks rendering unless its media never matches the screen at first paint.
                if (!link.attr("media").equals("print")) {
                    blockingCss += bytes;
                }
            }
        }
        for (var script : html.select("script[src]")) {
            Path file = page.getParent().resolve(script.attr("src")).normalize();
            if (counted.add(file)) {
                scripts += gzipped(file);
            }
        }
        return new PageWeight(site.relativize(page).toString(), htmlBytes + css + scripts, htmlBytes + blockingCss,
                firstScreenHtml + blockingCss);
    }

    public List<String> overBudget() {
        List<String> problems = new ArrayList<>();
        if (totalBytes > TOTAL_BUDGET) {
            problems.add(page + ": " + kb(totalBytes) + " of HTML, CSS and JS (budget " + kb(TOTAL_BUDGET) + ")");
        }
        if (firstScreenBytes > CRITICAL_BUDGET) {
            problems.add(page + ": " + kb(firstScreenBytes) + " before the first paint (budget " + kb(CRITICAL_BUDGET) + ")");
        }
        return problems;
    }

    public static String kb(long bytes) {
        return String.format("%.1f KB", bytes / 1024.0);
    }

    static long gzipped(Path file) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(Files.readAllBytes(file));
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static long gzippedPrefix(Path file, java.util.regex.Pattern end) {
        try {
            String html = Files.readString(file);
            var matcher = end.matcher(html);
            String prefix = matcher.find() ? html.substring(0, matcher.start()) : html;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
