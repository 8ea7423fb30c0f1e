package org.explainer.markdown.tables;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import org.explainer.markdown.context.PageContext;

import java.util.Map;
import java.util.Set;

/**
 * A table, from {@code templates/partials/table.ftl}, inside a box that scrolls sideways when the table is
 * wider than the screen, so the table itself keeps its table semantics (a table made to scroll by
 * {@code display: block} loses them in some screen readers). The box is a region named by the heading
 * above the table, which a keyboard can reach and scroll. flexmark's table extension still parses the
 * table and renders its rows.
 */
public final class ScrollingTableExtension implements HtmlRenderer.HtmlRendererExtension {

    private static final String TEMPLATE = "partials/table.ftl";

    private ScrollingTableExtension() {
    }

    public static ScrollingTableExtension create() {
        return new ScrollingTableExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(TableBlock.class, Renderer::render));
        }

        private static void render(TableBlock table, NodeRendererContext context, HtmlWriter html) {
            NodeRendererContext rows = context.getSubContext(false);
            rows.renderChildren(table);
            PageContext page = PageContext.KEY.get(context.getDocument());
            html.line().raw(page.partials().render(TEMPLATE, Map.of(
                    "rows", ((LineAppendable) rows.getHtmlWriter()).toString(-1, -1),
                    "headingId", headingAbove(table)))).line();
        }

        /** The id of the nearest heading before the table in its section, or empty. */
        private static String headingAbove(Node table) {
            for (Node node = table.getPrevious(); node != null; node = node.getPrevious()) {
                if (node instanceof Heading heading) {
                    return heading.getAnchorRefId();
                }
            }
            return "";
        }
    }
}
