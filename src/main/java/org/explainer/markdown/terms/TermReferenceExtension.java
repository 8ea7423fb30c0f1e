package org.explainer.markdown.terms;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.explainer.markdown.terms.internal.TermReferenceRenderer;

/**
 * Glossary term references: {@code [Khmeimim](term:khmeimim)} links to the glossary entry and carries
 * the term's definition in a popover the reader can open in place. {@code [Hmeimim](term:)} resolves by
 * the link text, which may be the term's title or any alias; {@code [envoy](term:Alexander Lavrentyev)} by an
 * alias of several words, which the dialect allows since it accepts spaces in a link's address.
 * <p>
 * Validation (unknown terms, with file and line) happens before rendering, in the site's link checks;
 * the renderer only meets references that resolve.
 */
public final class TermReferenceExtension implements HtmlRenderer.HtmlRendererExtension {

    private TermReferenceExtension() {
    }

    public static TermReferenceExtension create() {
        return new TermReferenceExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(TermReferenceRenderer::new);
    }
}
