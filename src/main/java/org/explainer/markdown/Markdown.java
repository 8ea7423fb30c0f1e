package org.explainer.markdown;

import org.explainer.markdown.context.PageContext;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.explainer.markdown.directives.DirectiveExtension;
import org.explainer.markdown.languages.LanguageSpanExtension;
import org.explainer.base.ScriptLanguages;
import org.explainer.markdown.links.ExternalLinkExtension;
import org.explainer.markdown.links.ReadableAutolinkExtension;
import org.explainer.markdown.links.SiteLinkExtension;
import org.explainer.markdown.sources.ArchivedCopyExtension;
import org.explainer.markdown.sources.SourcesExtension;
import org.explainer.markdown.tables.ScrollingTableExtension;
import org.explainer.markdown.terms.TermReferenceExtension;

import java.util.List;

/**
 * The project's Markdown dialect, configured once: CommonMark plus tables (each in a box that scrolls sideways), footnotes (rendered as the
 * page's sources), stable heading ids with anchor links, typographic quotes and dashes, links between
 * source files, glossary term references, directives ({@code {{map bases}}}), marked external links,
 * and text in other scripts marked with its language. The build and the preview both render through
 * this class, so they cannot differ.
 */
public final class Markdown {

    public static final String SOURCES_HEADING_ID = "sources";

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(
                    TablesExtension.create(),
                    ScrollingTableExtension.create(),
                    FootnoteExtension.create(),
                    ArchivedCopyExtension.create(),
                    AnchorLinkExtension.create(),
                    TypographicExtension.create(),
                    SiteLinkExtension.create(),
                    TermReferenceExtension.create(),
                    DirectiveExtension.create(),
                    ExternalLinkExtension.create(),
                    ReadableAutolinkExtension.create(),
                    LanguageSpanExtension.create()))
            // Most glossary aliases are several words, and [envoy](term:Alexander Lavrentyev) must be a link.
            .set(Parser.SPACE_IN_LINK_URLS, true)
            // Raw HTML fails the build (site.MarkdownMistakes); escaping it too means none can slip through.
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
            .set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true)
            .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true)
            .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
            .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "heading-anchor")
            .set(TablesExtension.CLASS_NAME, "table")
            .set(TablesExtension.WITH_CAPTION, false)
            .set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-")
            .toImmutable();

    private final Parser parser = Parser.builder(OPTIONS).build();
    private final HtmlRenderer renderer;
    private final ScriptLanguages languages;

    /** The dialect without language marking, for a site that names no {@link ScriptLanguages}. */
    public Markdown() {
        this(ScriptLanguages.NONE);
    }

    public Markdown(ScriptLanguages languages) {
        this.languages = languages;
        this.renderer = HtmlRenderer.builder(new MutableDataSet(OPTIONS)
                .set(Parser.EXTENSIONS, rendererExtensions())
                .set(LanguageSpanExtension.LANGUAGES, languages)).build();
    }

    /** The languages the dialect marks in a page's text, for the writer's text that templates show outside it (a correction note). */
    public ScriptLanguages scriptLanguages() {
        return languages;
    }

    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /** Renders a parsed page; footnotes become a "Sources" section with a heading of its own. */
    public String render(Document document, PageContext page) {
        document.set(PageContext.KEY, page);
        return renderer.render(document);
    }

    /** The parser's extensions, except that footnotes are rendered as the page's sources. */
    private static List<Extension> rendererExtensions() {
        return Parser.EXTENSIONS.get(OPTIONS).stream()
                .map(extension -> extension instanceof FootnoteExtension ? SourcesExtension.create(SOURCES_HEADING_ID) : extension)
                .toList();
    }
}
