package org.explainer.jbake;

import org.explainer.build.Problem;
import org.explainer.build.ProblemCollector;
import org.explainer.build.ProjectConfig;
import org.explainer.build.SiteBuild;
import org.explainer.content.ContentScanner;
import org.explainer.content.SourceFile;
import org.explainer.markdown.Markdown;
import org.explainer.site.Site;
import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.jbake.render.RenderingTool;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.template.RenderingException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs JBake over the project with the project's Markdown engine and site model plugged in.
 * <p>
 * JBake does the baking as its {@code Oven} does, step for step: its crawler reads every content and
 * data file through its parser (and our Markdown engine), its renderer fills the Freemarker templates
 * for every document, the feed and the sitemap, and its asset copier copies the assets. Only the
 * document store differs: JBake's embedded OrientDB database is replaced by a {@link MemoryContentStore},
 * which answers the same queries. That database took most of a small site's bake to start and made
 * large sites quadratic (see bench/README.md).
 * <p>
 * One oven serves many bakes, which the preview uses: JBake's configuration and Freemarker's parsed
 * templates stay warm, and so does the content store, so JBake's crawler re-reads only the files whose
 * checksum changed and its renderer renders only those documents. That is sound only while nothing
 * another page shows has changed ({@link CrossPageFingerprint}) and the templates are the same; then
 * the other pages are copied from the last published bake. Otherwise, and for every first bake, the
 * store starts empty and every page is rendered.
 */
public final class JBakeOven {

    /** The configuration key under which templates find the {@link Site} ({@code config.site_model}). */
    public static final String SITE_MODEL_PROPERTY = "site.model";

    private static final Pattern TEMPLATE_POSITION = Pattern.compile("\\[in template \"([^\"]+)\" at line (\\d+), column \\d+]");
    private static final Pattern FAILED_EXPRESSION = Pattern.compile("==> (.+?)\\s+\\[in template");

    private final ProjectConfig project;
    private final Markdown markdown;
    private final SiteBuild.Timings timings;
    private final MemoryContentStore store = new MemoryContentStore();
    private DefaultJBakeConfiguration config;
    private ConcurrentRenderer renderer;
    private JBakePartials partials;
    private String templates = "";
    private boolean templatesChanged;
    private CompletableFuture<Long> preparation;
    /** The fingerprint of the last bake that was published, whose pages may be reused; null if none. */
    private String publishedFingerprint;
    private String bakingFingerprint;
    /** What each page of the last published bake was rendered from, and what this bake's pages are. */
    private Map<String, SourceFile> publishedSources = Map.of();
    private Map<String, SourceFile> bakingSources = Map.of();

    public JBakeOven(ProjectConfig project, Markdown markdown, SiteBuild.Timings timings) {
        this.project = project;
        this.markdown = markdown;
        this.timings = timings;
    }

    /**
     * Bakes into {@code destination}; every error JBake meets (a template error, say) goes to
     * {@code problems}. Tell the oven afterwards whether the bake was {@linkplain #published() published}
     * or {@linkplain #discarded() discarded}.
     *
     * @param published where the last published bake is, from which unchanged pages may be copied
     */
    public void bake(Site site, Path destination, Path published, ProblemCollector problems) {
        long start = System.nanoTime();
        awaitPreparation();
        start = timings.lap("JBake: wait for the set-up", start);
        FlexmarkEngine engine = configure(site, destination);
        bakingFingerprint = CrossPageFingerprint.of(site, project.dataDir());
        boolean reuse = !templatesChanged && bakingFingerprint.equals(publishedFingerprint) && Files.isDirectory(published);
        templatesChanged = false;
        if (!reuse) {
            store.drop();
            engine.renderAheadInBackground();
        }
        start = timings.lap("JBake: configure", start);

        bakingSources = new HashMap<>();
        site.getPages().forEach(page -> bakingSources.put(page.getUri(), page.source()));
        forgetPagesWhoseSourceChanged(site);
        Crawler crawler = new Crawler(store, config);
        crawl(crawler);
        List<String> unchanged = store.documents().stream()
                .filter(document -> Boolean.TRUE.equals(document.getRendered()) && site.page(document.getUri()) != null)
                .map(DocumentModel::getUri).toList();
        if (!unchanged.stream().allMatch(uri -> Files.isRegularFile(published.resolve(uri)))) {
            // Someone removed published pages: render everything.
            store.drop();
            crawl(crawler);
            unchanged = List.of();
        }
        start = timings.lap("JBake: crawl content and data (Markdown rendered here)", start);

        List<Throwable> errors = new ArrayList<>();
        for (RenderingTool tool : ServiceLoader.load(RenderingTool.class)) {
            try {
                tool.render(renderer, store, config);
            } catch (RenderingException e) {
                errors.add(e);
            }
        }
        renderer.awaitPages().ifPresent(errors::add);
        copyPages(unchanged, published, destination);
        start = timings.lap(reuse ? "JBake: render changed pages, copy the others" : "JBake: render templates", start);

        Asset asset = new Asset(config);
        asset.copy();
        asset.copyAssetsFromContent(config.getContentFolder());
        errors.addAll(asset.getErrors());
        timings.lap("JBake: copy assets", start);
        errors.forEach(error -> describe(project, destination, error).forEach(problems::add));
    }

    /**
     * JBake's crawler re-reads a file when its checksum on disk changed; but a file saved while the last
     * build ran has a new checksum and was rendered from its old text. So a page stays in the store only
     * if its source is exactly what its published copy was rendered from.
     */
    private void forgetPagesWhoseSourceChanged(Site site) {
        List<DocumentModel> stale = store.documents().stream()
                .filter(document -> site.page(document.getUri()) != null)
                .filter(document -> !Objects.equals(publishedSources.get(document.getUri()), bakingSources.get(document.getUri())))
                .toList();
        stale.forEach(document -> store.deleteContent(document.getSourceuri()));
    }

    /** The last bake was published: its pages may be reused by the next bake while they are current. */
    public void published() {
        publishedFingerprint = bakingFingerprint;
        publishedSources = bakingSources;
    }

    /** The last bake was thrown away (a check failed): the next bake starts afresh. */
    public void discarded() {
        publishedFingerprint = null;
        publishedSources = Map.of();
        store.drop();
    }

    /**
     * Starts JBake's set-up that does not depend on the content (its configuration, Freemarker and the
     * template engine, its parsers) on another thread, so that on a machine with two cores it overlaps
     * reading and checking the content; the next {@link #bake} waits for it.
     */
    public void prepareInBackground() {
        if (preparation == null) {
            preparation = CompletableFuture.supplyAsync(this::prepare);
        }
    }

    private void awaitPreparation() {
        if (preparation == null) {
            prepareInBackground();
        }
        try {
            timings.step("JBake: set up, beside reading the content", preparation.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            preparation = null;
        }
    }

    /**
     * Makes JBake's configuration and the renderer (with Freemarker's parsed templates) once and keeps
     * them, unless a template changed since. Returns how long it took.
     */
    private synchronized long prepare() {
        long start = System.nanoTime();
        if (config == null) {
            config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(project.projectDir().toFile(), project.projectDir().toFile(), true);
            // JBake's Oven adds a new listener on every bake; one per oven is enough.
            DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
            Engines.getRecognizedExtensions();
        }
        String templatesNow = FolderSnapshot.of(project.templatesDir());
        if (renderer == null || !templatesNow.equals(templates)) {
            templatesChanged = true;
            templates = templatesNow;
            if (renderer != null) {
                renderer.close();
            }
            renderer = new ConcurrentRenderer(store, config);
            partials = new JBakePartials(config, store);
        }
        return System.nanoTime() - start;
    }

    /** Points JBake at this bake's site model and destination; returns the Markdown engine registered for it. */
    private synchronized FlexmarkEngine configure(Site site, Path destination) {
        config.setDestinationFolder(destination.toFile());
        config.setSiteHost(site.getSettings().getUrl());
        // Templates reach the site model as config.site_model. JBake's other route for extra model
        // values, a ModelExtractor, only accepts collections of documents.
        config.setProperty(SITE_MODEL_PROPERTY, site);
        new JBakeConfigurationInspector(config).inspect();

        FlexmarkEngine engine = new FlexmarkEngine(site, markdown, partials, project.contentDir().toAbsolutePath());
        ContentScanner.MARKDOWN_EXTENSIONS.forEach(extension -> Engines.register(extension, engine));

        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        config.getDocumentTypes().forEach(DocumentTypes::addDocumentType);
        DocumentTypes.addDocumentType(config.getDataFileDocType());
        return engine;
    }

    private static void crawl(Crawler crawler) {
        crawler.crawl();
        crawler.crawlDataFiles();
    }

    /** Copies the pages JBake did not render this time from the last published bake. */
    private static void copyPages(List<String> uris, Path from, Path to) {
        try {
            for (String uri : uris) {
                Path target = to.resolve(uri);
                Files.createDirectories(target.getParent());
                Files.copy(from.resolve(uri), target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy unchanged pages from " + from, e);
        }
    }

    /**
     * Turns JBake's exceptions into problems naming the template and line. JBake folds the template
     * errors of document pages into one exception's message text, so that text is read as well.
     */
    private static List<Problem> describe(ProjectConfig project, Path destination, Throwable error) {
        String templates = project.projectDir().relativize(project.templatesDir()).toString();
        Optional<Problem> template = JBakePartials.problem(templates, error);
        if (template.isPresent()) {
            return List.of(template.get());
        }
        List<Problem> problems = new ArrayList<>();
        String text = String.valueOf(error.getMessage());
        for (String failure : text.split("Failed to render file ")) {
            Matcher position = TEMPLATE_POSITION.matcher(failure);
            int cause = failure.indexOf("Cause: ");
            if (!position.find() || cause < 0) {
                continue;
            }
            String page = destination.relativize(Path.of(failure.substring(0, failure.indexOf(". Cause: ")))).toString();
            Matcher expression = FAILED_EXPRESSION.matcher(failure);
            String message = firstLine(failure.substring(cause + "Cause: ".length()).replaceFirst("^[\\w.]+Exception: ", ""))
                    + (expression.find() ? " " + expression.group(1).strip() : "") + " (while rendering " + page + ")";
            Problem problem = Problem.at(templates + "/" + position.group(1), Integer.parseInt(position.group(2)), message);
            if (problems.stream().noneMatch(known -> known.file().equals(problem.file()) && known.line() == problem.line())) {
                problems.add(problem);
            }
        }
        return problems.isEmpty() ? List.of(Problem.in(templates, "JBake failed: " + firstLine(text))) : problems;
    }

    private static String firstLine(String message) {
        return message == null ? "template error" : message.strip().split("\n", 2)[0];
    }
}
