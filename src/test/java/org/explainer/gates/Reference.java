package org.explainer.gates;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address one file of the site names: a link a reader follows, or something the browser loads by
 * itself (a stylesheet, script, image, frame, icon). Addresses are absolute, resolved as a browser
 * resolves them: against the page's address or its {@code <base>}.
 *
 * @param loaded true for what the browser fetches by itself, and for every {@code <link>} (canonical
 *               and feed links too): none of these may point to another site
 * @param line   the line in the file it comes from, 0 when unknown
 */
public record Reference(URI target, boolean loaded, String element, int line) {

    private static final String FOLLOWED = "a[href], area[href]";
    private static final String LOADED_BY_HREF = "link[href]";
    private static final String LOADED_BY_SRC = "script[src], img[src], iframe[src], source[src], video[src], audio[src],"
            + " track[src], embed[src], input[type=image][src]";
    private static final String LOADED_BY_SRCSET = "img[srcset], source[srcset]";
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");

    /** Every address in an HTML page, parsed with positions and with the page's address as its base. */
    public static List<Reference> inHtml(Document page) {
        List<Reference> references = new ArrayList<>();
        page.select(FOLLOWED).forEach(element -> add(references, page, element, element.attr("href"), false));
        page.select(LOADED_BY_HREF).forEach(element -> add(references, page, element, element.attr("href"), true));
        page.select(LOADED_BY_SRC).forEach(element -> add(references, page, element, element.attr("src"), true));
        page.select("object[data]").forEach(element -> add(references, page, element, element.attr("data"), true));
        for (Element element : page.select(LOADED_BY_SRCSET)) {
            for (String candidate : element.attr("srcset").split(",")) {
                add(references, page, element, candidate.strip().split("\\s+")[0], true);
            }
        }
        return references;
    }

    /** Every address a stylesheet loads: {@code url(...)} and {@code @import}. */
    public static List<Reference> inCss(String css, URI stylesheet) {
        List<Reference> references = new ArrayList<>();
        Matcher matcher = CSS_URL.matcher(css);
        while (matcher.find()) {
            String url = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            if (!url.startsWith("data:")) {
                int line = (int) css.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
                references.add(new Reference(stylesheet.resolve(url.strip()), true, "url()", line));
            }
        }
        return references;
    }

    private static void add(List<Reference> references, Document page, Element element, String url, boolean loaded) {
        String value = url.strip();
        if (value.isEmpty() || value.startsWith("mailto:") || value.startsWith("tel:") || value.startsWith("data:")) {
            return;
        }
        // Resolved against the page's address or its <base>, as the browser does.
        URI base = URI.create(page.location());
        Element baseElement = page.selectFirst("base[href]");
        if (baseElement != null) {
            base = base.resolve(baseElement.attr("href"));
        }
        int line = element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
        String tag = element.tagName() + (element.hasAttr("rel") ? "[rel=" + element.attr("rel") + "]" : "");
        try {
            references.add(new Reference(base.resolve(value), loaded, tag, line));
        } catch (IllegalArgumentException e) {
            references.add(new Reference(null, loaded, tag + " '" + value + "' (not a valid address)", line));
        }
    }
}
