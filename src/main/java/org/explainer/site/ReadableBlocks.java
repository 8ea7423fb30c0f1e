package org.explainer.site;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import org.explainer.markdown.context.Directive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The blocks a reader reads in parsed Markdown, each as its words: a paragraph, a heading, a list item
 * (without the items nested in it, which are blocks of their own), a table row (its cells side by
 * side), a source note, a code block. A directive reads as what it shows; link definitions, raw HTML
 * and a table's separator row read as nothing.
 */
final class ReadableBlocks {

    /** Cells of a table row as a comparison shows them, side by side. */
    private static final String CELL_SEPARATOR = " · ";

    private ReadableBlocks() {
    }

    /**
     * Adds the blocks of a node of the document (a paragraph, a list, a table, a note) to {@code blocks}.
     *
     * @param sourceNote a source note's text as the comparison shows it, in the page's language ("Source: …")
     */
    static void add(Node node, List<String> blocks, UnaryOperator<String> sourceNote) {
        if (node instanceof TableSeparator || node instanceof Reference || node instanceof HtmlBlock) {
            return;
        }
        if (node instanceof Paragraph paragraph) {
            add(blocks, Directive.parse(paragraph.getChars().toString()).map(ReadableBlocks::shown)
                    .orElseGet(() -> PlainText.asRead(paragraph)));
        } else if (node instanceof Heading) {
            add(blocks, PlainText.asRead(node));
        } else if (node instanceof TableRow row) {
            List<String> cells = new ArrayList<>();
            row.getChildren().forEach(cell -> cells.add(PlainText.asRead(cell)));
            add(blocks, String.join(CELL_SEPARATOR, cells));
        } else if (node instanceof ListItem item) {
            StringBuilder own = new StringBuilder();
            item.getChildren().forEach(child -> {
                if (!(child instanceof ListBlock)) {
                    own.append(PlainText.asRead(child)).append(' ');
                }
            });
            add(blocks, own.toString().strip());
            item.getChildren().forEach(child -> {
                if (child instanceof ListBlock) {
                    addChildren(child, blocks, sourceNote);
                }
            });
        } else if (node instanceof FootnoteBlock note) {
            add(blocks, sourceNote.apply(PlainText.asRead(note)));
        } else if (node instanceof FencedCodeBlock code) {
            add(blocks, code.getContentChars().toString().strip());
        } else if (node instanceof IndentedCodeBlock code) {
            add(blocks, code.getContentChars().toString().strip());
        } else {
            addChildren(node, blocks, sourceNote);
        }
    }

    private static void addChildren(Node parent, List<String> blocks, UnaryOperator<String> sourceNote) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            add(node, blocks, sourceNote);
        }
    }

    /** A directive as the page shows it: {@code {{map bases}}} reads "Map: bases". */
    private static String shown(Directive directive) {
        List<String> words = new ArrayList<>();
        if (!directive.argument().isEmpty()) {
            words.add(directive.argument());
        }
        directive.options().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(option -> words.add(option.getKey() + " " + option.getValue()));
        String name = directive.name().substring(0, 1).toUpperCase(Locale.ROOT) + directive.name().substring(1);
        return words.isEmpty() ? name : name + ": " + String.join(", ", words);
    }

    private static void add(List<String> blocks, String block) {
        if (!block.isBlank()) {
            blocks.add(block);
        }
    }
}
