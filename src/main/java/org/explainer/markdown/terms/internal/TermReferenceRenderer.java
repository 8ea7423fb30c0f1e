package org.explainer.markdown.terms.internal;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import org.explainer.base.Language;
import org.explainer.glossary.Term;
import org.explainer.markdown.context.PageContext;
import org.explainer.markdown.context.Urls;
import org.explainer.markdown.context.TermReferences;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Renders a term reference from {@code templates/partials/term-reference.ftl}: a link to the entry and
 * the definition in a popover. Other links go to the default renderer.
 */
public final class TermReferenceRenderer implements NodeRenderer {

    /**
     * What the template gets, as one parameter: JBake's engine pays for every look-up of a parameter,
     * and this partial is rendered for every reference on every page (see the template).
     *
     * @param href      the link to the entry, relative to the page
     * @param text      the link text, rendered and escaped from Markdown
     * @param popoverId the popover's id, unique on the page
     * @param language  the entry's language tag when it is not the page's (the page's language has no entry
     *                  of that term, so the default language's is linked); else empty
     */
    public record Reference(String href, String text, String popoverId, Term term, String language) {
    }

    private static final String TEMPLATE = "partials/term-reference.ftl";

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
        NodeRendererContext text = context.getSubContext(false);
        text.renderChildren(link);
        html.raw(page.partials().render(TEMPLATE, Map.of("reference", new Reference(
                Urls.relative(page.outputUri(), term.getUri()),
                ((LineAppendable) text.getHtmlWriter()).toString(-1, -1),
                "term-" + term.getKey() + (use == 1 ? "" : "-" + use),
                term,
                page.glossary().borrowedFrom(term).map(Language::getTag).orElse("")))));
    }
}
