package org.explainer.site;

import org.explainer.base.BuildMode;
import org.explainer.base.SiteSettings;
import org.explainer.base.Problem;
import org.explainer.content.ContentModel;
import org.explainer.glossary.Glossary;
import org.explainer.glossary.Term;
import org.explainer.markdown.context.SiteLinks;
import org.explainer.markdown.context.Directives;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The whole site as the build understands it: every published page, the glossary and the links
 * between them. Templates reach it as {@code site}; the Markdown engine renders pages from it.
 * In the preview it also holds the drafts, which are rendered but appear in no list a published page
 * shows, nor in the feed, sitemap or search index: only on the preview's drafts page.
 */
public final class Site {

    private final SiteSettings settings;
    private final BuildMode mode;
    private final Glossary glossary;
    private final SiteLinks links;
    private final Directives directives;
    private final List<Page> pages;
    private final List<Page> drafts;
    private final Map<String, Page> pagesByUri = new HashMap<>();
    /** The first page of each layout, as pageWithLayout finds it: every page's frame asks for one, so not by a search. */
    private final Map<String, Page> pagesByLayout = new HashMap<>();
    private final List<Redirect> redirects = new ArrayList<>();
    // Filled in by SiteAssembler, then sealed: see seal().
    private List<Problem> warnings = new ArrayList<>();

    Site(SiteSettings settings, BuildMode mode, Glossary glossary, SiteLinks links, Directives directives,
         List<Page> pages, List<Page> drafts) {
        this.settings = settings;
        this.mode = mode;
        this.glossary = glossary;
        this.links = links;
        this.directives = directives;
        this.pages = List.copyOf(pages);
        this.drafts = drafts.stream().sorted(Comparator.comparing(Page::getTitle, String.CASE_INSENSITIVE_ORDER)).toList();
        for (Page page : pages) {
            pagesByUri.put(page.getUri(), page);
        }
        pagesByUri.values().forEach(page -> pagesByLayout.putIfAbsent(page.getLayout(), page));
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
    }

    /** What this build is for: the production site, or the writer's preview with its drafts. */
    public BuildMode mode() {
        return mode;
    }

    public Glossary glossary() {
        return glossary;
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

    /** Whether pages show their history from the repository: false in a build with -Dhistory=off. */
    public boolean isHistory() {
        return pages.stream().anyMatch(page -> page.getHistory() != null);
    }

    /** Every correction of a published page, newest first. */
    public List<CorrectionNote> getCorrections() {
        return pages.stream().filter(page -> page.getHistory() != null)
                .flatMap(page -> page.getHistory().getCorrections().stream().map(change -> new CorrectionNote(page, change)))
                .sorted(Comparator.comparingLong((CorrectionNote note) -> note.getChange().order()).reversed()
                        .thenComparing(note -> note.getPage().getUri()))
                .toList();
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
     * wherever the site puts it; null when it has none (templates test with {@code ??}).
     */
    public Page pageWithLayout(String layout) {
        return pagesByLayout.get(layout);
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

    public Page termPage(String key) {
        return glossary.byKey(key).map(Term::getUri).map(pagesByUri::get).orElse(null);
    }

    private List<Page> ofType(String type) {
        return pagesByUri.values().stream().filter(page -> type.equals(page.getType())).toList();
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
