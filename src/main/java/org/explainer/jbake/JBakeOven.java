package org.explainer.jbake;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.explainer.build.Problem;
import org.explainer.build.ProblemCollector;
import org.explainer.build.ProjectConfig;
import org.explainer.build.SiteBuild;
import org.explainer.content.ContentScanner;
import org.explainer.markdown.Markdown;
import org.explainer.site.Site;
import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.jbake.render.RenderingTool;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.template.RenderingException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Runs JBake over the project with the project's Markdown engine and site model plugged in.
 * <p>
 * JBake does the baking as its {@code Oven} does, step for step: its crawler reads every content and
 * data file through its parser (and our Markdown engine), its renderer fills the Freemarker templates
 * for every document, the feed and the sitemap, and its asset copier copies the assets. Only the
 * document store differs: JBake's embedded OrientDB database is replaced by a {@link MemoryContentStore},
 * which answers the same queries. That database took most of a small site's bake to start and made
 * large sites quadratic (see bench/README.md). One oven serves many bakes, so the preview keeps
 * JBake's configuration and parsed templates warm between rebuilds.
 */
public final class JBakeOven {

    /** The configuration key under which templates find the {@link Site} ({@code config.site_model}). */
    public static final String SITE_MODEL_PROPERTY = "site.model";

    private final ProjectConfig project;
    private final Markdown markdown;
    private final SiteBuild.Timings timings;
    private final MemoryContentStore store = new MemoryContentStore();
    private final TemplateFolder templates;
    private DefaultJBakeConfiguration config;
    private Renderer renderer;

    public JBakeOven(ProjectConfig project, Markdown markdown, SiteBuild.Timings timings) {
        this.project = project;
        this.markdown = markdown;
        this.timings = timings;
        this.templates = new TemplateFolder(project.templatesDir());
    }

    /** Bakes into {@code destination}; every error JBake meets (a template error, say) goes to {@code problems}. */
    public void bake(Site site, Path destination, ProblemCollector problems) {
        long start = System.nanoTime();
        configure(site, destination);
        start = timings.lap("JBake: configure", start);

        store.drop();
        Crawler crawler = new Crawler(store, config);
        crawler.crawl();
        crawler.crawlDataFiles();
        start = timings.lap("JBake: crawl content and data (Markdown rendered here)", start);

        List<Throwable> errors = new ArrayList<>();
        for (RenderingTool tool : ServiceLoader.load(RenderingTool.class)) {
            try {
                tool.render(renderer, store, config);
            } catch (RenderingException e) {
                errors.add(e);
            }
        }
        start = timings.lap("JBake: render templates", start);

        Asset asset = new Asset(config);
        asset.copy();
        asset.copyAssetsFromContent(config.getContentFolder());
        errors.addAll(asset.getErrors());
        timings.lap("JBake: copy assets", start);
        errors.forEach(error -> problems.add(describe(project, error)));
    }

    /**
     * Points JBake at this bake's site model and destination. The configuration and the renderer (with
     * Freemarker's parsed templates) are made once and kept, unless a template changed since.
     */
    private void configure(Site site, Path destination) {
        if (config == null) {
            config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(project.projectDir().toFile(), destination.toFile(), true);
            // JBake's Oven adds a new listener on every bake; one per oven is enough.
            DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        }
        config.setDestinationFolder(destination.toFile());
        config.setSiteHost(site.getSettings().getUrl());
        // Templates reach the site model as config.site_model. JBake's other route for extra model
        // values, a ModelExtractor, only accepts collections of documents.
        config.setProperty(SITE_MODEL_PROPERTY, site);
        new JBakeConfigurationInspector(config).inspect();

        FlexmarkEngine engine = new FlexmarkEngine(site, markdown, project.contentDir().toAbsolutePath());
        ContentScanner.MARKDOWN_EXTENSIONS.forEach(extension -> Engines.register(extension, engine));

        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        config.getDocumentTypes().forEach(DocumentTypes::addDocumentType);
        DocumentTypes.addDocumentType(config.getDataFileDocType());

        if (renderer == null || templates.changed()) {
            renderer = new Renderer(store, config);
        }
    }

    /** Turns JBake's exceptions into problems naming the template and line where there is one. */
    private static Problem describe(ProjectConfig project, Throwable error) {
        String templates = project.projectDir().relativize(project.templatesDir()).toString();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateException template && template.getTemplateSourceName() != null) {
                return Problem.at(templates + "/" + template.getTemplateSourceName(), lineOf(template.getLineNumber()),
                        firstLine(template.getMessageWithoutStackTop()));
            }
            if (cause instanceof ParseException parse && parse.getTemplateName() != null) {
                return Problem.at(templates + "/" + parse.getTemplateName(), parse.getLineNumber(),
                        firstLine(parse.getEditorMessage()));
            }
        }
        return Problem.in(templates, "JBake failed: " + error);
    }

    private static int lineOf(Integer line) {
        return line == null ? 0 : line;
    }

    private static String firstLine(String message) {
        return message == null ? "template error" : message.strip().split("\n", 2)[0];
    }
}
