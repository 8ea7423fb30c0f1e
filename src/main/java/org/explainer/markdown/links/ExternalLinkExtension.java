package org.explainer.markdown.links;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Marks links that leave the site ({@code class="external"}), so the stylesheet can show it and
 * announce it to screen readers.
 */
public final class ExternalLinkExtension implements HtmlRenderer.HtmlRendererExtension {

    private ExternalLinkExtension() {
    }

    public static ExternalLinkExtension create() {
        return new ExternalLinkExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return (node, part, attributes) -> markIfExternal(part, attributes);
            }
        });
    }

    private static void markIfExternal(AttributablePart part, MutableAttributes attributes) {
        if (part != AttributablePart.LINK) {
            return;
        }
        String href = attributes.getValue("href");
        if (href.startsWith("http://") || href.startsWith("https://")) {
            attributes.addValue("class", "external");
            attributes.replaceValue("rel", "external");
        }
    }
}
