package org.explainer.base;

import java.util.Arrays;
import java.util.List;

/** A link in the site's header or footer, configured in {@code jbake.properties} as {@code path|Label}. */
public final class NavItem {

    private final String uri;
    private final String label;
    private final String labelLang;
    private final String hrefLang;

    public NavItem(String uri, String label) {
        this(uri, label, "", "");
    }

    /**
     * An item as a page in another language than the default shows it.
     *
     * @param labelLang the language tag of the label when it is not the page's language; else empty
     * @param hrefLang  the language tag of the page linked when it is not the page's language; else empty
     */
    public NavItem(String uri, String label, String labelLang, String hrefLang) {
        this.uri = uri;
        this.label = label;
        this.labelLang = labelLang;
        this.hrefLang = hrefLang;
    }

    /** Parses {@code explainers/|Explainers; about.html|About}. */
    public static List<NavItem> parseAll(String value) {
        return Arrays.stream(value.split(";")).map(String::strip).filter(item -> !item.isEmpty()).map(item -> {
            String[] parts = item.split("\\|", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("'" + item + "' is not path|Label");
            }
            return new NavItem(parts[0].strip(), parts[1].strip());
        }).toList();
    }

    /** Root-relative path; a folder ({@code explainers/}) stands for its index page. */
    public String getUri() {
        return uri;
    }

    public String getLabel() {
        return label;
    }

    /** The language of the label, when it is not the page's (a {@code lang} attribute); else empty. */
    public String getLabelLang() {
        return labelLang;
    }

    /** The language of the page linked, when it is not the page's (an {@code hreflang} attribute); else empty. */
    public String getHrefLang() {
        return hrefLang;
    }

    /** Whether this item is the page at {@code pageUri} itself. */
    public boolean isPage(String pageUri) {
        return uri.equals(pageUri) || uri.endsWith("/") && (uri + "index.html").equals(pageUri);
    }

    /** Whether the page at {@code pageUri} lies in the section this item opens. */
    public boolean contains(String pageUri) {
        return isPage(pageUri) || uri.endsWith("/") && pageUri.startsWith(uri);
    }
}
