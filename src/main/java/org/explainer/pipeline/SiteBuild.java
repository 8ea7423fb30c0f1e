package org.explainer.pipeline;

import org.explainer.publish.OutputFolders;
import org.explainer.publish.ExtraOutputs;
import org.explainer.publish.StyleSheets;
import org.explainer.content.OutputPaths;
import org.explainer.base.BuildMode;
import org.explainer.base.ProjectConfig;
import org.explainer.base.ProblemCollector;
import org.explainer.base.BuildFailure;
import org.explainer.check.LinkRules;
import org.explainer.check.OutputLinkChecker;
import org.explainer.base.Language;
import org.explainer.base.Languages;
import org.explainer.content.ContentScanner;
import org.explainer.content.Editions;
import org.explainer.content.SourceFile;
import org.explainer.directives.MapDirective;
import org.explainer.directives.Maps;
import org.explainer.directives.TimelineDirective;
import org.explainer.glossary.Glossary;
import org.explainer.history.History;
import org.explainer.history.RepositoryHistory;
import org.explainer.jbake.JBakeRenderer;
import org.explainer.jbake.PageBody;
import org.explainer.markdown.Markdown;
import org.explainer.markdown.context.PageContext;
import org.explainer.markdown.context.Partials;
import org.explainer.markdown.context.Directives;
import org.explainer.site.Page;
import org.explainer.site.PageHistories;
import org.explainer.search.SearchIndex;
import org.explainer.site.ImageFiles;
import org.explainer.site.Site;
import org.explainer.site.SiteAssembler;
import org.explainer.text.InterfaceTexts;
import org.explainer.timeline.Timeline;
import org.explainer.timeline.TimelineLoader;
import org.explainer.translation.TranslationCheck;
import org.explainer.translation.Translations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One build of the site, in the order that keeps mistakes out of the output: read and check every
 * source, assemble and check the whole site, bake with JBake into a staging folder, check the baked
 * pages, and only then publish. A failure at any step leaves the previous output untouched.
 */
public final class SiteBuild {

    /** Files the build writes beside the pages, which no content file or asset may also claim. */
    public static final List<String> GENERATED_FILES = List.of("feed.xml", "sitemap.xml", "robots.txt", "search-index.json",
            Site.CORRECTIONS_FILE, Site.CORRECTIONS_FEED_FILE);

    /** Files the build writes in each other language's folder too. */
    private static final List<String> EDITION_FILES = List.of(Site.FEED_FILE, SearchIndex.FILE_NAME, Site.CORRECTIONS_FILE,
            Site.CORRECTIONS_FEED_FILE);

    /**
     * Runs each of a build's few long side jobs (the maps, the interface text, the history) on a thread of its
     * own: the common pool has one worker on a two-core machine, where they would wait for each other.
     */
    private static final Executor OWN_THREAD = job -> {
        Thread thread = new Thread(job, "site-build-side-job");
        thread.setDaemon(true);
        thread.start();
    };

    /** The timeline's data file, in the data folder. */
    public static final String TIMELINE_FILE = "timeline.yml";

    /** Told how long each step of a build took; {@code bake --timings} prints them. */
    public interface Timings {
        Timings NONE = (step, nanos) -> { };

        void step(String step, long nanos);

        /** Reports the time since {@code start} as {@code step} and returns the current time, for the next step. */
        default long lap(String step, long start) {
            long now = System.nanoTime();
            step(step, now - start);
            return now;
        }
    }

    private final ProjectConfig project;
    private final BuildMode mode;
    private final Markdown markdown;
    private final SiteAssembler assembler;
    private final WarmRenderer renderer;
    private final PageReuse reuse = new PageReuse();
    private final Timings timings;
    private final boolean withHistory;
    /** The history last read, kept across the preview's rebuilds until HEAD moves. */
    private History history = History.NONE;
    /** In the preview, kept across rebuilds, so only changed pages are parsed again. */
    private final OutputLinkChecker outputLinks;
    /** The maps, drawn again only when a map file or the boundary data changes. */
    private final FileMemo<Maps> drawnMaps = new FileMemo<>();

    /** The production build without history: the tests' sites are folders, not repositories. */
    public SiteBuild(ProjectConfig project) {
        this(project, Timings.NONE);
    }

    /** The production build, without history: drafts are left out. */
    public SiteBuild(ProjectConfig project, Timings timings) {
        this(project, timings, BuildMode.PUBLISH);
    }

    /** @param mode the production build, or the preview, which renders and checks the drafts too; without history */
    public SiteBuild(ProjectConfig project, Timings timings, BuildMode mode) {
        this(project, timings, mode, false);
    }

    /**
     * @param withHistory whether to read every page's history from the repository the project is in
     *                    (the build fails outside one, or in a shallow clone)
     */
    public SiteBuild(ProjectConfig project, Timings timings, BuildMode mode, boolean withHistory) {
        this.project = project;
        this.mode = mode;
        this.timings = timings;
        this.withHistory = withHistory;
        this.outputLinks = mode == BuildMode.PREVIEW ? OutputLinkChecker.acrossBuilds() : OutputLinkChecker.once();
        this.markdown = new Markdown(project.scriptLanguages());
        this.assembler = new SiteAssembler(markdown);
        this.renderer = new WarmRenderer(project.projectDir(), project.templatesDir());
    }

    /** Builds the site into {@code output}; throws {@link BuildFailure} listing every problem found. */
    public Site build(Path output) {
        return build(output, withHistory);
    }

    /**
     * Builds the site without reading the pages' history, even in a build with history: the preview serves
     * its first build this way, since the history read of a freshly started JVM takes about as long again as
     * the rest of the build, and rebuilds with the history right after (bench/README.md).
     */
    public Site buildBeforeTheHistory(Path output) {
        return build(output, false);
    }

    /**
     * Builds the site as if the writer had edited the sources {@code edited} chooses, and throws the build away:
     * each gets a blank line at its end in memory, which makes the build parse, check and render it again, and
     * compare it with its last commit, as after an edit, while {@code output} keeps the last build, which the
     * next build still reuses. The preview's unseen warm-up runs this, so the JIT compiles the path a writer's
     * edit takes; a plain {@link #build} after it parses and checks those pages as the files are again.
     */
    public void buildAsIfEdited(Path output, Predicate<SourceFile> edited) {
        build(output, withHistory, edited, false);
    }

    private Site build(Path output, boolean readingHistory) {
        return build(output, readingHistory, source -> false, true);
    }

    /** @param publish whether the build replaces {@code output}; if not, it is checked and thrown away */
    private Site build(Path output, boolean readingHistory, Predicate<SourceFile> edited, boolean publish) {
        renderer.prepareInBackground();
        Assembly assembly;
        try {
            assembly = prepare(readingHistory, edited);
        } catch (RuntimeException failed) {
            renderer.settle();
            throw failed;
        }
        Site site = assembly.site();
        long start = System.nanoTime();
        Path staging = OutputFolders.freshStaging(output);
        try {
            ProblemCollector problems = new ProblemCollector();
            start = timings.lap("prepare staging folder", start);
            WarmRenderer.Ready ready = renderer.await();
            start = timings.lap("wait for JBake's set-up", start);
            PageReuse.Plan plan = reuse.plan(site, List.of(project.dataDir(), project.textDir()), (readingHistory ? history : History.NONE).head(), output,
                    ready.templates());
            // Each language's markup (a term reference's label, say) is written in its words.
            Map<Language, Partials> partials = new HashMap<>();
            project.settings().languages().all().forEach(language ->
                    partials.put(language, ready.renderer().partials(assembly.texts().of(language))));
            List<PageBody> bodies = plan.render().parallelStream()
                    .map(page -> new PageBody(page, body(site, page, partials.get(page.getLanguage())),
                            !plan.comparisonsKept().contains(page))).toList();
            start = timings.lap("render Markdown", start);
            ready.renderer().render(site, assembly.texts(), bodies, staging).forEach(problems::add);
            PageReuse.copy(plan, output, staging);
            start = timings.lap(plan.copy().isEmpty() ? "render templates (JBake)" : "render changed pages (JBake), copy the others", start);
            problems.throwIfAny();
            ExtraOutputs.write(site, assembly.maps(), staging);
            StyleSheets.stripComments(staging);
            start = timings.lap("write search index, robots.txt and maps; strip the style sheets' comments", start);
            outputLinks.checkSite(staging, URI.create(project.settings().getUrl()), problems);
            start = timings.lap("check links in the baked pages", start);
            problems.throwIfAny();
            if (publish) {
                OutputFolders.publish(staging, output);
                reuse.published();
            }
            timings.lap("publish", start);
            return site;
        } finally {
            OutputFolders.deleteIfPresent(staging);
        }
    }

    private String body(Site site, Page page, Partials partials) {
        Glossary glossary = site.glossary(page.getLanguage());
        PageContext context = new PageContext(page.source().contentPath(), page.getUri(), site.links(),
                page.isDraft() ? glossary.withDrafts() : glossary,
                site.directives(), partials, page.getLanguage());
        return markdown.render(page.document(), context);
    }

    /** Reads, validates and links up all content and data, without writing anything. */
    public Site assemble() {
        return prepare(withHistory, source -> false).site();
    }

    /** The checked site, the maps drawn for it and the interface text of its languages. */
    private record Assembly(Site site, Maps maps, InterfaceTexts texts) {
    }

    private Assembly prepare(boolean readingHistory, Predicate<SourceFile> edited) {
        long start = System.nanoTime();
        ProblemCollector problems = new ProblemCollector();
        // The interface text depends on no content either: ICU compiles its messages on a thread of their own,
        // half a second in a freshly started JVM, while the content is read and parsed.
        ProblemCollector textProblems = new ProblemCollector();
        CompletableFuture<InterfaceTexts> loadingTexts = CompletableFuture.supplyAsync(
                () -> InterfaceTexts.load(project, textProblems), OWN_THREAD);
        // The maps depend on no content: they are drawn on another thread while the content is read.
        ProblemCollector mapProblems = new ProblemCollector();
        CompletableFuture<Maps> drawing = CompletableFuture.supplyAsync(() -> {
            long drawStart = System.nanoTime();
            Path mapsDir = project.dataDir().resolve("maps");
            Maps drawn = drawnMaps.get(mapInputs(mapsDir),
                    () -> Maps.load(project.projectDir(), mapsDir, project.geoDataFile(), project.placeKinds(),
                            project.settings().languages(), mapProblems));
            if (!mapProblems.isEmpty()) {
                drawnMaps.forget();
            }
            timings.step("draw maps, beside reading the content", System.nanoTime() - drawStart);
            return drawn;
        }, OWN_THREAD);
        // The history depends only on the repository: it is read on another thread too.
        CompletableFuture<History> reading = readingHistory ? CompletableFuture.supplyAsync(this::readHistory, OWN_THREAD)
                : CompletableFuture.completedFuture(History.NONE);
        ContentScanner scanner = new ContentScanner(project.projectDir(), project.contentDir(), project.headerSeparator(),
                project.termCategories());
        List<SourceFile> sources = scanner.scan(problems).stream()
                .map(source -> edited.test(source) ? source.withBlankLineAdded() : source).toList();
        OutputPaths.check(sources, project.assetsDir(), generatedFiles(), problems);
        start = timings.lap("read and check sources", start);
        Editions editions = new Editions(project.settings().languages());
        editions.check(sources, scanner.unreadable(), problems);
        Map<String, Glossary> glossaries = glossaries(sources, editions, problems);
        Glossary glossary = glossaries.get(project.settings().languages().getDefault().getCode());
        Path timelineFile = project.dataDir().resolve(TIMELINE_FILE);
        Timeline timeline = TimelineLoader.load(timelineFile, project.projectDir().relativize(timelineFile).toString(),
                project.timelineCategories(), key -> glossary.byKey(key).isPresent(), project.settings().languages(), problems);
        start = timings.lap("read timeline", start);
        // The pages are parsed now, before the maps, the interface text and the history they do not need are awaited.
        assembler.parseAhead(sources, mode);
        start = timings.lap(readingHistory ? "parse Markdown, beside reading the history" : "parse Markdown", start);
        Maps maps = join(drawing);
        InterfaceTexts texts = join(loadingTexts);
        // The problems in the order the steps were once run in: the text's, the content's, the maps'.
        ProblemCollector ordered = new ProblemCollector();
        ordered.addAll(textProblems);
        ordered.addAll(problems);
        ordered.addAll(mapProblems);
        problems = ordered;
        Directives directives = new Directives(List.of(new TimelineDirective(timeline, glossaries, glossary,
                project.settings().languages().getDefault().getCode(), project.scriptLanguages()), new MapDirective(maps)));
        start = timings.lap("wait for the maps and the interface text", start);
        History read = join(reading);
        PageHistories histories = readingHistory ? histories(read, texts) : PageHistories.NONE;
        if (readingHistory) {
            start = timings.lap("wait for the history", start);
        }
        Translations translations = translations(sources, read, problems);
        Site site = assembler.assemble(texts.navigation(project.settings()), sources, scanner.unreadable(), glossaries, directives, mode,
                histories, translations, problems);
        ImageFiles.check(site.pagesToRender(), new LinkRules(URI.create(project.settings().getUrl())), project.assetsDir(),
                project.projectDir(), problems);
        timings.lap("assemble and check the site", start);
        problems.throwIfAny();
        return new Assembly(site, maps, texts);
    }

    /**
     * Each language's glossary, by code: the default language's from the term files outside the other languages'
     * folders, and each other language's from those in its folder, over the default language's.
     */
    private static Map<String, Glossary> glossaries(List<SourceFile> sources, Editions editions, ProblemCollector problems) {
        Languages languages = editions.languages();
        Map<Language, List<SourceFile>> byLanguage = sources.stream()
                .collect(Collectors.groupingBy(source -> editions.languageOf(source.contentPath())));
        Glossary root = Glossary.of(byLanguage.getOrDefault(languages.getDefault(), List.of()), problems);
        Map<String, Glossary> glossaries = new LinkedHashMap<>();
        for (Language language : languages.all()) {
            glossaries.put(language.getCode(), language.equals(languages.getDefault()) ? root
                    : Glossary.over(byLanguage.getOrDefault(language, List.of()), root, languages.getDefault(), problems));
        }
        return glossaries;
    }

    /** The history at HEAD: read again only when HEAD has moved since the last build. */
    private History readHistory() {
        if (withHistory) {
            long readStart = System.nanoTime();
            history = RepositoryHistory.read(project.projectDir(), List.of(contentFolder(), timelineFile()),
                    project.headerSeparator(), history);
            timings.step("read the history, beside reading the content", System.nanoTime() - readStart);
        }
        return history;
    }

    private PageHistories histories(History read, InterfaceTexts texts) {
        return withHistory ? new RepositoryPageHistories(read, contentFolder(), timelineFile(), mode.includesDrafts(),
                markdown, project.headerSeparator(), texts) : PageHistories.NONE;
    }

    /** Where each translation this build renders stands against its original: the preview's rebuild reuses the history read. */
    private Translations translations(List<SourceFile> sources, History read, ProblemCollector problems) {
        List<SourceFile> rendered = mode.includesDrafts() ? sources : sources.stream().filter(source -> !source.isDraft()).toList();
        return new TranslationCheck(project.settings().languages(), read, contentFolder(), project.headerSeparator())
                .check(rendered, problems);
    }

    private String contentFolder() {
        return relative(project.contentDir()) + "/";
    }

    private String timelineFile() {
        return relative(project.dataDir().resolve(TIMELINE_FILE));
    }

    private String relative(Path path) {
        return project.projectDir().relativize(path).toString().replace('\\', '/');
    }

    private List<String> generatedFiles() {
        List<String> generated = new ArrayList<>(GENERATED_FILES);
        // Each other language has its own feed and search index, in its folder.
        project.settings().languages().all().stream().filter(language -> !language.equals(project.settings().languages().getDefault()))
                .forEach(language -> EDITION_FILES.forEach(file -> generated.add(language.getCode() + "/" + file)));
        if (mode.includesDrafts()) {
            generated.add(JBakeRenderer.DRAFTS_PAGE);
        }
        return generated;
    }

    private List<Path> mapInputs(Path mapsDir) {
        List<Path> inputs = new ArrayList<>();
        if (Files.isDirectory(mapsDir)) {
            try (Stream<Path> files = Files.list(mapsDir)) {
                files.sorted().forEach(inputs::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (project.geoDataFile() != null) {
            inputs.add(project.geoDataFile());
        }
        return inputs;
    }

    private static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
