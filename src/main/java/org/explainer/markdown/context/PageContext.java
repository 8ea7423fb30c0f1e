package org.explainer.markdown.context;

import com.vladsch.flexmark.util.data.NullableDataKey;
import org.explainer.base.Language;
import org.explainer.glossary.Glossary;

/**
 * What rendering one page's Markdown needs to know about the site: where the page will live (links
 * are written relative to it), how to resolve links to other pages, the glossary, the directives, and
 * the templates that hold the markup of what the dialect generates, and the page's language, which
 * text in other scripts and maps are marked and drawn relative to.
 */
public record PageContext(String contentPath, String outputUri, SiteLinks links, Glossary glossary,
                          Directives directives, Partials partials, Language language) {

    /** Stored on the parsed document, where the project's renderer extensions find it. */
    public static final NullableDataKey<PageContext> KEY = new NullableDataKey<>("EXPLAINER_PAGE_CONTEXT");
}
