package org.explainer.site;

import org.explainer.base.BuildMode;
import org.explainer.base.Language;
import org.explainer.content.Editions;
import org.explainer.base.SiteSettings;
import com.vladsch.flexmark.util.ast.Document;
import org.explainer.base.Problem;
import org.explainer.base.ProblemCollector;
import org.explainer.base.Spelling;
import org.explainer.content.ContentModel;
import org.explainer.content.SourceFile;
import org.explainer.glossary.Glossary;
import org.explainer.glossary.Term;
import org.explainer.markdown.Markdown;
import org.explainer.markdown.context.DirectiveHandler;
import org.explainer.markdown.context.Directives;
import org.explainer.markdown.context.LinkTarget;
import org.explainer.markdown.context.SiteLinks;
import org.explainer.translation.FidelityCheck;
import org.explainer.translation.TranslationState;
import org.explainer.translation.Translations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Builds the {@link Site} from validated source files: parses every page's Markdown once, checks every
 * link, fragment and term reference against the whole site, and works out backlinks and related pages.
 * All of it happens before JBake writes a single file.
 */
public final class SiteAssembler {

    private static final int RELATED_PAGES = 3;
    /**
     * A tag or term on more pages than this says little about which of them belong together (ties
     * would be broken by title), and scoring it would make the related-pages step grow with pages².
     */
    private static final int MOST_PAGES_SHARING_A_FEATURE = 50;
    private static final Set<String> CHECKED_FOR_COVERAGE = Set.of(ContentModel.EXPLAINER, ContentModel.BACKGROUND);

    private final Markdown markdown;
    /** The last assembly's parsed bodies by their text: the preview parses again only what the writer changed. */
    private Map<String, Document> parsedBefore = Map.of();
    /** The last assembly's analyses by parsed body: an unchanged page among unchanged pages is not analysed again. */
    private Map<Document, ReusableAnalysis> analysedBefore = Map.of();
    /** Each page's parts as the nothing-lost check compares them, kept while its parsed body is. */
    private final PageParts pageParts = new PageParts();

    /** An analysis and everything it was made from besides the body: the file's place and the site's pages. */
    private record ReusableAnalysis(String contentPath, int bodyFirstLine, SiteLinks siteLinks, PageAnalysis analysis) {
        boolean fits(SourceFile source, SiteLinks links) {
            return contentPath.equals(source.contentPath()) && bodyFirstLine == source.bodyFirstLine() && siteLinks.equals(links);
        }
    }

    public SiteAssembler(Markdown markdown) {
        this.markdown = markdown;
    }

    /**
     * Parses, ahead of {@link #assemble}, the bodies it will need that no assembly has parsed yet, on both cores:
     * the build does this while the pages' history is still being read, and the assembly finds them parsed.
     *
     * @param mode whether the drafts will be assembled too
     */
    public void parseAhead(List<SourceFile> sources, BuildMode mode) {
        Map<String, Document> parsed = new ConcurrentHashMap<>();
        sources.stream().filter(source -> mode.includesDrafts() || !source.isDraft()).map(SourceFile::body).distinct()
                .filter(body -> !parsedBefore.containsKey(body)).toList()
                .parallelStream().forEach(body -> parsed.put(body, markdown.parse(body)));
        Map<String, Document> known = new HashMap<>(parsedBefore);
        known.putAll(parsed);
        parsedBefore = known;
    }

    /**
     * @param glossaries each language's glossary built from the same sources, by language code
     * @param directives the directives pages may use
     * @param mode       whether drafts are assembled too (the preview), or left out (the production build)
     * @param histories  each page's history, and the pages that moved
     * @param translations where each translation stands against its original, and the warnings that found
     */
    public Site assemble(SiteSettings settings, List<SourceFile> sources, Map<String, Glossary> glossaries, Directives directives,
                         BuildMode mode, PageHistories histories, Translations translations, ProblemCollector problems) {
        return assemble(settings, sources, Set.of(), glossaries, directives, mode, histories, translations, problems);
    }

    /** @param unreadable content files there but not read as pages, for a problem reported: links to them are not reported again */
    public Site assemble(SiteSettings settings, List<SourceFile> sources, Set<String> unreadable, Map<String, Glossary> glossaries,
                         Directives directives, BuildMode mode, PageHistories histories, Translations translations,
                         ProblemCollector problems) {
        Editions editions = new Editions(settings.languages());
        List<SourceFile> published = sources.stream().filter(source -> !source.isDraft()).toList();
        List<SourceFile> drafts = mode.includesDrafts() ? sources.stream().filter(SourceFile::isDraft).toList() : List.of();
        // A published page's link to a draft is reported even in the preview, where the draft is rendered:
        // published, the link would break. A draft may link another draft, as neither is published.
        SiteLinks siteLinks = new SiteLinks(
                published.stream().collect(Collectors.toMap(SourceFile::contentPath, SourceFile::outputUri)),
                sources.stream().filter(SourceFile::isDraft).collect(Collectors.toMap(SourceFile::contentPath, SourceFile::outputUri)),
                editions, unreadable);

        List<SourceFile> assembled = new ArrayList<>(published);
        assembled.addAll(drafts);
        List<Document> documents = parse(assembled);
        // Pages are independent until they are linked up below, so both cores read them.
        List<PageAnalysis> analyses = analyse(assembled, documents, siteLinks);
        List<Page> all = IntStream.range(0, assembled.size()).mapToObj(index -> {
            SourceFile source = assembled.get(index);
            Language language = editions.languageOf(source.contentPath());
            Term term = !ContentModel.TERM.equals(source.type()) ? null
                    : glossaries.get(language.getCode()).withDrafts().byKey(source.slug()).orElseThrow();
            return new Page(source, documents.get(index), analyses.get(index), term, language);
        }).toList();
        List<Page> pages = all.subList(0, published.size());
        List<Page> draftPages = all.subList(published.size(), all.size());
        Map<String, Set<String>> idsByUri = new HashMap<>();
        for (Page page : all) {
            Set<String> ids = new HashSet<>();
            page.analysis().headings().forEach(heading -> ids.add(heading.getId()));
            ids.add(Markdown.SOURCES_HEADING_ID);
            idsByUri.put(page.getUri(), ids);
        }
        Map<Page, Page> originals = originals(all, editions);
        Map<String, Map<String, String>> translatedIds = translatedHeadingIds(originals);
        for (Page page : all) {
            Glossary glossary = glossaries.get(page.getLanguage().getCode());
            checkLinks(page, page.isDraft() ? glossary.withDrafts() : glossary, idsByUri, translatedIds, unreadable, problems);
            checkDirectives(page, directives, problems);
            MarkdownMistakes.of(page.source(), page.document()).forEach(problems::add);
        }
        Site site = new Site(settings, mode, glossaries, siteLinks, directives, pages, draftPages, markdown.scriptLanguages());
        checkNothingLost(originals, glossaries, translations, problems, site);
        Map<String, TermCoverage> coverage = new HashMap<>();
        glossaries.forEach((code, glossary) -> coverage.put(code, new TermCoverage(glossary)));
        pages.parallelStream().filter(page -> CHECKED_FOR_COVERAGE.contains(page.getType()))
                .map(page -> coverage.get(page.getLanguage().getCode()).check(page)).toList()
                .forEach(site::addWarnings);
        linkTermsAndBacklinks(site, pages, glossaries);
        // A draft shows its terms' popovers, but is nobody's backlink and nobody's related page.
        draftPages.forEach(draft -> draft.addTermsUsed(termsUsed(draft, glossaries.get(draft.getLanguage().getCode()).withDrafts())));
        // A page is related to pages in its own language only.
        pages.stream().collect(Collectors.groupingBy(page -> page.getLanguage().getCode(), LinkedHashMap::new, Collectors.toList()))
                .values().forEach(SiteAssembler::findRelated);
        linkEditions(pages, draftPages, editions);
        all.forEach(page -> page.setHistory(histories.of(page)));
        all.forEach(page -> page.setTranslationState(translations.of(page.source().contentPath())));
        site.addWarnings(translations.warnings());
        Map<String, Page> byContentPath = new HashMap<>();
        pages.forEach(page -> byContentPath.put(page.source().contentPath(), page));
        histories.movedFiles().forEach((before, now) -> {
            Page target = byContentPath.get(now);
            if (target != null) {
                site.addRedirect(SourceFile.outputUriOf(before), target);
            }
        });
        site.seal();
        return site;
    }

    /**
     * Each source's parsed body, in order. A body the last assembly parsed is reused, but never shared by
     * two pages of one build, which render in parallel; the rest are parsed on both cores.
     */
    private List<Document> parse(List<SourceFile> sources) {
        Document[] documents = new Document[sources.size()];
        Map<String, Document> parsedNow = new HashMap<>();
        List<Integer> toParse = new ArrayList<>();
        for (int index = 0; index < sources.size(); index++) {
            String body = sources.get(index).body();
            Document before = parsedBefore.get(body);
            if (before != null && !parsedNow.containsKey(body)) {
                parsedNow.put(body, before);
                documents[index] = before;
            } else {
                toParse.add(index);
            }
        }
        toParse.parallelStream().forEach(index -> documents[index] = markdown.parse(sources.get(index).body()));
        toParse.forEach(index -> parsedNow.putIfAbsent(sources.get(index).body(), documents[index]));
        parsedBefore = parsedNow;
        return Arrays.asList(documents);
    }

    /**
     * Each page's analysis, in order. One the last assembly made from the same parsed body, file and site is
     * reused (the preview's rebuild after one edit); the rest are made on both cores, as pages are independent here.
     */
    private List<PageAnalysis> analyse(List<SourceFile> sources, List<Document> documents, SiteLinks siteLinks) {
        PageAnalysis[] analyses = new PageAnalysis[sources.size()];
        IntStream.range(0, sources.size()).parallel().forEach(index -> {
            ReusableAnalysis before = analysedBefore.get(documents.get(index));
            analyses[index] = before != null && before.fits(sources.get(index), siteLinks) ? before.analysis()
                    : PageAnalysis.of(sources.get(index), documents.get(index), siteLinks);
        });
        Map<Document, ReusableAnalysis> analysedNow = new IdentityHashMap<>();
        for (int index = 0; index < sources.size(); index++) {
            SourceFile source = sources.get(index);
            analysedNow.put(documents.get(index), new ReusableAnalysis(source.contentPath(), source.bodyFirstLine(), siteLinks, analyses[index]));
        }
        analysedBefore = analysedNow;
        return Arrays.asList(analyses);
    }

    /** Each translation among {@code all}, in order, with its original where that is among them too. */
    private static Map<Page, Page> originals(List<Page> all, Editions editions) {
        Map<String, Page> byContentPath = new HashMap<>();
        all.forEach(page -> byContentPath.put(page.source().contentPath(), page));
        Map<Page, Page> originals = new LinkedHashMap<>();
        for (Page translation : all) {
            editions.translatedPage(translation.source().contentPath()).map(byContentPath::get)
                    .ifPresent(original -> originals.put(translation, original));
        }
        return originals;
    }

    /**
     * For each translated page, its headings' ids by its original's ids, heading for heading, where both have
     * as many: a link copied from the original names the original's heading, which the translation words anew.
     */
    private static Map<String, Map<String, String>> translatedHeadingIds(Map<Page, Page> originals) {
        Map<String, Map<String, String>> translatedIds = new HashMap<>();
        originals.forEach((translation, original) -> {
            List<Heading> theirs = original.analysis().headings();
            List<Heading> ours = translation.analysis().headings();
            if (theirs.size() == ours.size()) {
                Map<String, String> ids = new HashMap<>();
                for (int index = 0; index < ours.size(); index++) {
                    ids.put(theirs.get(index).getId(), ours.get(index).getId());
                }
                translatedIds.put(translation.getUri(), ids);
            }
        });
        return translatedIds;
    }

    private static void checkLinks(Page page, Glossary glossary, Map<String, Set<String>> idsByUri,
                                   Map<String, Map<String, String>> translatedIds, Set<String> unreadable,
                                   ProblemCollector problems) {
        String file = page.source().displayPath();
        for (LinkUse link : page.analysis().links()) {
            LinkTarget target = link.target();
            if (target.isBroken()) {
                problems.at(file, link.line(), target.error());
            } else if (target.kind() == LinkTarget.Kind.TERM) {
                if (glossary.find(link.termName()).isEmpty() && !isUnreadableEntry(link.termName(), unreadable)) {
                    problems.at(file, link.line(), unknownTerm(link.termName(), glossary));
                }
            } else if (!target.fragment().isEmpty()
                    && (target.kind() == LinkTarget.Kind.SITE_PAGE || target.kind() == LinkTarget.Kind.SAME_PAGE)) {
                String uri = target.kind() == LinkTarget.Kind.SAME_PAGE ? page.getUri() : target.uri();
                Set<String> ids = idsByUri.getOrDefault(uri, Set.of());
                if (!ids.contains(target.fragment())) {
                    String translated = translatedIds.getOrDefault(uri, Map.of()).get(target.fragment());
                    String hint = translated != null
                            ? " in its language: that heading of the original is #" + translated + " in this translation"
                            : Spelling.closest(target.fragment(), ids).map(id -> " (did you mean #" + id + "?)").orElse("");
                    problems.at(file, link.line(), "'" + link.url() + "' points to #" + target.fragment()
                            + ", which is not a heading on that page" + hint);
                }
            }
        }
    }

    private static void checkDirectives(Page page, Directives directives, ProblemCollector problems) {
        for (DirectiveUse use : page.analysis().directives()) {
            directives.check(use.directive()).ifPresentOrElse(
                    error -> problems.at(page.source().displayPath(), use.line(), error),
                    () -> {
                        DirectiveHandler handler = directives.handler(use.directive().name()).orElseThrow();
                        handler.used(use.directive(), page.getUri(), page.getLanguage().getCode());
                        page.addDirectiveWords(handler.words(use.directive(), page.getLanguage().getCode()));
                    });
        }
    }

    /** Whether a term reference names an entry whose file is there but was not read, for a mistake already reported. */
    private static boolean isUnreadableEntry(String name, Set<String> unreadable) {
        String file = "glossary/" + name.toLowerCase(java.util.Locale.ROOT) + ".md";
        return unreadable.stream().anyMatch(path -> path.equals(file) || path.endsWith("/" + file));
    }

    private static String unknownTerm(String name, Glossary glossary) {
        Optional<SourceFile> draft = glossary.draft(name);
        if (draft.isPresent()) {
            return "the glossary term '" + name + "' is a draft (" + draft.get().displayPath() + ":"
                    + draft.get().lineOf("status") + " says status=draft), and a draft is not published;"
                    + " set status=published there when the entry is ready, or leave this mention unlinked until then";
        }
        List<String> known = new ArrayList<>();
        glossary.terms().forEach(term -> known.add(term.getKey()));
        String hint = Spelling.closest(name.toLowerCase(), known).map(key -> " (did you mean term:" + key + "?)").orElse("");
        return "unknown glossary term '" + name + "'" + hint + "; add content/glossary/" + slugHint(name)
                + ".md or link an existing term by its file name";
    }

    private static String slugHint(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static void linkTermsAndBacklinks(Site site, List<Page> pages, Map<String, Glossary> glossaries) {
        for (Page page : pages) {
            Set<Term> used = termsUsed(page, glossaries.get(page.getLanguage().getCode()));
            page.addTermsUsed(used);
            if (page.getTerm() != null) {
                continue;
            }
            // An entry lists the pages in its own language that mention it: a reader of one language is sent to pages in it.
            for (Term term : used) {
                Optional.ofNullable(site.page(term.getUri())).filter(entry -> entry.getLanguage().equals(page.getLanguage()))
                        .ifPresent(entry -> entry.addMention(page));
            }
        }
        for (Page entry : pages) {
            if (entry.getTerm() != null) {
                entry.sortMentions(Comparator.comparing(Page::getType).thenComparing(Page::getTitle));
            }
        }
    }

    /**
     * Checks each translation against its original, part by part, for a lost or added source, term or number:
     * an error in a published translation, a warning in a draft, which is work in progress. A translation of an
     * earlier version of its original is not checked against the original as it is now, which it does not
     * translate: its warning that it is out of date stands for it until it is brought up to date.
     */
    private void checkNothingLost(Map<Page, Page> originals, Map<String, Glossary> glossaries, Translations translations,
                                  ProblemCollector problems, Site site) {
        pageParts.nextBuild();
        for (Map.Entry<Page, Page> pair : originals.entrySet()) {
            Page translation = pair.getKey();
            Page original = pair.getValue();
            TranslationState state = translations.of(translation.source().contentPath());
            if (state != null && (state.standing() == TranslationState.Standing.OUT_OF_DATE
                    || state.standing() == TranslationState.Standing.UNKNOWN_VERSION)) {
                continue;
            }
            Glossary own = glossaries.get(translation.getLanguage().getCode());
            Glossary theirs = glossaries.get(original.getLanguage().getCode());
            List<Problem> found = FidelityCheck.compare(original.source().displayPath(), pageParts.of(original, theirs.withDrafts()),
                    translation.source().displayPath(), pageParts.of(translation, own.withDrafts()),
                    translation.source().field(Editions.DIFFERENCES));
            if (translation.isDraft()) {
                site.addWarnings(found);
            } else {
                found.forEach(problems::add);
            }
        }
    }

    /**
     * Links each page with its translations, both ways: the pages at one path in each language's folder. A
     * published page knows only the published ones; a draft (in the preview) the drafts too.
     */
    private static void linkEditions(List<Page> pages, List<Page> drafts, Editions editions) {
        List<Language> order = editions.languages().all();
        Comparator<Page> byLanguage = Comparator.comparingInt(page -> order.indexOf(page.getLanguage()));
        Map<String, List<Page>> published = new HashMap<>();
        pages.forEach(page -> published.computeIfAbsent(editions.originalOf(page.source().contentPath()), path -> new ArrayList<>()).add(page));
        published.values().forEach(group -> {
            group.sort(byLanguage);
            group.forEach(page -> page.setEditions(group));
        });
        for (Page draft : drafts) {
            String original = editions.originalOf(draft.source().contentPath());
            List<Page> group = new ArrayList<>(published.getOrDefault(original, List.of()));
            drafts.stream().filter(other -> editions.originalOf(other.source().contentPath()).equals(original)).forEach(group::add);
            group.sort(byLanguage);
            draft.setEditions(group);
        }
    }

    private static Set<Term> termsUsed(Page page, Glossary glossary) {
        Set<Term> used = new LinkedHashSet<>();
        for (LinkUse link : page.analysis().links()) {
            if (link.target().kind() == LinkTarget.Kind.TERM) {
                glossary.find(link.termName()).ifPresent(used::add);
            }
        }
        return used;
    }

    /**
     * Related pages by shared tags and terms, found through an index of the features no more than
     * {@value #MOST_PAGES_SHARING_A_FEATURE} pages share, so the cost grows with the pages, not pages².
     */
    private static void findRelated(List<Page> pages) {
        Map<String, List<Page>> byFeature = new HashMap<>();
        Map<Page, Set<String>> features = new LinkedHashMap<>();
        for (Page page : pages) {
            if (page.getTerm() != null || !ContentModel.EXPLAINER.equals(page.getType())
                    && !ContentModel.BACKGROUND.equals(page.getType())) {
                continue;
            }
            Set<String> own = new HashSet<>();
            page.getTags().forEach(tag -> own.add("tag:" + tag));
            page.getTermsUsed().forEach(term -> own.add("term:" + term.getKey()));
            features.put(page, own);
            own.forEach(feature -> byFeature.computeIfAbsent(feature, f -> new ArrayList<>()).add(page));
        }
        features.forEach((page, own) -> {
            Map<Page, Integer> score = new HashMap<>();
            for (String feature : own) {
                List<Page> sharing = byFeature.get(feature);
                if (sharing.size() > MOST_PAGES_SHARING_A_FEATURE) {
                    continue;
                }
                for (Page other : sharing) {
                    if (other != page) {
                        score.merge(other, feature.startsWith("tag:") ? 3 : 1, Integer::sum);
                    }
                }
            }
            score.entrySet().stream()
                    .sorted(Map.Entry.<Page, Integer>comparingByValue().reversed()
                            .thenComparing(e -> e.getKey().getTitle()))
                    .limit(RELATED_PAGES)
                    .forEach(e -> page.addRelated(e.getKey()));
        });
    }
}
