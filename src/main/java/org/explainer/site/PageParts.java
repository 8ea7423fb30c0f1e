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
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.explainer.glossary.Glossary;
import org.explainer.glossary.Term;
import org.explainer.markdown.context.Directive;
import org.explainer.markdown.context.TermReferences;
import org.explainer.markdown.sources.ArchivedCopy;
import org.explainer.translation.PagePart;
import org.explainer.text.WrittenNumbers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
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
 * <p>
 * One kept across builds (the preview's) reads a body again only when it was parsed again: an edit's rebuild
 * reads the edited page. What it keeps is independent of the header and the glossary (lines counted from the
 * start of the body, terms as the references name them); both are applied on every build.
 */
final class PageParts {

    /** A part of a body as read: its line counted from the body's first, and its terms as the references name them. */
    private record BodyPart(PagePart.Kind kind, String name, int bodyLine, Set<String> notes, Set<String> termNames,
                            List<String> numbers) {
    }

    /** The bodies read for the last build, by parsed body and language (whose numbers read differently), and for this one. */
    private Map<Document, Map<String, List<BodyPart>>> readBefore = new IdentityHashMap<>();
    private Map<Document, Map<String, List<BodyPart>>> readNow = new IdentityHashMap<>();

    /** Starts a build: what the last build read and this one does not is dropped at its end. */
    void nextBuild() {
        readBefore = readNow;
        readNow = new IdentityHashMap<>();
    }

    /** The parts of {@code page}, whose term references {@code glossary} resolves. */
    List<PagePart> of(Page page, Glossary glossary) {
        String tag = page.getLanguage().getTag();
        WrittenNumbers numbers = WrittenNumbers.of(tag);
        List<BodyPart> body = readNow.computeIfAbsent(page.document(), document -> new HashMap<>()).computeIfAbsent(tag, language -> {
            List<BodyPart> known = readBefore.getOrDefault(page.document(), Map.of()).get(language);
            return known != null ? known : new BodyReader(page.document(), numbers).parts();
        });
        List<PagePart> parts = new ArrayList<>();
        String header = Stream.of("title", "summary", "correction").map(page.source()::value).collect(Collectors.joining("\n"));
        parts.add(new PagePart(PagePart.Kind.HEADER, "header", Math.max(1, page.source().lineOf("summary")), Set.of(), Set.of(),
                numbers.in(header)));
        int firstLine = page.source().bodyFirstLine();
        for (BodyPart part : body) {
            Set<String> terms = new LinkedHashSet<>();
            part.termNames().forEach(name -> terms.add(glossary.find(name).map(Term::getKey).orElse(name)));
            parts.add(new PagePart(part.kind(), part.name(), firstLine + part.bodyLine(), part.notes(), Set.copyOf(terms), part.numbers()));
        }
        return parts;
    }

    /** Reads one parsed body into its parts. */
    private static final class BodyReader {
        private final Document document;
        private final WrittenNumbers numbers;
        private final int[] lineStarts;

        BodyReader(Document document, WrittenNumbers numbers) {
            this.document = document;
            this.numbers = numbers;
            this.lineStarts = lineStarts(document.getChars());
        }

        List<BodyPart> parts() {
            List<BodyPart> parts = new ArrayList<>();
            Part current = new Part(PagePart.Kind.INTRODUCTION, "introduction", 0);
            for (Node node : document.getChildren()) {
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
            return List.copyOf(parts);
        }

        /** A node's line in the body, found among its line starts: flexmark would count from the top each time. */
        private int line(Node node) {
            int index = Arrays.binarySearch(lineStarts, node.getStartOffset());
            return index >= 0 ? index : -index - 2;
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

        /** A part being read: its text, the footnotes it cites and the terms it names. */
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

            /** The introduction starts at its first block, wherever the blank lines after the header end. */
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
                        terms.add(TermReferences.requestedName(link));
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

            BodyPart done() {
                return new BodyPart(kind, name, line, Set.copyOf(notes), Set.copyOf(terms), numbers.in(text.toString()));
            }
        }
    }
}
