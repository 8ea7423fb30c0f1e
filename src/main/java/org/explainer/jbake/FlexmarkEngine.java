package org.explainer.jbake;

import org.explainer.markdown.Markdown;
import org.explainer.markdown.PageContext;
import org.explainer.markdown.Partials;
import org.explainer.site.Page;
import org.explainer.site.Site;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * JBake's Markdown engine, replaced: JBake still reads the header and stores the document, but the
 * body comes from the project's {@link Markdown} dialect, rendered from the page the build already
 * parsed and checked. Registered at run time with {@code Engines.register}, which is the one way to
 * replace JBake's built-in engine (a service descriptor for "md" loses to JBake's own).
 * <p>
 * Each page's body is rendered once, by whichever thread asks first: JBake's crawler, or the
 * {@linkplain #renderAheadInBackground() background thread} that renders from the last page backwards
 * while the crawler works from the first page on.
 */
public final class FlexmarkEngine extends MarkupEngine {

    private final Site site;
    private final Markdown markdown;
    private final Partials partials;
    private final Path contentDir;
    private final Map<Page, FutureTask<String>> bodies = new IdentityHashMap<>();

    public FlexmarkEngine(Site site, Markdown markdown, Partials partials, Path contentDir) {
        this.site = site;
        this.markdown = markdown;
        this.partials = partials;
        this.contentDir = contentDir;
        for (Page page : site.getPages()) {
            bodies.put(page, new FutureTask<>(() -> render(page)));
        }
    }

    /** Starts rendering every page's body on another thread, last page first, for a bake that crawls every page. */
    void renderAheadInBackground() {
        List<FutureTask<String>> backwards = new ArrayList<>(bodies.values());
        Collections.reverse(backwards);
        CompletableFuture.runAsync(() -> backwards.forEach(FutureTask::run));
    }

    /** Drafts and files the build did not accept are not documents at all, so JBake renders nothing for them. */
    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        return page(file).isPresent() ? super.parse(config, file) : null;
    }

    @Override
    public void processBody(ParserContext context) {
        FutureTask<String> body = bodies.get(page(context.getFile()).orElseThrow());
        body.run();
        try {
            context.setBody(body.get());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + context.getFile(), e);
        }
    }

    private String render(Page page) {
        PageContext pageContext = new PageContext(page.source().contentPath(), page.getUri(), site.links(), site.glossary(),
                site.directives(), partials);
        return markdown.render(page.document(), pageContext);
    }

    private Optional<Page> page(File file) {
        String contentPath = contentDir.relativize(file.toPath().toAbsolutePath()).toString().replace('\\', '/');
        return site.pageForContentPath(contentPath);
    }
}
