package org.explainer.site;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The words of a Markdown node, for headings, word counts and the search index. flexmark's own
 * TextCollectingVisitor trips an internal assertion on some long documents (visible whenever
 * assertions are on, as in tests), and a walk over text nodes is all that is needed here.
 */
final class PlainText {

    private PlainText() {
    }

    static String of(Node node) {
        StringBuilder text = new StringBuilder();
        append(node, text);
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static void append(Node node, StringBuilder text) {
        if (node instanceof Text || node instanceof Code) {
            text.append(node instanceof Code code ? code.getText() : node.getChars());
            return;
        }
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            text.append(' ');
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, text);
        }
        if (node instanceof Block) {
            text.append(' ');
        }
    }
}
