package org.explainer.site;

import com.vladsch.flexmark.util.ast.Document;
import org.explainer.base.Language;
import org.explainer.content.ContentModel;
import org.explainer.content.SourceFile;
import org.explainer.glossary.Term;
import org.explainer.history.Change;
import org.explainer.history.PageHistory;
import org.explainer.markdown.context.Urls;
import org.explainer.translation.TranslationState;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A page as templates see it (published, or in the preview a draft): its header, its outline, and what the build worked out about
 * it across the whole site (terms it uses, pages that mention it, related pages).
 */
public final class Page {

    private static final int WORDS_PER_MINUTE = 200;

    private final SourceFile source;
    private final Document document;
    private final PageAnalysis analysis;
    private final Term term;
    private final List<TocEntry> toc;
    private final Language language;
    // Filled in by SiteAssembler, which links pages to each other, then sealed: see seal().
    private List<Term> termsUsed = new ArrayList<>();
    private List<Page> mentionedIn = new ArrayList<>();
    private List<Page> related = new ArrayList<>();
    private PageHistory history;
    /** The words its directives add (the timeline's events), which its reading time counts with its own. */
    private int directiveWords;
    private TranslationState translationState;
    /** The same page in each language it is written in, this one included, in the order the languages are declared. */
    private List<Page> editions = new ArrayList<>();

    Page(SourceFile source, Document document, PageAnalysis analysis, Term term, Language language) {
        this.source = source;
        this.language = language;
        this.document = document;
        this.analysis = analysis;
        this.term = term;
        this.toc = TocEntry.outline(getTocHeadings());
    }

    public SourceFile source() {
        return source;
    }

    public Document document() {
        return document;
    }

    public PageAnalysis analysis() {
        return analysis;
    }

    public String getUri() {
        return source.outputUri();
    }

    /** The address path to publish and link: a folder's index page is named by the folder. */
    public String getCanonicalPath() {
        String uri = getUri();
        return uri.equals("index.html") ? "" : uri.endsWith("/index.html") ? uri.substring(0, uri.length() - 10) : uri;
    }

    /** The relative path from this page to the site root, for links and assets. */
    public String getRoot() {
        return Urls.rootPath(getUri());
    }

    /** The language the page is written in. */
    public Language getLanguage() {
        return language;
    }

    /**
     * The page in each language it is written in, this one included, in the order the languages are
     * declared: the original and its translations. Only this page itself when it has no translations.
     */
    public List<Page> getEditions() {
        return editions;
    }

    /** The page in each other language it is written in, in the order the languages are declared. */
    public List<Page> getTranslations() {
        return editions.stream().filter(page -> page != this).toList();
    }

    /** The page in the language with this code (this page for its own), or null (templates test with {@code ??}). */
    public Page translation(String code) {
        return editions.stream().filter(page -> page.language.getCode().equals(code)).findFirst().orElse(null);
    }

    void setEditions(List<Page> all) {
        editions = List.copyOf(all);
    }

    public String getType() {
        return source.type();
    }

    public String getTitle() {
        return source.value("title");
    }

    public String getSummary() {
        return source.value("summary");
    }

    public String getLayout() {
        return source.value("layout");
    }

    public String getCorrection() {
        return source.value("correction");
    }

    /** Whether the writer gave the page a correction note. */
    public boolean hasCorrectionNote() {
        String note = getCorrection();
        return note != null && !note.isBlank();
    }

    /**
     * The corrections from the page's history that it lists at its foot, newest first: with a correction note,
     * those the note does not tell, so none is told twice; empty without history.
     */
    public List<Change> getCorrectionsListed() {
        if (history == null) {
            return List.of();
        }
        return hasCorrectionNote() ? history.getCorrectionsBesideNote() : history.getCorrections();
    }

    public List<String> getTags() {
        return source.list("tags");
    }

    public String getDate() {
        return source.value("date");
    }

    public String getReviewed() {
        return source.value("reviewed");
    }

    /** The page's history from the repository; null in a build without history (templates test with {@code ??}). */
    public PageHistory getHistory() {
        return history;
    }

    void setHistory(PageHistory history) {
        this.history = history;
    }

    /** For a translation, where it stands against its original; null for any other page (templates test with {@code ??}). */
    public TranslationState getTranslationState() {
        return translationState;
    }

    void setTranslationState(TranslationState translationState) {
        this.translationState = translationState;
    }

    /** The address of the page's history page, beside the page: {@code explainers/x.history.html}. */
    public String getHistoryUri() {
        return withoutExtension() + ".history.html";
    }

    /**
     * The address of the page comparing one change's text before and after, beside the page:
     * {@code explainers/x.change-3.html}. Changes are numbered from the oldest, the publication, so a
     * change keeps its address as the history grows. Each has a page of its own, so the history page stays light.
     */
    public String changeUri(int number) {
        return withoutExtension() + ".change-" + number + ".html";
    }

    /** The history page and each change's comparison page, or none in a build without history. */
    public List<String> historyFiles() {
        if (history == null) {
            return List.of();
        }
        List<String> files = new ArrayList<>(List.of(getHistoryUri()));
        files.addAll(comparisonFiles(false));
        return files;
    }

    /**
     * The comparison pages of the changes already committed: what they show depends on the commits and the
     * page's header, never on its text in the work tree.
     */
    public List<String> committedComparisonFiles() {
        return history == null ? List.of() : comparisonFiles(true);
    }

    private List<String> comparisonFiles(boolean committedOnly) {
        List<String> files = new ArrayList<>();
        int count = history.getChanges().size();
        for (int index = 0; index < count; index++) {
            Change change = history.getChanges().get(index);
            if (!change.isPublication() && (change.isCommitted() || !committedOnly)) {
                files.add(changeUri(count - index));
            }
        }
        return files;
    }

    private String withoutExtension() {
        String uri = getUri();
        return uri.substring(0, uri.length() - ".html".length());
    }

    /** The h2 and h3 headings in page order: what the "On this page" list shows, and the search index holds. */
    public List<Heading> getTocHeadings() {
        return analysis.headings().stream().filter(h -> h.getLevel() == 2 || h.getLevel() == 3).toList();
    }

    /** The same headings as the "On this page" list nests them: each h2 with the h3 headings under it. */
    public List<TocEntry> getToc() {
        return toc;
    }

    public int getReadingMinutes() {
        return Math.max(1, Math.round((float) (analysis.wordCount() + directiveWords) / WORDS_PER_MINUTE));
    }

    void addDirectiveWords(int words) {
        directiveWords += words;
    }

    /** A draft, rendered only by the preview. */
    public boolean isDraft() {
        return source.isDraft();
    }

    public boolean isExplainer() {
        return ContentModel.EXPLAINER.equals(getType());
    }

    /** The glossary entry this page is, or null. */
    public Term getTerm() {
        return term;
    }

    /** Glossary terms this page links to, in order of first use. */
    public List<Term> getTermsUsed() {
        return termsUsed;
    }

    /** For a glossary entry: the pages that reference it. */
    public List<Page> getMentionedIn() {
        return mentionedIn;
    }

    /** Pages sharing the most tags and glossary terms with this one. */
    public List<Page> getRelated() {
        return related;
    }

    void addTermsUsed(Collection<Term> terms) {
        termsUsed.addAll(terms);
    }

    void addMention(Page page) {
        mentionedIn.add(page);
    }

    void sortMentions(Comparator<Page> order) {
        mentionedIn.sort(order);
    }

    void addRelated(Page page) {
        related.add(page);
    }

    /** Ends assembly: from here on the page cannot change, so templates on many threads may read it. */
    void seal() {
        termsUsed = List.copyOf(termsUsed);
        mentionedIn = List.copyOf(mentionedIn);
        related = List.copyOf(related);
        if (editions.isEmpty()) {
            editions = List.of(this);
        }
    }
}
