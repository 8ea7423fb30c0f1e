package org.explainer.markdown.directives;

import org.explainer.markdown.context.Directives;
import org.explainer.markdown.context.DirectiveHandler;
import org.explainer.markdown.context.Directive;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.explainer.markdown.context.PageContext;

import java.util.Optional;
import java.util.Set;

/**
 * Renders a paragraph that is only a directive ({@code {{map bases}}}) as the content its handler
 * generates. Directives are checked, with file and line, before rendering; see {@link Directives#check}.
 */
public final class DirectiveExtension implements HtmlRenderer.HtmlRendererExtension {

    private DirectiveExtension() {
    }

    public static DirectiveExtension create() {
        return new DirectiveExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new DirectiveRenderer());
    }

    private static final class DirectiveRenderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Paragraph.class, this::render));
        }

        private void render(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
            PageContext page = PageContext.KEY.get(context.getDocument());
            Optional<Directive> directive = Directive.parse(paragraph.getChars().toString());
            if (page == null || directive.isEmpty()) {
                context.delegateRender();
                return;
            }
            DirectiveHandler handler = page.directives().handler(directive.get().name()).orElseThrow(() ->
                    new IllegalStateException("unchecked directive {{" + directive.get().name() + "}} reached the renderer"));
            html.line().raw(handler.render(directive.get(), page)).line();
        }
    }
}
