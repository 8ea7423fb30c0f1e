package org.explainer.site;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import org.explainer.base.Problem;
import org.explainer.base.Spelling;
import org.explainer.content.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown that CommonMark accepts but that would not be published as the writer meant it: a term
 * reference left as text, raw HTML (shown to readers as code), a footnote without its note or a note
 * never cited, an image without alt text. Each would otherwise pass the build without a word.
 */
final class MarkdownMistakes {

    /** A term reference's {@code ](term:}, also with the space or angle bracket that keeps it from being a link. */
    private static final Pattern TERM_REFERENCE = Pattern.compile("]\\s*\\(\\s*<?term:");

    private MarkdownMistakes() {
    }

    static List<Problem> of(SourceFile source, Document document) {
        List<Problem> problems = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Footnote> citations = new ArrayList<>();
        NodeVisitor visitor = new NodeVisitor();
        visitor.addHandler(new VisitHandler<>(Link.class, link -> {
            links.add(link);
            visitor.visitChildren(link);
        }));
        visitor.addHandler(new VisitHandler<>(HtmlBlock.class, html -> problems.add(rawHtml(source, html))));
        visitor.addHandler(new VisitHandler<>(HtmlCommentBlock.class, html -> problems.add(rawHtml(source, html))));
        visitor.addHandler(new VisitHandler<>(HtmlInlineComment.class, html -> problems.add(rawHtml(source, html))));
        visitor.addHandler(new VisitHandler<>(HtmlInline.class, html -> {
            if (!closesAReportedTag(html)) {
                problems.add(rawHtml(source, html));
            }
        }));
        visitor.addHandler(new VisitHandler<>(Image.class, image -> {
            if (image.getText().isBlank()) {
                problems.add(at(source, image, "the image '" + image.getUrl() + "' has no alt text; write ![what the image shows]("
                        + image.getUrl() + "), in words that stand in for it when it cannot be seen"));
            }
            visitor.visitChildren(image);
        }));
        visitor.addHandler(new VisitHandler<>(Footnote.class, citations::add));
        visitor.addHandler(new VisitHandler<>(FootnoteBlock.class, note -> {
            notes.add(note.getText().toString());
            if (!note.isReferenced()) {
                problems.add(at(source, note, "the source note [^" + note.getText() + "] is never cited; put [^"
                        + note.getText() + "] after the sentence it supports, or remove the note"));
            }
            visitor.visitChildren(note);
        }));
        visitor.visit(document);
        for (Footnote citation : citations) {
            if (!citation.isDefined()) {
                String name = citation.getText().toString();
                String hint = Spelling.closest(name, notes).map(known -> " (did you mean [^" + known + "]?)").orElse("");
                problems.add(at(source, citation, "the footnote [^" + name + "] has no note" + hint + "; add its source at the end"
                        + " of the page: [^" + name + "]: Publisher, \"Title\", date. <https://...>"));
            }
        }
        problems.addAll(unlinkedTermReferences(source, document, links));
        return problems;
    }

    /** Every {@code ](term:} outside a link: text the reader would see instead of a term reference. */
    private static List<Problem> unlinkedTermReferences(SourceFile source, Document document, List<Link> links) {
        List<Problem> problems = new ArrayList<>();
        String text = document.getChars().toString();
        Matcher matcher = TERM_REFERENCE.matcher(text);
        while (matcher.find()) {
            int at = matcher.start();
            if (links.stream().anyMatch(link -> link.getStartOffset() <= at && at < link.getEndOffset())) {
                continue;
            }
            problems.add(Problem.at(source.displayPath(), source.bodyFirstLine() + document.getLineNumber(at),
                    "this term reference is not a link and would be shown as text: '" + written(text, at, matcher.end())
                            + "'; write it as " + suggested(text, at, matcher.end())
                            + ", all on one line, with nothing between ] and ("));
        }
        return problems;
    }

    private static String written(String text, int bracket, int nameStart) {
        int start = Math.max(0, text.lastIndexOf('[', bracket));
        int end = endOfName(text, nameStart);
        return text.substring(start, Math.min(text.length(), end + 1)).replaceAll("\\s+", " ").strip();
    }

    private static String suggested(String text, int bracket, int nameStart) {
        int open = text.lastIndexOf('[', bracket);
        String linkText = open < 0 ? "text" : text.substring(open + 1, bracket).replaceAll("\\s+", " ").strip();
        String name = text.substring(nameStart, endOfName(text, nameStart)).replace(">", "").replaceAll("\\s+", " ").strip();
        return "[" + linkText + "](term:" + name + ")";
    }

    /** Where the term's name ends: its closing parenthesis, or else the end of the paragraph. */
    private static int endOfName(String text, int nameStart) {
        int close = text.indexOf(')', nameStart);
        int paragraphEnd = text.indexOf("\n\n", nameStart);
        int end = paragraphEnd < 0 ? text.length() : paragraphEnd;
        return close >= 0 && close < end ? close : end;
    }

    private static Problem rawHtml(SourceFile source, Node html) {
        return at(source, html, RawHtmlAdvice.about(html.getChars().toString()));
    }

    /** Whether this is the closing tag of one opened earlier in the paragraph, which was reported already. */
    private static boolean closesAReportedTag(HtmlInline html) {
        String tag = html.getChars().toString();
        if (!tag.startsWith("</")) {
            return false;
        }
        String opening = "<" + tag.substring(2).replace(">", "").strip();
        for (Node before = html.getPrevious(); before != null; before = before.getPrevious()) {
            if (before instanceof HtmlInline && before.getChars().toString().matches("(?is)" + Pattern.quote(opening) + "[\\s>].*")) {
                return true;
            }
        }
        return false;
    }

    /** A problem at the file line where a node of the source's body starts. */
    static Problem at(SourceFile source, Node node, String message) {
        return Problem.at(source.displayPath(), source.bodyFirstLine() + node.getStartLineNumber(), message);
    }
}
