package org.explainer.site;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import org.explainer.glossary.Glossary;
import org.explainer.glossary.Term;
import org.explainer.markdown.context.Directive;
import org.explainer.markdown.context.TermReferences;
import org.explainer.markdown.sources.ArchivedCopy;
import org.explainer.translation.PagePart;
import org.explainer.text.WrittenNumbers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A page cut into the parts a translation is checked against, part by part (see
 * {@link org.explainer.translation.FidelityCheck}): its header's words, its introduction, each section
 * under a {@code ##} heading and each footnote's note, each with the footnotes it cites, the terms it links
 * (by key, however the reference names them) and the numbers it writes in digits. Addresses, code and
 * directives are no text of the page and are left out.
 */
final class PageParts {

    private final Page page;
    private final Glossary glossary;
    private final WrittenNumbers numbers;
    private final int[] lineStarts;

    private PageParts(Page page, Glossary glossary) {
        this.page = page;
        this.glossary = glossary;
        this.numbers = WrittenNumbers.of(page.getLanguage().getTag());
        this.lineStarts = lineStarts(page.document().getChars());
    }

    /** The parts of {@code page}, whose term references {@code glossary} resolves. */
    static List<PagePart> of(Page page, Glossary glossary) {
        return new PageParts(page, glossary).parts();
    }

    private List<PagePart> parts() {
        List<PagePart> parts = new ArrayList<>();
        String header = Stream.of("title", "summary", "correction").map(page.source()::value).collect(Collectors.joining("\n"));
        parts.add(new PagePart(PagePart.Kind.HEADER, "header", Math.max(1, page.source().lineOf("summary")), Set.of(), Set.of(),
                numbers.in(header)));
        Part current = new Part(PagePart.Kind.INTRODUCTION, "introduction", page.source().bodyFirstLine());
        for (Node node : page.document().getChildren()) {
            if (node instanceof Heading heading && heading.getLevel() == 2) {
                parts.add(current.done());
                current = new Part(PagePart.Kind.SECTION, heading.getText().toString().strip(), line(heading));
            } else if (node instanceof FootnoteBlock note) {
                Part part = new Part(PagePart.Kind.NOTE, "[^" + note.getText() + "]", line(note));
                part.read(note.getChildren());
                parts.add(part.done());
            } else if (!(node instanceof Paragraph && Directive.parse(node.getChars().toString()).isPresent())) {
                current.startsAt(node);
                current.read(List.of(node));
            }
        }
        parts.add(current.done());
        return parts;
    }

    /** A node's line in the file, found among the body's line starts: flexmark would count from the top each time. */
    private int line(Node node) {
        int index = Arrays.binarySearch(lineStarts, node.getStartOffset());
        return page.source().bodyFirstLine() + (index >= 0 ? index : -index - 2);
    }

    private static int[] lineStarts(CharSequence body) {
        int[] starts = new int[16];
        int count = 1;
        for (int index = 0; index < body.length(); index++) {
            if (body.charAt(index) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = index + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** A part being read: its text, the footnotes it cites and the terms it links. */
    private final class Part {
        private final PagePart.Kind kind;
        private final String name;
        private int line;
        private boolean started;
        private final StringBuilder text = new StringBuilder();
        private final Set<String> notes = new LinkedHashSet<>();
        private final Set<String> terms = new LinkedHashSet<>();

        Part(PagePart.Kind kind, String name, int line) {
            this.kind = kind;
            this.name = name;
            this.line = line;
        }

        /**
         * The introduction starts at its first block, wherever the blank lines after the header end. (A node's line
         * is counted from the start of the body each time it is asked, so it is asked once.)
         */
        void startsAt(Node firstBlock) {
            if (!started && kind == PagePart.Kind.INTRODUCTION) {
                line = line(firstBlock);
            }
            started = true;
        }

        void read(Iterable<Node> nodes) {
            for (Node node : nodes) {
                if (node instanceof Footnote citation) {
                    notes.add(citation.getText().toString());
                } else if (node instanceof Link link && TermReferences.isTermReference(link)) {
                    terms.add(TermReferences.resolve(link, glossary).map(Term::getKey).orElse(TermReferences.requestedName(link)));
                    read(link.getChildren());
                } else if (node instanceof Text) {
                    text.append(node.getChars());
                } else if (node instanceof SoftLineBreak) {
                    text.append('\n');
                } else if (!(node instanceof AutoLink || node instanceof Code || node instanceof ArchivedCopy)) {
                    read(node.getChildren());
                    // Blocks apart, so that numbers at the end of one and the start of the next stay two.
                    text.append(node instanceof Block ? "\n" : "");
                }
            }
        }

        PagePart done() {
            return new PagePart(kind, name, line, Set.copyOf(notes), Set.copyOf(terms), numbers.in(text.toString()));
        }
    }
}
