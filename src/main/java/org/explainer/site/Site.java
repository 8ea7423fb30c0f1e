package org.explainer.site;

import org.explainer.base.BuildMode;
import org.explainer.base.Language;
import org.explainer.base.NavItem;
import org.explainer.base.ScriptLanguages;
import org.explainer.base.SiteSettings;
import org.explainer.base.Problem;
import org.explainer.content.ContentModel;
import org.explainer.glossary.Glossary;
import org.explainer.glossary.Term;
import org.explainer.history.Change;
import org.explainer.history.PageHistory;
import org.explainer.markdown.context.SiteLinks;
import org.explainer.markdown.context.Directives;
import org.explainer.markdown.languages.LanguageRuns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The whole site as the build understands it: every published page, the glossary and the links
 * between them. Templates reach it as {@code site}; the Markdown engine renders pages from it.
 * In the preview it also holds the drafts, which are rendered but appear in no list a published page
 * shows, nor in the feed, sitemap or search index: only on the preview's drafts page.
 * <p>
 * A site in several languages is seen by each language's pages through its {@link #edition(Language)}:
 * the same pages, with lists (explainers, glossary, corrections, feed, search) of that language's.
 */
public final class Site {

    /** The name of each language's Atom feed, in its folder. */
    public static final String FEED_FILE = "feed.xml";
    /** The name of each language's list of corrections, and of its Atom feed, in its folder. */
    public static final String CORRECTIONS_FILE = "corrections.html";
    public static final String CORRECTIONS_FEED_FILE = "corrections.xml";

    private final SiteSettings settings;
    /** The scripts whose runs the Markdown dialect marks with their language, for the writer's words templates show. */
    private final ScriptLanguages scriptLanguages;
    private final BuildMode mode;
    /** The language whose pages this site's lists hold: the default one, or another language's edition. */
    private final Language language;
    private final Map<String, Glossary> glossaries;
    private final SiteLinks links;
    private final Directives directives;
    private final List<Page> pages;
    private final List<Page> drafts;
    private final Map<String, Page> pagesByUri;
    /** The first page of each layout in this language, as pageWithLayout finds it: every page's frame asks for one, so not by a search. */
    private final Map<String, Page> pagesByLayout = new HashMap<>();
    private final List<Redirect> redirects;
    /** The header's sections and the footer's links as this language's pages show them: see localised(NavItem). */
    private final List<NavItem> nav;
    private final List<NavItem> footer;
    /** The site as each language's pages see it, by code; filled in by seal() on the whole site. */
    private Map<String, Site> editions = Map.of();
    /** The whole site, whose lists are the default language's: this one, or the one this edition is of. */
    private final Site whole;
    // Filled in by SiteAssembler, then sealed: see seal().
    private List<Problem> warnings = new ArrayList<>();

    /** @param glossaries each language's glossary, by its code */
    Site(SiteSettings settings, BuildMode mode, Map<String, Glossary> glossaries, SiteLinks links, Directives directives,
         List<Page> pages, List<Page> drafts, ScriptLanguages scriptLanguages) {
        this.settings = settings;
        this.scriptLanguages = scriptLanguages;
        this.mode = mode;
        this.language = settings.languages().getDefault();
        this.glossaries = Map.copyOf(glossaries);
        this.links = links;
        this.directives = directives;
        this.pages = List.copyOf(pages);
        this.drafts = drafts.stream().sorted(Comparator.comparing(Page::getTitle, String.CASE_INSENSITIVE_ORDER)).toList();
        this.pagesByUri = new HashMap<>();
        for (Page page : pages) {
            pagesByUri.put(page.getUri(), page);
        }
        this.redirects = new ArrayList<>();
        this.nav = settings.getNav();
        this.footer = settings.getFooter();
        this.whole = this;
        indexLayouts();
    }

    /** The same site as the pages in {@code language} see it: the same pages, its lists of that language's. */
    private Site(Site whole, Language language) {
        this.whole = whole;
        this.settings = whole.settings;
        this.scriptLanguages = whole.scriptLanguages;
        this.mode = whole.mode;
        this.language = language;
        this.glossaries = whole.glossaries;
        this.links = whole.links;
        this.directives = whole.directives;
        this.pages = whole.pages;
        this.drafts = whole.drafts;
        this.pagesByUri = whole.pagesByUri;
        this.redirects = whole.redirects;
        this.warnings = whole.warnings;
        this.nav = localised(settings.getNav(), settings.navIn(language));
        this.footer = localised(settings.getFooter(), settings.footerIn(language));
        indexLayouts();
    }

    private void indexLayouts() {
        pagesByUri.values().stream().filter(page -> page.getLanguage().equals(language))
                .forEach(page -> pagesByLayout.putIfAbsent(page.getLayout(), page));
    }

    public SiteSettings getSettings() {
        return settings;
    }

    /** Things worth a writer's attention that do not stop the build, such as unlinked first mentions of terms. */
    public List<Problem> warnings() {
        return warnings;
    }

    void addWarnings(List<Problem> found) {
        warnings.addAll(found);
    }

    /** Ends assembly: from here on neither the site nor its pages can change. */
    void seal() {
        warnings = List.copyOf(warnings);
        pages.forEach(Page::seal);
        drafts.forEach(Page::seal);
        Map<String, Site> views = new LinkedHashMap<>();
        for (Language each : settings.languages().all()) {
            views.put(each.getCode(), each.equals(language) ? this : new Site(this, each));
        }
        editions = views;
    }

    /** The header's sections, as this language's pages show them: see {@link #localised(NavItem)}. */
    public List<NavItem> getNav() {
        return nav;
    }

    /** The footer's links, as this language's pages show them. */
    public List<NavItem> getFooter() {
        return footer;
    }

    /** The header section the page at {@code pageUri} belongs to, for breadcrumbs; null for none. */
    public NavItem sectionOf(String pageUri) {
        return getNav().stream().filter(item -> item.getUri().endsWith("/") && item.contains(pageUri)).findFirst().orElse(null);
    }

    /**
     * The header's sections or the footer's links as this language's pages show them: as its interface text
     * names them ({@code own}) where it does, else as the settings do, each link localised.
     */
    private List<NavItem> localised(List<NavItem> settingsItems, List<NavItem> own) {
        return own == null ? settingsItems.stream().map(item -> localised(item, false)).toList()
                : own.stream().map(item -> localised(item, true)).toList();
    }

    /**
     * A header or footer link, as a page in this language shows it: to this language's page where it has one
     * (named by that page's title, unless the link is to a part of it or the language names it), its feed for
     * the feed; else to the default language's, marked as in that language. A label the language's own text
     * gives ({@code ownWords}) is in the page's language; one from the settings is in the default language.
     */
    private NavItem localised(NavItem item, boolean ownWords) {
        String defaultTag = settings.languages().getDefault().getTag();
        String labelTag = ownWords ? "" : defaultTag;
        int hash = item.getUri().indexOf('#');
        String path = hash < 0 ? item.getUri() : item.getUri().substring(0, hash);
        String fragment = hash < 0 ? "" : item.getUri().substring(hash + 1);
        if (path.equals(FEED_FILE)) {
            return new NavItem(getFeedUri(), item.getLabel(), labelTag, "");
        }
        Page own = pageAt(getFolder() + path);
        if (own != null && fragment.isEmpty()) {
            return new NavItem(getFolder() + path, ownWords ? item.getLabel() : own.getTitle(), "", "");
        }
        if (own != null && hasHeading(own, fragment)) {
            return new NavItem(getFolder() + item.getUri(), item.getLabel(), labelTag, "");
        }
        // The default language's page: at the part this language's words name only if that page has it.
        Page original = pageAt(path);
        boolean partFound = fragment.isEmpty() || original == null || hasHeading(original, fragment);
        return new NavItem(partFound ? item.getUri() : path, item.getLabel(), labelTag, defaultTag);
    }

    /** The page at an address from the site root, a folder's being its index page; null where there is none. */
    private Page pageAt(String path) {
        return pagesByUri.get(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
    }

    private static boolean hasHeading(Page page, String id) {
        return page.analysis().headings().stream().anyMatch(heading -> heading.getId().equals(id));
    }

    /**
     * A writer's text that templates show outside a page's body (a correction note) split by language, as the
     * Markdown dialect splits a body: on this language's pages, a name in another script is marked as its language.
     */
    public LanguageRuns getLanguageRuns() {
        return new LanguageRuns(scriptLanguages, language);
    }

    /** The language whose pages this site's lists hold (its explainers, its glossary, its feed, its search). */
    public Language getLanguage() {
        return language;
    }

    /** The site as the pages in {@code language} see it: its lists hold that language's pages. */
    public Site edition(Language language) {
        return whole.editions.get(language.getCode());
    }

    /** The site as each language's pages see it, in the order the languages are declared. */
    public List<Site> editions() {
        return List.copyOf(whole.editions.values());
    }

    /**
     * The editions with pages of their own, the default language's always: those with a corrections page.
     * A language declared before any page is written in it has none to correct.
     */
    public List<Site> getReadEditions() {
        return editions().stream().filter(edition -> edition.whole == edition || !edition.getLanguagePages().isEmpty()).toList();
    }

    /** Where this language's files lie from the site root: empty for the default language, else {@code ar/}. */
    public String getFolder() {
        return language.equals(settings.languages().getDefault()) ? "" : language.getCode() + "/";
    }

    /** This language's home page, from the site root: its folder when it has one, else the root's. */
    public String getHomeUri() {
        return pagesByUri.containsKey(getFolder() + "index.html") ? getFolder() : "";
    }

    /** This language's Atom feed, from the site root. */
    public String getFeedUri() {
        return getFolder() + FEED_FILE;
    }

    /** This language's list of corrections, from the site root: its pages' corrections, in its words. */
    public String getCorrectionsUri() {
        return getFolder() + CORRECTIONS_FILE;
    }

    /** The Atom feed of this language's corrections, from the site root. */
    public String getCorrectionsFeedUri() {
        return getFolder() + CORRECTIONS_FEED_FILE;
    }

    /** The relative path from this language's folder to the site root: empty for the default language, else {@code ../}. */
    public String getFolderRoot() {
        return "../".repeat((int) getFolder().chars().filter(c -> c == '/').count());
    }

    /** What this build is for: the production site, or the writer's preview with its drafts. */
    public BuildMode mode() {
        return mode;
    }

    /** This language's glossary: for another language than the default, its entries over the default language's. */
    public Glossary glossary() {
        return glossaries.get(language.getCode());
    }

    /** The glossary of the pages in {@code language}. */
    public Glossary glossary(Language language) {
        return glossaries.get(language.getCode());
    }

    public SiteLinks links() {
        return links;
    }

    public Directives directives() {
        return directives;
    }

    /** The page published at a root-relative path, or null (templates test with {@code ??}). */
    public Page page(String uri) {
        return pagesByUri.get(uri);
    }

    /** The old addresses of pages that moved, each sending readers to the page's address now; A–Z. */
    public List<Redirect> getRedirects() {
        return redirects;
    }

    /** Leaves a redirect at a moved page's old address, unless a page is published there now. */
    void addRedirect(String oldUri, Page target) {
        if (!pagesByUri.containsKey(oldUri)) {
            redirects.add(new Redirect(oldUri, target));
        }
    }

    /** The published pages in this site's language, in no particular order. */
    public List<Page> getLanguagePages() {
        return pages.stream().filter(page -> page.getLanguage().equals(language)).toList();
    }

    /**
     * What this language's readers can read: its own pages, and the default language's pages it has no
     * translation of, in the default language's order. An edition's search finds everything the site says.
     */
    public List<Page> getPagesToRead() {
        return toRead(whole.getLanguagePages());
    }

    /** Whether pages show their history from the repository: false in a build with -Dhistory=off. */
    public boolean isHistory() {
        return pages.stream().anyMatch(page -> page.getHistory() != null);
    }

    /**
     * Every correction of a published page in this language, newest first, each told once: a page's
     * correction note, dated by the commit that last wrote it, and each correction from a commit that the
     * note does not tell.
     */
    public List<CorrectionNote> getCorrections() {
        List<CorrectionNote> corrections = new ArrayList<>();
        for (Page page : pages) {
            PageHistory history = page.getHistory();
            if (history == null || !page.getLanguage().equals(language)) {
                continue;
            }
            Change noteWritten = page.hasCorrectionNote() ? originalCorrection(page, history.getNoteWritten()) : null;
            if (noteWritten != null) {
                corrections.add(CorrectionNote.ofNote(page, noteWritten));
            }
            page.getCorrectionsListed().forEach(change -> corrections.add(CorrectionNote.ofCommit(page, change)));
        }
        return corrections.stream()
                .sorted(Comparator.comparingLong((CorrectionNote note) -> note.getChange().order()).reversed()
                        .thenComparing(note -> note.getPage().getUri()))
                .toList();
    }

    /**
     * When a note was written: a translation published with its note carries a correction made to its
     * original before, and is dated as the original's note is, not by the translation's publication.
     */
    private Change originalCorrection(Page page, Change noteWritten) {
        Page original = page.translation(settings.languages().getDefault().getCode());
        if (noteWritten == null || !noteWritten.isPublication() || original == null || original == page
                || original.getHistory() == null || !original.hasCorrectionNote()) {
            return noteWritten;
        }
        Change originals = original.getHistory().getNoteWritten();
        return originals != null && originals.order() < noteWritten.order() ? originals : noteWritten;
    }

    /** The published pages. */
    public List<Page> getPages() {
        return pages;
    }

    /** The drafts, A–Z: in the preview every draft, in the production build none. */
    public List<Page> getDrafts() {
        return drafts;
    }

    /** Every page this build renders: the published pages, then the drafts. */
    public List<Page> pagesToRender() {
        return drafts.isEmpty() ? pages : Stream.concat(pages.stream(), drafts.stream()).toList();
    }

    /** Explainers, newest first. */
    public List<Page> getExplainers() {
        return ofType(ContentModel.EXPLAINER).stream()
                .sorted(Comparator.comparing(Page::getDate).reversed().thenComparing(Page::getTitle)).toList();
    }

    /** Background pages, A–Z. */
    public List<Page> getBackground() {
        return ofType(ContentModel.BACKGROUND).stream().sorted(Comparator.comparing(Page::getTitle)).toList();
    }

    /**
     * Every explainer, for this language's readers, as the default language lists them: each in this language
     * where it is translated, else in the default language, so an edition's home page leaves none out.
     */
    public List<Page> getExplainersToRead() {
        return toRead(whole.getExplainers());
    }

    /** Every background page, for this language's readers: see {@link #getExplainersToRead()}. */
    public List<Page> getBackgroundToRead() {
        return toRead(whole.getBackground());
    }

    private List<Page> toRead(List<Page> originals) {
        return originals.stream().map(page -> Objects.requireNonNullElse(page.translation(language.getCode()), page)).toList();
    }

    /**
     * The explainers and background pages in the folder of a section's index page, and in its
     * subfolders: explainers newest first, then background pages A–Z.
     */
    public List<Page> sectionPages(Page index) {
        String folder = index.getUri().substring(0, index.getUri().lastIndexOf('/') + 1);
        return Stream.concat(getExplainers().stream(), getBackground().stream())
                .filter(page -> page.getUri().startsWith(folder)).toList();
    }

    /**
     * The page with a layout a site has at most one of, such as the glossary's A–Z or the search page,
     * wherever the site puts it, in this site's language, or else in the default language; null when
     * it has none (templates test with {@code ??}).
     */
    public Page pageWithLayout(String layout) {
        Page own = pagesByLayout.get(layout);
        return own != null || whole == this ? own : whole.pageWithLayout(layout);
    }

    /** Glossary entries, A–Z. */
    public List<Page> getTerms() {
        return ofType(ContentModel.TERM).stream()
                .sorted(Comparator.comparing(Page::getTitle, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Glossary entries grouped by initial letter, for the A–Z index. */
    public List<TermGroup> getTermGroups() {
        Map<String, List<Page>> byLetter = new TreeMap<>();
        for (Page page : getTerms()) {
            byLetter.computeIfAbsent(page.getTerm().getInitial(), letter -> new ArrayList<>()).add(page);
        }
        return byLetter.entrySet().stream().map(e -> new TermGroup(e.getKey(), e.getValue())).toList();
    }

    /** The JSON-LD describing a page, ready to place in a script element. */
    public String jsonLd(Page page) {
        return new StructuredData(this).of(page);
    }

    /** The glossary entry of a key in this language, or else in the default language's; null when there is none. */
    public Page termPage(String key) {
        return glossary().byKey(key).map(Term::getUri).map(pagesByUri::get).orElse(null);
    }

    private List<Page> ofType(String type) {
        return pagesByUri.values().stream().filter(page -> type.equals(page.getType()) && page.getLanguage().equals(language)).toList();
    }

    /** One letter of the glossary's A–Z index. */
    public static final class TermGroup {
        private final String letter;
        private final List<Page> terms;

        TermGroup(String letter, List<Page> terms) {
            this.letter = letter;
            this.terms = List.copyOf(terms);
        }

        public String getLetter() {
            return letter;
        }

        public List<Page> getTerms() {
            return terms;
        }
    }
}
