package org.explainer.markdown;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.explainer.markdown.directives.DirectiveExtension;
import org.explainer.markdown.languages.LanguageSpanExtension;
import org.explainer.base.ScriptLanguages;
import org.explainer.markdown.links.ExternalLinkExtension;
import org.explainer.markdown.links.ReadableAutolinkExtension;
import org.explainer.markdown.links.SiteLinkExtension;
import org.explainer.markdown.terms.TermReferenceExtension;

import java.util.List;

/**
 * The project's Markdown dialect, configured once: CommonMark plus tables, footnotes (rendered as the
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
                    FootnoteExtension.create(),
                    AnchorLinkExtension.create(),
                    TypographicExtension.create(),
                    SiteLinkExtension.create(),
                    TermReferenceExtension.create(),
                    DirectiveExtension.create(),
                    ExternalLinkExtension.create(),
                    ReadableAutolinkExtension.create(),
                    LanguageSpanExtension.create()))
            // Raw HTML in Markdown would bypass every check; writers have Markdown for everything.
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
            .set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↩\uFE0E")
            .set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref")
            .set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-")
            .toImmutable();

    private final Parser parser = Parser.builder(OPTIONS).build();
    private final HtmlRenderer renderer;

    /** The dialect without language marking, for a site that names no {@link ScriptLanguages}. */
    public Markdown() {
        this(ScriptLanguages.NONE);
    }

    public Markdown(ScriptLanguages languages) {
        this.renderer = HtmlRenderer.builder(new MutableDataSet(OPTIONS).set(LanguageSpanExtension.LANGUAGES, languages)).build();
    }

    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /** Renders a parsed page; footnotes become a "Sources" section with a heading of its own. */
    public String render(Document document, PageContext page) {
        document.set(PageContext.KEY, page);
        return asSourcesSection(renderer.render(document));
    }

    // The footnote extension closes the body with <div class="footnotes"><hr/><ol>…</div>; a section
    // with a real heading reads better, appears in the table of contents and can be linked to.
    private static String asSourcesSection(String html) {
        int start = html.lastIndexOf("<div class=\"footnotes\">");
        if (start < 0) {
            return html;
        }
        int end = html.lastIndexOf("</div>");
        String notes = html.substring(start + "<div class=\"footnotes\">".length(), end).replaceFirst("\\s*<hr\\s*/?>", "")
                .replace("class=\"footnote-backref\">", "class=\"footnote-backref\" aria-label=\"Back to the text\">");
        return html.substring(0, start)
                + "<section class=\"sources\" aria-labelledby=\"" + SOURCES_HEADING_ID + "\">\n"
                + "<h2 id=\"" + SOURCES_HEADING_ID + "\">Sources</h2>" + notes + "</section>\n"
                + html.substring(end + "</div>".length()).strip();
    }
}
