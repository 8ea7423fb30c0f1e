package org.explainer.markdown.languages;

import org.explainer.base.ScriptLanguages;
import org.explainer.markdown.context.PageContext;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Marks text in another script with its language, as the site's {@link ScriptLanguages} name it:
 * {@code <span lang="ru">…</span>}, and {@code dir="rtl"} for a right-to-left script; on a right-to-left
 * page, a left-to-right run is isolated as {@code <bdi lang="en">…</bdi>}. Text in the page's own language
 * ({@link PageContext#language()}) is written exactly as flexmark writes it.
 */
public final class LanguageSpanExtension implements HtmlRenderer.HtmlRendererExtension {

    public static final DataKey<ScriptLanguages> LANGUAGES = new DataKey<>("SCRIPT_LANGUAGES", ScriptLanguages.NONE);

    private LanguageSpanExtension() {
    }

    public static LanguageSpanExtension create() {
        return new LanguageSpanExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new TextRenderer(LANGUAGES.get(options)));
    }

    private static final class TextRenderer implements NodeRenderer {

        private final ScriptLanguages languages;

        TextRenderer(ScriptLanguages languages) {
            this.languages = languages;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return languages.isEmpty() ? Set.of() : Set.of(new NodeRenderingHandler<>(Text.class, this::render),
                    new NodeRenderingHandler<>(TypographicSmarts.class, this::render));
        }

        /**
         * A text and the ones joined to it by an apostrophe, ellipsis or dash the dialect made typographic
         * ("Russia's" is the text "Russia", a smart apostrophe and the text "s"), as one: a run in another
         * script must not be cut in two there, or a right-to-left line shows its halves the wrong way round.
         */
        private void render(Text node, NodeRendererContext context, HtmlWriter html) {
            if (joins(node.getPrevious())) {
                return;
            }
            StringBuilder text = new StringBuilder(written(node));
            // Each typographic character is split as itself and written as the entity flexmark writes for it.
            Map<Integer, String> entities = new HashMap<>();
            Node last = node;
            while (joins(last.getNext())) {
                String entity = ((TypographicSmarts) last.getNext()).getTypographicText();
                entities.put(text.length(), entity);
                text.append(Escaping.unescapeHtml(entity));
                last = last.getNext().getNext();
                text.append(written(last));
            }
            PageContext page = PageContext.KEY.get(node.getDocument());
            html.raw(LanguageSpans.html(text.toString(), languages, page.language(), entities));
        }

        private void render(TypographicSmarts node, NodeRendererContext context, HtmlWriter html) {
            if (!joins(node)) {
                context.delegateRender();
            }
        }

        private static boolean joins(Node node) {
            return node instanceof TypographicSmarts && node.getPrevious() instanceof Text && node.getNext() instanceof Text;
        }

        private static String written(Node text) {
            return Escaping.normalizeEOL(text.getChars().unescape());
        }
    }
}
