package org.explainer.check;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which addresses a page or a stylesheet names, and which ids a page has: the one reading of both that
 * the build's output check and the quality gate share.
 *
 * <ul>
 *   <li>{@code a[href]}, {@code area[href]}: followed;</li>
 *   <li>{@code link[href]}: loaded when its {@code rel} makes the browser fetch it (stylesheet, icon,
 *       preload, prefetch, manifest), else named;</li>
 *   <li>{@code src} of script, img, iframe, source, audio, video, track, embed and image inputs; every
 *       candidate of {@code srcset} on img and source; {@code data} of object: loaded;</li>
 *   <li>CSS {@code url()} and {@code @import} in stylesheets, {@code <style>} elements and {@code style}
 *       attributes: loaded.</li>
 * </ul>
 */
public final class References {

    /** Elements whose {@code src} the browser loads ({@code input} only as an image button). */
    private static final Set<String> LOADED_BY_SRC = Set.of("script", "img", "iframe", "source", "audio", "video",
            "track", "embed", "input");
    /** {@code <link>} relations that make the browser fetch the address, not merely name it. */
    private static final Pattern LOADING_RELATIONS = Pattern.compile("(?i)stylesheet|icon|preload|prefetch|manifest");
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern CSS_ADDRESS = Pattern.compile(
            "(?i)url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))\\s*\\)|@import\\s+(?:\"([^\"]*)\"|'([^']*)')");

    private References() {
    }

    /**
     * What a check needs from a page: the ids its fragments can point to (every {@code id}, and the
     * {@code name} of an {@code a}), the addresses it names, in document order, and its {@code <base href>}.
     * A stylesheet, read by {@link #inCss}, has addresses only.
     */
    public record Page(Set<String> ids, List<Reference> references, Optional<String> base) {
    }

    /**
     * Reads a page in one pass over its elements: a site's worth of pages is read on every build. The
     * references come in document order, so a second parse with positions finds each one's line by its index.
     */
    public static Page read(Document document) {
        Set<String> ids = new HashSet<>();
        List<Reference> references = new ArrayList<>();
        String[] base = {null};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element element) {
                read(element, ids, references);
                if (base[0] == null && element.nameIs("base") && element.hasAttr("href")) {
                    base[0] = element.attr("href").strip();
                }
            }
        }, document);
        return new Page(ids, references, Optional.ofNullable(base[0]));
    }

    private static void read(Element element, Set<String> ids, List<Reference> references) {
        String name = element.normalName();
        if (element.hasAttr("id")) {
            ids.add(element.id());
        }
        switch (name) {
            case "a" -> {
                if (element.hasAttr("name")) {
                    ids.add(element.attr("name"));
                }
                addIfPresent(element, "href", Reference.Use.FOLLOWED, name, references);
            }
            case "area" -> addIfPresent(element, "href", Reference.Use.FOLLOWED, name, references);
            case "link" -> {
                String rel = element.attr("rel").strip();
                Reference.Use use = LOADING_RELATIONS.matcher(rel).find() ? Reference.Use.LOADED : Reference.Use.NAMED;
                addIfPresent(element, "href", use, "link[rel=" + rel + "]", references);
            }
            case "object" -> addIfPresent(element, "data", Reference.Use.LOADED, name, references);
            case "style" -> references.addAll(inCss(element.data(), "<style>", line(element)));
            default -> {
                if (LOADED_BY_SRC.contains(name) && (!name.equals("input") || element.attr("type").equalsIgnoreCase("image"))) {
                    addIfPresent(element, "src", Reference.Use.LOADED, name, references);
                }
            }
        }
        if ((name.equals("img") || name.equals("source")) && element.hasAttr("srcset")) {
            for (String candidate : srcsetAddresses(element.attr("srcset"))) {
                references.add(new Reference(candidate, Reference.Use.LOADED, name + " srcset", line(element)));
            }
        }
        if (element.hasAttr("style")) {
            references.addAll(inCss(element.attr("style"), "style attribute", line(element)));
        }
    }

    /** Every address a stylesheet loads, with its line. */
    public static List<Reference> inCss(String css) {
        return inCss(css, null, 1);
    }

    /**
     * @param element   how messages name what holds the CSS; null to name each address by its own form
     * @param firstLine the line the CSS starts on; 0 when unknown
     */
    private static List<Reference> inCss(String css, String element, int firstLine) {
        // Blanked, not removed, so that what follows a comment keeps its line.
        String code = CSS_COMMENT.matcher(css).replaceAll(comment -> comment.group().replaceAll("[^\n]", " "));
        List<Reference> references = new ArrayList<>();
        Matcher matcher = CSS_ADDRESS.matcher(code);
        while (matcher.find()) {
            boolean isImport = matcher.group().regionMatches(true, 0, "@import", 0, 7);
            int line = firstLine == 0 ? 0 : firstLine + (int) code.substring(0, matcher.start()).chars().filter(c -> c == '\n').count();
            references.add(new Reference(firstNonNull(matcher).strip(), Reference.Use.LOADED,
                    element != null ? element : isImport ? "@import" : "url()", line));
        }
        return references;
    }

    /**
     * The addresses of a {@code srcset}, read as HTML reads it: an address runs to the next white space,
     * and a comma at its end closes the candidate; otherwise descriptors follow, up to a comma outside
     * parentheses.
     */
    static List<String> srcsetAddresses(String srcset) {
        List<String> addresses = new ArrayList<>();
        int i = 0;
        int length = srcset.length();
        while (i < length) {
            while (i < length && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            String address = srcset.substring(start, i);
            boolean closed = address.endsWith(",");
            address = address.replaceFirst(",+$", "");
            if (!address.isEmpty()) {
                addresses.add(address);
            }
            if (!closed) {
                boolean inParentheses = false;
                for (; i < length; i++) {
                    char c = srcset.charAt(i);
                    if (c == '(' || c == ')') {
                        inParentheses = c == '(';
                    } else if (c == ',' && !inParentheses) {
                        i++;
                        break;
                    }
                }
            }
        }
        return addresses;
    }

    private static void addIfPresent(Element element, String attribute, Reference.Use use, String name,
                                     List<Reference> references) {
        if (element.hasAttr(attribute)) {
            references.add(new Reference(element.attr(attribute).strip(), use, name, line(element)));
        }
    }

    private static int line(Element element) {
        return element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
    }

    private static String firstNonNull(Matcher matcher) {
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return matcher.group(group);
            }
        }
        return "";
    }
}
