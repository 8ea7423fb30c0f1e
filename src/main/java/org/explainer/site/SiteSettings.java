package org.explainer.site;

import java.util.List;

/**
 * The site-wide settings templates need, read from {@code jbake.properties}.
 *
 * @param url    the absolute address of the site's root, ending in {@code /}
 * @param nav    the main sections, in the header
 * @param footer links to the site's method and policies, in the footer
 */
public record SiteSettings(String title, String description, String language, String url, String publisher,
                           List<NavItem> nav, List<NavItem> footer) {

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getLanguage() {
        return language;
    }

    public String getUrl() {
        return url;
    }

    /** The path part of the site's address, such as {@code /repo-name/}: the 404 page's base for its links. */
    public String getBasePath() {
        return java.net.URI.create(url).getPath();
    }

    public String getPublisher() {
        return publisher;
    }

    public List<NavItem> getNav() {
        return nav;
    }

    public List<NavItem> getFooter() {
        return footer;
    }

    /** The header section the page at {@code pageUri} belongs to, for breadcrumbs; null for none. */
    public NavItem sectionOf(String pageUri) {
        return nav.stream().filter(item -> item.getUri().endsWith("/") && item.contains(pageUri)).findFirst().orElse(null);
    }
}
