package org.explainer.markdown.sources;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds each footnote's archived copy ({@link ArchivedCopy}): the last thing in the note, a bare address
 * after {@value ArchivedCopy#LABEL}, with the source's own address before it. The label and the address
 * leave the note's text, so the sources partial alone decides how the copy is shown.
 */
public final class ArchivedCopyExtension implements Parser.ParserExtension {

    private static final Pattern LABEL_AT_END = Pattern.compile("\\s*" + Pattern.quote(ArchivedCopy.LABEL) + "\\s*$");

    private ArchivedCopyExtension() {
    }

    public static ArchivedCopyExtension create() {
        return new ArchivedCopyExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    private static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(AutoLink.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    markArchivedCopy(state, (AutoLink) node);
                }
            };
        }
    }

    private static void markArchivedCopy(NodeTracker state, AutoLink link) {
        if (!(link.getParent() instanceof Paragraph paragraph) || !(paragraph.getParent() instanceof FootnoteBlock)
                || !(link.getPrevious() instanceof Text label) || !atEnd(link) || !hasOwnAddressBefore(label)) {
            return;
        }
        Matcher matcher = LABEL_AT_END.matcher(label.getChars());
        if (!matcher.find()) {
            return;
        }
        ArchivedCopy copy = new ArchivedCopy(link.getUrl());
        link.insertAfter(copy);
        link.unlink();
        state.nodeRemoved(link);
        state.nodeAdded(copy);
        BasedSequence before = label.getChars().subSequence(0, matcher.start());
        if (before.isBlank()) {
            label.unlink();
            state.nodeRemoved(label);
        } else {
            label.setChars(before);
        }
    }

    /** Nothing but white space follows the address in its note. */
    private static boolean atEnd(AutoLink link) {
        for (Node next = link.getNext(); next != null; next = next.getNext()) {
            if (!(next instanceof Text) || !next.getChars().isBlank()) {
                return false;
            }
        }
        return link.getParent().getNext() == null;
    }

    /** An archived copy is a copy of something: the source's own address comes first. */
    private static boolean hasOwnAddressBefore(Node label) {
        for (Node before = label.getPrevious(); before != null; before = before.getPrevious()) {
            if (before instanceof AutoLink || before instanceof Link) {
                return true;
            }
        }
        return false;
    }
}
