package org.explainer.markdown.links;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.html.HtmlRenderer;
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
 * percent-encoded Arabic or Cyrillic is decoded for display, while the link itself stays exact.
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
