package org.explainer.base;

import java.util.Arrays;
import java.util.List;

/** A link in the site's header or footer, configured in {@code jbake.properties} as {@code path|Label}. */
public final class NavItem {

    private final String uri;
    private final String label;

    public NavItem(String uri, String label) {
        this.uri = uri;
        this.label = label;
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

    /** Whether this item is the page at {@code pageUri} itself. */
    public boolean isPage(String pageUri) {
        return uri.equals(pageUri) || uri.endsWith("/") && (uri + "index.html").equals(pageUri);
    }

    /** Whether the page at {@code pageUri} lies in the section this item opens. */
    public boolean contains(String pageUri) {
        return isPage(pageUri) || uri.endsWith("/") && pageUri.startsWith(uri);
    }
}
