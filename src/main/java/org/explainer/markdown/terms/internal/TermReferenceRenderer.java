package org.explainer.markdown.terms.internal;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import org.explainer.glossary.Term;
import org.explainer.markdown.PageContext;
import org.explainer.markdown.Urls;
import org.explainer.markdown.terms.TermReferences;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Renders a term reference as a real link to the entry, followed by a button that opens the definition
 * in a popover. The popover is declarative HTML ({@code popovertarget}): it works with keyboard, touch
 * and screen readers and needs no script. Browsers without popover support get the plain link (see the
 * stylesheet). Other links go to the default renderer.
 */
public final class TermReferenceRenderer implements NodeRenderer {

    // Flexmark creates node renderers per rendering, so these counters are per page.
    private final Map<String, Integer> usesByKey = new HashMap<>();

    public TermReferenceRenderer(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Link.class, this::render));
    }

    private void render(Link link, NodeRendererContext context, HtmlWriter html) {
        if (!TermReferences.isTermReference(link)) {
            context.delegateRender();
            return;
        }
        PageContext page = PageContext.KEY.get(context.getDocument());
        Term term = TermReferences.resolve(link, page.glossary()).orElseThrow(() -> new IllegalStateException(
                "unresolved term reference '" + TermReferences.requestedName(link) + "' reached the renderer"));
        int use = usesByKey.merge(term.getKey(), 1, Integer::sum);
        String popoverId = "term-" + term.getKey() + (use == 1 ? "" : "-" + use);

        html.raw("<span class=\"term\">");
        html.attr("class", "term__link").attr("href", Urls.relative(page.outputUri(), term.getUri())).withAttr().tag("a");
        context.renderChildren(link);
        html.tag("/a");
        html.attr("class", "term__toggle").attr("type", "button").attr("popovertarget", popoverId)
                .attr("aria-label", "Definition: " + term.getTitle()).withAttr().tag("button");
        html.raw("<span aria-hidden=\"true\">?</span>");
        html.tag("/button");
        html.attr("class", "term__popover").attr("id", popoverId).attr("popover", "").withAttr().tag("span");
        html.attr("class", "term__title").withAttr().tag("strong").text(term.getTitle()).tag("/strong");
        html.raw(" ").text(term.getDefinition());
        html.tag("/span");
        html.raw("</span>");
    }
}
