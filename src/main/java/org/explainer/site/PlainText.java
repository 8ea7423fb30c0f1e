package org.explainer.site;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The words of a Markdown node, for headings, word counts and the search index. flexmark's own
 * TextCollectingVisitor trips an internal assertion on some long documents (visible whenever
 * assertions are on, as in tests), and a walk over text nodes is all that is needed here.
 * <p>
 * Apostrophes, quotes, dashes and ellipses are not text nodes: the typographic extension replaces them
 * with nodes that render as entities. They are taken as the characters the page shows, so a heading
 * reads the same in the table of contents and the search index as on the page.
 * <p>
 * A change's comparison shows the text as a reader reads it ({@link #asRead}): with bare addresses
 * ({@code <https://...>}, which have no text node; the page shows the address itself) and without the
 * labels of footnote references ({@code [^note]}, which the page shows as a number). Headings, word
 * counts and the search index keep to the text nodes.
 */
final class PlainText {

    private PlainText() {
    }

    static String of(Node node) {
        StringBuilder text = new StringBuilder();
        append(node, text, false);
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** The words of a node as a reader reads them. */
    static String asRead(Node node) {
        StringBuilder text = new StringBuilder();
        append(node, text, true);
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static void append(Node node, StringBuilder text, boolean asRead) {
        if (asRead && node instanceof AutoLink link) {
            text.append(link.getText());
            return;
        }
        if (asRead && node instanceof Footnote) {
            return;
        }
        if (node instanceof Text || node instanceof Code) {
            text.append(node instanceof Code code ? code.getText() : node.getChars());
            return;
        }
        if (node instanceof TypographicSmarts smart) {
            text.append(Escaping.unescapeHtml(smart.getTypographicText()));
            return;
        }
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            text.append(' ');
            return;
        }
        TypographicQuotes quotes = node instanceof TypographicQuotes quoted ? quoted : null;
        if (quotes != null) {
            text.append(Escaping.unescapeHtml(quotes.getTypographicOpening()));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, text, asRead);
        }
        if (quotes != null) {
            text.append(Escaping.unescapeHtml(quotes.getTypographicClosing()));
        }
        if (node instanceof Block) {
            text.append(' ');
        }
    }
}
