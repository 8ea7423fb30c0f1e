package org.explainer.jbake;

import org.explainer.base.Language;
import org.explainer.base.Problem;
import org.explainer.history.Change;
import org.explainer.markdown.context.Partials;
import org.explainer.site.Page;
import org.explainer.site.Redirect;
import org.explainer.site.Site;
import org.explainer.text.InterfaceText;
import org.explainer.text.InterfaceTexts;
import org.jbake.app.Asset;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.model.DocumentModel;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The project's one door to JBake: renders given pages through their Freemarker templates into a
 * folder, with JBake's template engine, and copies the assets with JBake's asset copier.
 * <p>
 * JBake's {@code Oven} would also crawl {@code content/}, parse every header and body again and keep
 * the documents in its database. The build has already read, checked and assembled every page, so
 * this class hands JBake's template engine the finished pages instead: the engine is public API, and
 * it is what the oven's renderer calls for every document. What the project relies on in JBake's
 * behaviour is pinned by {@code JBakeBehaviourTest}, so an upgrade that changes it fails a test.
 * <p>
 * Pages go straight to JBake's Freemarker engine, as partials do ({@link JBakePartials}), not through its
 * {@code DelegatingTemplateEngine}: that one copies JBake's whole configuration into the model and looks
 * for the template file on disk for every page, which was a twelfth of the time spent rendering a page's
 * history. The configuration is copied once per bake instead, by JBake's own {@code asHashMap}.
 * <p>
 * One renderer serves many bakes (the preview's): Freemarker keeps its parsed templates. Make a new
 * one when a template changes.
 */
public final class JBakeRenderer {

    /** The configuration key under which templates find the {@link Site} ({@code config.site_model}). */
    public static final String SITE_MODEL_PROPERTY = "site.model";
    /** The key under which a page's template finds the {@link Page} ({@code content.page}). */
    public static final String PAGE_KEY = "page";
    /** The key under which every template finds the interface text ({@code content.text}, a {@link TextFunction}). */
    private static final String TEXT_KEY = "text";
    /**
     * The key under which every template finds the {@link Site} as the pages of its language see it
     * ({@code content.site}): the lists of the language it renders, in its words.
     */
    private static final String SITE_KEY = "site";
    /** The key under which the redirect template finds the {@link Redirect} ({@code content.redirect}). */
    private static final String REDIRECT_KEY = "redirect";

    /** The preview's list of drafts; a production build never writes it. */
    public static final String DRAFTS_PAGE = "drafts.html";

    private static final String JBAKE_PROPERTIES = "jbake.properties";
    private static final String DRAFTS_TEMPLATE = "drafts.ftl";
    private static final String HISTORY_TEMPLATE = "history.ftl";
    private static final String CHANGE_TEMPLATE = "change.ftl";
    /** Where the change template finds the {@link Change} it compares and its number ({@code content.change}, {@code content.number}). */
    private static final String CHANGE_KEY = "change";
    private static final String NUMBER_KEY = "number";
    private static final String REDIRECT_TEMPLATE = "redirect.ftl";
    private static final String CORRECTIONS_TEMPLATE = "corrections.ftl";
    private static final String CORRECTIONS_FEED_TEMPLATE = "corrections-feed.ftl";

    private final DefaultJBakeConfiguration config;
    private final FreemarkerTemplateEngine engine;
    private final String templatesFolder;
    private final Charset encoding;
    private final JBakePartials partials;

    public JBakeRenderer(Path projectDir) {
        config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(projectDir.toFile(), projectDir.resolve("target").toFile(), false);
        // No document store: every value a template needs is in its model. A template that asks for one of
        // JBake's database queries (published_posts, say) fails, which JBakeBehaviourTest pins.
        engine = new FreemarkerTemplateEngine(config, null);
        templatesFolder = projectDir.relativize(config.getTemplateFolder().toPath()).toString().replace('\\', '/');
        encoding = Charset.forName(config.getRenderEncoding());
        partials = new JBakePartials(config, templatesFolder);
    }

    /**
     * The partials the Markdown dialect renders its markup with, from the same templates and configuration,
     * with the words of {@code text}.
     */
    public Partials partials(InterfaceText text) {
        return partials.speaking(text);
    }

    /**
     * Renders the pages (on every core), each with its language's words and lists, and, for pages with a
     * history, their history pages; each language's feed, corrections feed and (in a build with history)
     * corrections page; the sitemap, a redirect at each moved page's old address (and in the preview the
     * drafts page) into {@code destination}, and copies the assets there. Returns every failure as a
     * problem naming template and line.
     */
    public List<Problem> render(Site site, InterfaceTexts texts, List<PageBody> pages, Path destination) {
        Settings settings;
        synchronized (config) {
            config.setDestinationFolder(destination.toFile());
            config.setSiteHost(site.getSettings().getUrl());
            // Templates reach the site model as config.site_model: JBake puts its configuration into every
            // template's model, while its other route for extra values, a ModelExtractor, only takes documents.
            config.setProperty(SITE_MODEL_PROPERTY, site);
            new JBakeConfigurationInspector(config).inspect();
            settings = new Settings(config.asHashMap(), config.getVersion());
        }
        Map<Language, Words> words = new HashMap<>();
        for (Site edition : site.editions()) {
            words.put(edition.getLanguage(), new Words(edition, new TextFunction(texts.of(edition.getLanguage())), settings));
        }
        // What is about the whole site, not one language's pages, is in the default language.
        Words root = words.get(site.getLanguage());
        List<Problem> problems = new ArrayList<>(renderPages(pages, words, destination));
        // Each language has its own feed of its explainers in its folder, and once it has pages, its own list of
        // corrections and their feed.
        for (Site edition : site.editions()) {
            Words own = words.get(edition.getLanguage());
            renderListing("feed", config.getTemplateByDocType("feed"), edition.getFeedUri(), own, destination).ifPresent(problems::add);
        }
        for (Site edition : site.getReadEditions()) {
            Words own = words.get(edition.getLanguage());
            if (site.isHistory()) {
                renderListing("corrections", CORRECTIONS_TEMPLATE, edition.getCorrectionsUri(), own, destination).ifPresent(problems::add);
            }
            renderListing("corrections-feed", CORRECTIONS_FEED_TEMPLATE, edition.getCorrectionsFeedUri(), own, destination)
                    .ifPresent(problems::add);
        }
        renderListing("sitemap", config.getTemplateByDocType("sitemap"), config.getSiteMapFileName(), root, destination).ifPresent(problems::add);
        for (Redirect redirect : site.getRedirects()) {
            Words own = words.get(redirect.getTarget().getLanguage());
            DocumentModel content = own.model();
            content.setType("redirect");
            content.setUri(redirect.getUri());
            content.put(REDIRECT_KEY, redirect);
            Optional.ofNullable(write(own, content, REDIRECT_TEMPLATE, destination.resolve(redirect.getUri()))).ifPresent(problems::add);
        }
        if (site.mode().includesDrafts()) {
            renderListing("drafts", DRAFTS_TEMPLATE, DRAFTS_PAGE, root, destination).ifPresent(problems::add);
        }
        problems.addAll(copyAssets());
        return problems;
    }

    /** JBake's configuration as templates see it ({@code config.site_model}, dots as underscores), and its version. */
    private record Settings(Map<String, Object> config, String version) {
    }

    /**
     * The site as one language's pages see it, its interface text and the configuration: what every
     * template of that language is given.
     */
    private record Words(Site site, TextFunction text, Settings settings) {
        DocumentModel model() {
            DocumentModel content = new DocumentModel();
            content.put(TEXT_KEY, text);
            content.put(SITE_KEY, site);
            return content;
        }
    }

    private List<Problem> renderPages(List<PageBody> pages, Map<Language, Words> words, Path destination) {
        ExecutorService threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<Problem>> rendered = new ArrayList<>();
            for (PageBody page : pages) {
                Words own = words.get(page.page().getLanguage());
                rendered.add(threads.submit(() -> renderPage(page, own, destination)));
            }
            List<Problem> problems = new ArrayList<>();
            for (Future<Problem> page : rendered) {
                Problem problem = page.get();
                if (problem != null) {
                    problems.add(problem);
                }
            }
            return problems;
        } catch (ExecutionException e) {
            throw new IllegalStateException("rendering a page failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pages were rendered", e);
        } finally {
            threads.shutdown();
        }
    }

    /** Renders one page; returns its problem, or null. */
    private Problem renderPage(PageBody body, Words words, Path destination) {
        Page page = body.page();
        DocumentModel content = words.model();
        content.setUri(page.getUri());
        content.setType(page.getType());
        content.setBody(body.html());
        content.put(PAGE_KEY, page);
        Problem problem = write(words, content, templateOf(page), destination.resolve(page.getUri()));
        return problem != null || page.getHistory() == null ? problem
                : renderHistory(page, body.committedComparisons(), words, destination);
    }

    /**
     * A page's history page, and a page comparing each change's text before and after, beside it: of every
     * change, or only of those not yet committed.
     */
    private Problem renderHistory(Page page, boolean committedComparisons, Words words, Path destination) {
        DocumentModel content = words.model();
        content.setUri(page.getHistoryUri());
        content.setType("history");
        content.put(PAGE_KEY, page);
        Problem problem = write(words, content, HISTORY_TEMPLATE, destination.resolve(page.getHistoryUri()));
        List<Change> changes = page.getHistory().getChanges();
        for (int index = 0; problem == null && index < changes.size(); index++) {
            Change change = changes.get(index);
            if (change.isPublication() || (change.isCommitted() && !committedComparisons)) {
                continue;
            }
            int number = changes.size() - index;
            DocumentModel comparison = words.model();
            comparison.setUri(page.changeUri(number));
            comparison.setType("change");
            comparison.put(PAGE_KEY, page);
            comparison.put(CHANGE_KEY, change);
            comparison.put(NUMBER_KEY, number);
            problem = write(words, comparison, CHANGE_TEMPLATE, destination.resolve(page.changeUri(number)));
        }
        return problem;
    }

    /**
     * A page with a layout (a generated part, such as the home page's lists) has a template of its own,
     * {@code <layout>.ftl}; any other page the template jbake.properties names for its type.
     */
    private String templateOf(Page page) {
        return page.getLayout().isEmpty() ? config.getTemplateByDocType(page.getType()) : page.getLayout() + ".ftl";
    }

    /** The feed, the sitemap or the drafts page: a template over the whole site, with no page of its own. */
    private Optional<Problem> renderListing(String type, String template, String fileName, Words words, Path destination) {
        DocumentModel content = words.model();
        content.setType(type);
        content.setUri(fileName);
        return Optional.ofNullable(write(words, content, template, destination.resolve(fileName)));
    }

    private Problem write(Words words, DocumentModel content, String template, Path file) {
        if (template == null) {
            return Problem.in(JBAKE_PROPERTIES, "no template for " + content.getUri() + ": set template." + content.getType() + ".file");
        }
        TemplateModel model = new TemplateModel();
        model.setContent(content);
        model.setConfig(words.settings().config());
        model.setVersion(words.settings().version());
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, encoding)) {
                engine.renderDocument(model, template, out);
            }
            return null;
        } catch (Exception e) {
            return TemplateFailures.describe(e, templatesFolder, content.getUri());
        }
    }

    private List<Problem> copyAssets() {
        Asset asset = new Asset(config);
        asset.copy();
        asset.copyAssetsFromContent(config.getContentFolder());
        return asset.getErrors().stream()
                .map(error -> Problem.in(config.getAssetFolderName(), "cannot copy an asset: " + error.getMessage()))
                .toList();
    }
}
