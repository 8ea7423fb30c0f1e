package org.explainer.markdown.links;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.explainer.markdown.context.LinkTarget;
import org.explainer.markdown.context.PageContext;
import org.explainer.markdown.context.Urls;

/**
 * Rewrites links to source files ({@code ../background/agreements.md#terms}) into relative links to
 * the pages they become ({@code ../background/agreements.html#terms}), with {@code hreflang} and
 * {@code lang} when the page is in another language than the linking page's.
 */
public final class SiteLinkExtension implements HtmlRenderer.HtmlRendererExtension {

    private SiteLinkExtension() {
    }

    public static SiteLinkExtension create() {
        return new SiteLinkExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.linkResolverFactory(new IndependentLinkResolverFactory() {
            @Override
            public LinkResolver apply(LinkResolverBasicContext context) {
                return SiteLinkExtension::resolve;
            }
        });
    }

    private static ResolvedLink resolve(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        PageContext page = PageContext.KEY.get(context.getDocument());
        if (page == null) {
            return link;
        }
        LinkTarget target = page.links().resolve(page.contentPath(), link.getUrl());
        if (target.kind() != LinkTarget.Kind.SITE_PAGE || target.isBroken()) {
            return link;
        }
        String url = Urls.relative(page.outputUri(), target.uri());
        ResolvedLink resolved = link.withStatus(LinkStatus.VALID).withUrl(target.fragment().isEmpty() ? url : url + "#" + target.fragment());
        if (!target.language().isEmpty()) {
            // A page in another language than the linking page's: hreflang says so. The link's words are the
            // writer's, in the page's language, so they take no lang of their own.
            resolved.getMutableAttributes().addValue("hreflang", target.language());
        }
        return resolved;
    }
}
