package org.explainer.markdown.links;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.html.HtmlRenderer;
import org.explainer.markdown.context.PageContext;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Shows a bare address ({@code <https://...>}, as in source notes) the way a reader can read it:
 * percent-encoded Arabic or Cyrillic is decoded for display, while the link itself stays exact. On a
 * right-to-left page the address is set apart as left-to-right text, so its slashes and dots keep
 * their order and the punctuation after it stays on its side.
 */
public final class ReadableAutolinkExtension implements HtmlRenderer.HtmlRendererExtension {

    private ReadableAutolinkExtension() {
    }

    public static ReadableAutolinkExtension create() {
        return new ReadableAutolinkExtension();
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
            return Set.of(new NodeRenderingHandler<>(AutoLink.class, this::render));
        }

        private void render(AutoLink link, NodeRendererContext context, HtmlWriter html) {
            String url = link.getText().toString();
            ResolvedLink resolved = context.resolveLink(LinkType.LINK, url, null);
            PageContext page = PageContext.KEY.get(context.getDocument());
            if (page.language().isRightToLeft()) {
                html.attr("dir", "ltr");
            }
            html.attr("href", resolved.getUrl()).withAttr(resolved).tag("a", false, false, () -> html.text(readable(url)));
        }

        static String readable(String url) {
            if (!url.contains("%")) {
                return url;
            }
            try {
                return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return url;
            }
        }
    }
}
