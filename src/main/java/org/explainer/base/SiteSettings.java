package org.explainer.base;

import java.util.List;
import java.util.Map;

/**
 * The site-wide settings templates need, read from {@code jbake.properties}: title, description,
 * languages, publisher, the absolute address of the site's root (ending in {@code /}), the main
 * sections for the header, the links for the footer and the footer's note (what the site promises its
 * readers, in its own words; empty for none).
 */
public final class SiteSettings {

    private final String title;
    private final String description;
    private final Languages languages;
    private final String url;
    private final String publisher;
    private final List<NavItem> nav;
    private final List<NavItem> footer;
    private final String footerNote;
    /** Each language's own header sections and footer links, by code, where its interface text names them. */
    private final Map<String, List<NavItem>> navByLanguage;
    private final Map<String, List<NavItem>> footerByLanguage;

    // A class rather than a record: Freemarker would see a record's accessor "title()" before "getTitle()".
    public SiteSettings(String title, String description, Languages languages, String url, String publisher,
                        List<NavItem> nav, List<NavItem> footer, String footerNote) {
        this(title, description, languages, url, publisher, nav, footer, footerNote, Map.of(), Map.of());
    }

    private SiteSettings(String title, String description, Languages languages, String url, String publisher,
                         List<NavItem> nav, List<NavItem> footer, String footerNote,
                         Map<String, List<NavItem>> navByLanguage, Map<String, List<NavItem>> footerByLanguage) {
        this.title = title;
        this.description = description;
        this.languages = languages;
        this.url = url;
        this.publisher = publisher;
        this.nav = List.copyOf(nav);
        this.footer = List.copyOf(footer);
        this.footerNote = footerNote;
        this.navByLanguage = Map.copyOf(navByLanguage);
        this.footerByLanguage = Map.copyOf(footerByLanguage);
    }

    /**
     * These settings, with the header's sections and the footer's links as languages name them in their
     * interface text ({@code site.nav}, {@code site.footer}), by language code.
     */
    public SiteSettings withNavigation(Map<String, List<NavItem>> nav, Map<String, List<NavItem>> footer) {
        return new SiteSettings(title, description, languages, url, publisher, this.nav, this.footer, footerNote, nav, footer);
    }

    /** The header's sections as {@code language} names them, or null where its interface text does not. */
    public List<NavItem> navIn(Language language) {
        return navByLanguage.get(language.getCode());
    }

    /** The footer's links as {@code language} names them, or null where its interface text does not. */
    public List<NavItem> footerIn(Language language) {
        return footerByLanguage.get(language.getCode());
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    /** The default language's locale, as {@code lang} attributes take it ({@code en-GB}). */
    public String getLanguage() {
        return languages.getDefault().getTag();
    }

    public Languages languages() {
        return languages;
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

    public String getFooterNote() {
        return footerNote;
    }
}
