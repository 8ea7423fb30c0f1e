package org.explainer.site;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import org.explainer.base.Problem;
import org.explainer.glossary.Glossary;
import org.explainer.glossary.NameFinder;
import org.explainer.glossary.Term;
import org.explainer.markdown.context.TermReferences;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Warns where a page mentions a glossary term (by title or alias) before, or without, linking it:
 * the reader meeting a name for the first time should be one tap from its definition. A warning,
 * not an error: the writer decides, the preview shows it. A name inside a quotation is not a mention:
 * a quotation is the speaker's words, so its names are linked in the words around it (as Wikipedia's
 * manual of style asks), and a link inside one splits it (on a right-to-left page, a quotation in
 * English split by a link reads in the wrong order).
 */
final class TermCoverage {

    private final Glossary glossary;
    private final NameFinder names;

    TermCoverage(Glossary glossary) {
        this.glossary = glossary;
        this.names = new NameFinder(glossary.names());
    }

    List<Problem> check(Page page) {
        List<Problem> warnings = new ArrayList<>();
        Set<Term> met = new HashSet<>();
        if (page.getTerm() != null) {
            met.add(page.getTerm());
        }
        NodeVisitor visitor = new NodeVisitor();
        visitor.addHandler(new VisitHandler<>(Link.class, link -> {
            if (TermReferences.isTermReference(link)) {
                TermReferences.resolve(link, glossary).ifPresent(met::add);
            } else {
                visitor.visitChildren(link);
            }
        }));
        visitor.addHandler(new VisitHandler<>(Heading.class, heading -> { }));
        visitor.addHandler(new VisitHandler<>(FootnoteBlock.class, notes -> { }));
        visitor.addHandler(new VisitHandler<>(Footnote.class, reference -> { }));
        visitor.addHandler(new VisitHandler<>(Code.class, code -> { }));
        visitor.addHandler(new VisitHandler<>(Text.class, text -> {
            CharSequence chars = text.getChars();
            for (NameFinder.Match mention : names.find(chars)) {
                if (!isQuoted(text, mention.start()) && met.add(mention.term())) {
                    String written = chars.subSequence(mention.start(), mention.end()).toString();
                    warnings.add(Problem.at(page.source().displayPath(), page.source().bodyFirstLine() + lineOf(text, mention.start()),
                            "first mention of '" + written + "' is not linked to the glossary; write ["
                                    + written + "](term:" + mention.term().getKey() + ")"));
                }
            }
        }));
        visitor.visit(page.document());
        return warnings;
    }

    /** Whether a place in a text is inside a quotation of its paragraph: «…», “…” or "…". */
    private static boolean isQuoted(Text text, int offset) {
        Paragraph paragraph = (Paragraph) text.getAncestorOfType(Paragraph.class);
        if (paragraph == null) {
            return false;
        }
        CharSequence before = text.getDocument().getChars().subSequence(paragraph.getStartOffset(), text.getStartOffset() + offset);
        int open = 0;
        boolean straight = false;
        for (int i = 0; i < before.length(); i++) {
            switch (before.charAt(i)) {
                case '«', '“' -> open++;
                case '»', '”' -> open = Math.max(0, open - 1);
                case '"' -> straight = !straight;
                default -> { }
            }
        }
        return open > 0 || straight;
    }

    private static int lineOf(Node text, int offset) {
        return text.getDocument().getLineNumber(text.getStartOffset() + offset);
    }
}
