package org.explainer.markdown.sources;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteNodeRenderer;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import org.explainer.markdown.context.PageContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Renders a page's footnotes as its "Sources", from {@code templates/partials/sources.ftl}: a section
 * with a real heading reads better than a rule and a list, appears in the table of contents and can be
 * linked to. The references in the text stay flexmark's footnote references (flexmark's footnote
 * extension parses the notes and renders the references); only the list at the end is replaced, and
 * its links back use the ids flexmark gives the references.
 */
public final class SourcesExtension implements HtmlRenderer.HtmlRendererExtension {

    private static final String TEMPLATE = "partials/sources.ftl";

    /** One source, as the template gets it; {@code archived} is its archived copy's address, or empty. */
    public record Source(String id, String html, String archived, List<String> backLinkIds) {
    }

    private final String headingId;

    private SourcesExtension(String headingId) {
        this.headingId = headingId;
    }

    /** @param headingId the id of the section's heading, which links and the build's checks name */
    public static SourcesExtension create(String headingId) {
        return new SourcesExtension(headingId);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new SourcesRenderer(options, headingId));
    }

    private static final class SourcesRenderer implements PhasedNodeRenderer {

        private final FootnoteNodeRenderer references;
        private final FootnoteRepository footnotes;
        private final String headingId;

        SourcesRenderer(DataHolder options, String headingId) {
            // Made first: it numbers the footnotes in the order the text references them.
            this.references = new FootnoteNodeRenderer(options);
            this.footnotes = FootnoteExtension.FOOTNOTES.get(options);
            this.headingId = headingId;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            Set<NodeRenderingHandler<?>> handlers = new HashSet<>(references.getNodeRenderingHandlers());
            // Shown by the sources partial beside the original, not where it was written.
            handlers.add(new NodeRenderingHandler<>(ArchivedCopy.class, (copy, context, html) -> { }));
            return handlers;
        }

        @Override
        public Set<RenderingPhase> getRenderingPhases() {
            return references.getRenderingPhases();
        }

        @Override
        public void renderDocument(NodeRendererContext context, HtmlWriter html, Document document, RenderingPhase phase) {
            if (phase != RenderingPhase.BODY_BOTTOM) {
                references.renderDocument(context, html, document, phase);
                return;
            }
            List<FootnoteBlock> notes = footnotes.getReferencedFootnoteBlocks();
            if (notes.isEmpty()) {
                return;
            }
            List<Source> sources = new ArrayList<>();
            for (FootnoteBlock note : notes) {
                NodeRendererContext text = context.getSubContext(false);
                text.renderChildren(note);
                int ordinal = note.getFootnoteOrdinal();
                // flexmark's ids for the first reference to a note and the ones after it.
                List<String> backLinkIds = IntStream.range(0, note.getFootnoteReferences())
                        .mapToObj(use -> "fnref-" + ordinal + (use == 0 ? "" : "-" + use)).toList();
                sources.add(new Source("fn-" + ordinal, ((LineAppendable) text.getHtmlWriter()).toString(-1, -1),
                        archivedCopy(note), backLinkIds));
            }
            PageContext page = PageContext.KEY.get(document);
            html.line().raw(page.partials().render(TEMPLATE, Map.of("headingId", headingId, "sources", sources)));
        }

        private static String archivedCopy(FootnoteBlock note) {
            for (Node node : note.getDescendants()) {
                if (node instanceof ArchivedCopy copy) {
                    return copy.url();
                }
            }
            return "";
        }
    }
}
