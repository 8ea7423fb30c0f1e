package org.explainer.site;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
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
 * not an error: the writer decides, the preview shows it.
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
                if (met.add(mention.term())) {
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

    private static int lineOf(Node text, int offset) {
        return text.getDocument().getLineNumber(text.getStartOffset() + offset);
    }
}
