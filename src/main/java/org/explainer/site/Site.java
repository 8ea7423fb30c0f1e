package org.explainer.site;

import org.explainer.build.Problem;
import org.explainer.content.ContentModel;
import org.explainer.glossary.Glossary;
import org.explainer.glossary.Term;
import org.explainer.markdown.SiteLinks;
import org.explainer.markdown.directives.Directives;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The whole site as the build understands it: every published page, the glossary and the links
 * between them. Templates reach it as {@code site}; the Markdown engine renders pages from it.
 */
public final class Site {

    private final SiteSettings settings;
    private final Glossary glossary;
    private final SiteLinks links;
    private final Directives directives;
    private final Map<String, Page> pagesByUri;
    private final Map<String, Page> pagesByContentPath = new LinkedHashMap<>();
    final List<Problem> warnings = new ArrayList<>();

    Site(SiteSettings settings, Glossary glossary, SiteLinks links, Directives directives, List<Page> pages) {
        this.settings = settings;
        this.glossary = glossary;
        this.links = links;
        this.directives = directives;
        this.pagesByUri = new LinkedHashMap<>();
        for (Page page : pages) {
            pagesByUri.put(page.getUri(), page);
            pagesByContentPath.put(page.source().contentPath(), page);
        }
    }

    public SiteSettings getSettings() {
        return settings;
    }

    /** Things worth a writer's attention that do not stop the build, such as unlinked first mentions of terms. */
    public List<Problem> warnings() {
        return List.copyOf(warnings);
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

    public Optional<Page> pageForContentPath(String contentPath) {
        return Optional.ofNullable(pagesByContentPath.get(contentPath));
    }

    /** The page published at a root-relative path, or null (templates test with {@code ??}). */
    public Page page(String uri) {
        return pagesByUri.get(uri);
    }

    public List<Page> getPages() {
        return List.copyOf(pagesByUri.values());
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
