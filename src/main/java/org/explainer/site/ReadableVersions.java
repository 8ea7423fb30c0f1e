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
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.explainer.base.ProblemCollector;
import org.explainer.content.HeaderParser;
import org.explainer.content.SourceFile;
import org.explainer.content.SourceLocation;
import org.explainer.history.ReadableText;
import org.explainer.markdown.Markdown;
import org.explainer.markdown.context.Directive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How each version of a page's files reads on the site, for the comparison of a change: a content file
 * is split into header and body as the build splits it, and its body parsed with the site's Markdown
 * dialect, so the comparison shows the title, summary and correction note, then each paragraph,
 * heading, list item, table row and source note as the words a reader reads, and none of the markup
 * ({@code [^note]}, {@code ](term:...)}, {@code **}, header lines). A directive reads as what it shows.
 * The version the page was built from is not parsed again. Other files (the timeline's data) read as
 * their paragraphs.
 */
public final class ReadableVersions implements ReadableText {

    /** The header fields a reader sees on the page, in the order the comparison shows them. */
    private static final List<String> SHOWN_FIELDS = List.of("title", "summary", "correction");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    /** Cells of a table row as the comparison shows them, side by side. */
    private static final String CELL_SEPARATOR = " · ";

    private final Markdown markdown;
    private final HeaderParser headers;
    private final String builtBody;
    private final Document builtDocument;

    /**
     * @param separator     the header separator of content files
     * @param builtBody     the body the page was built from, whose parse is {@code builtDocument}: that version is not parsed again
     */
    public ReadableVersions(Markdown markdown, String separator, String builtBody, Document builtDocument) {
        this.markdown = markdown;
        this.headers = new HeaderParser(separator);
        this.builtBody = builtBody;
        this.builtDocument = builtDocument;
    }

    @Override
    public List<String> blocks(String path, String text) {
        if (!path.endsWith(".md")) {
            return paragraphs(text);
        }
        // An old version is shown as it was, not checked again: a header that does not parse reads as paragraphs.
        Optional<SourceFile> version = headers.parse(new SourceLocation(Path.of(path), path, path), text, new ProblemCollector());
        if (version.isEmpty()) {
            return paragraphs(text);
        }
        List<String> blocks = new ArrayList<>();
        SHOWN_FIELDS.stream().map(version.get()::value).filter(value -> !value.isBlank()).forEach(blocks::add);
        String body = version.get().body();
        Document document = body.equals(builtBody) ? builtDocument : markdown.parse(body);
        collect(document, blocks);
        return blocks;
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(PARAGRAPH_BREAK.split(text.strip())).filter(paragraph -> !paragraph.isBlank()).toList();
    }

    private static void collect(Node parent, List<String> blocks) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TableSeparator || node instanceof Reference || node instanceof HtmlBlock) {
                continue;
            }
            if (node instanceof Paragraph paragraph) {
                add(blocks, Directive.parse(paragraph.getChars().toString()).map(ReadableVersions::shown)
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
                        collect(child, blocks);
                    }
                });
            } else if (node instanceof FootnoteBlock note) {
                add(blocks, "Source: " + PlainText.asRead(note));
            } else if (node instanceof FencedCodeBlock code) {
                add(blocks, code.getContentChars().toString().strip());
            } else if (node instanceof IndentedCodeBlock code) {
                add(blocks, code.getContentChars().toString().strip());
            } else {
                collect(node, blocks);
            }
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
