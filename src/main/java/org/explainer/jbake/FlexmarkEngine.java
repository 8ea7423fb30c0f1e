package org.explainer.jbake;

import org.explainer.markdown.Markdown;
import org.explainer.markdown.PageContext;
import org.explainer.site.Page;
import org.explainer.site.Site;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * JBake's Markdown engine, replaced: JBake still reads the header and stores the document, but the
 * body comes from the project's {@link Markdown} dialect, rendered from the page the build already
 * parsed and checked. Registered at run time with {@code Engines.register}, which is the one way to
 * replace JBake's built-in engine (a service descriptor for "md" loses to JBake's own).
 */
public final class FlexmarkEngine extends MarkupEngine {

    private final Site site;
    private final Markdown markdown;
    private final Path contentDir;

    public FlexmarkEngine(Site site, Markdown markdown, Path contentDir) {
        this.site = site;
        this.markdown = markdown;
        this.contentDir = contentDir;
    }

    /** Drafts and files the build did not accept are not documents at all, so JBake renders nothing for them. */
    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        return page(file).isPresent() ? super.parse(config, file) : null;
    }

    @Override
    public void processBody(ParserContext context) {
        Page page = page(context.getFile()).orElseThrow();
        PageContext pageContext = new PageContext(page.source().contentPath(), page.getUri(),
                site.links(), site.glossary(), site.directives());
        context.setBody(markdown.render(page.document(), pageContext));
    }

    private Optional<Page> page(File file) {
        String contentPath = contentDir.relativize(file.toPath().toAbsolutePath()).toString().replace('\\', '/');
        return site.pageForContentPath(contentPath);
    }
}
