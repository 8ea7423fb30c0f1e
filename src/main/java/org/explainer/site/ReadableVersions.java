package org.explainer.site;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.explainer.base.ProblemCollector;
import org.explainer.content.HeaderParser;
import org.explainer.content.SourceFile;
import org.explainer.content.SourceLocation;
import org.explainer.history.ReadableText;
import org.explainer.markdown.Markdown;
import org.explainer.site.MarkdownStretches.Stretch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * How each version of a page's files reads on the site, for the comparison of a change: a content file
 * is split into header and body as the build splits it, and its body parsed with the site's Markdown
 * dialect, so the comparison shows the title, summary and correction note, then the words of each
 * block a reader reads ({@link ReadableBlocks}), and none of the markup ({@code [^note]},
 * {@code ](term:...)}, {@code **}, header lines). A data file the page shows (the timeline's) reads as the
 * page shows its data, or, a version that cannot, as its paragraphs.
 * <p>
 * A page's versions differ from each other by a few paragraphs, so a body is read by stretches
 * ({@link MarkdownStretches}) and each stretch parsed once for all of them; the body the page was
 * built from is not parsed again at all. One instance serves one page's history.
 */
public final class ReadableVersions implements ReadableText {

    /** The header fields a reader sees on the page, in the order the comparison shows them. */
    private static final List<String> SHOWN_FIELDS = List.of("title", "summary", "correction");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("^(?:[ \\t]*\\n)+");

    private final Markdown markdown;
    private final HeaderParser headers;
    private final String builtBody;
    private final Document builtDocument;
    private final UnaryOperator<String> sourceNote;
    private final Function<String, Optional<List<String>>> dataBlocks;
    /** Each stretch of Markdown read so far, as its blocks. */
    private final Map<String, List<String>> stretches = new HashMap<>();

    /**
     * @param separator     the header separator of content files
     * @param builtBody     the body the page was built from, whose parse is {@code builtDocument}: it is not parsed again
     * @param sourceNote    a source note's text as the comparison shows it, in the page's language ("Source: …")
     * @param dataBlocks    a version of a data file the page shows as the page reads it; empty where it cannot
     */
    public ReadableVersions(Markdown markdown, String separator, String builtBody, Document builtDocument,
                            UnaryOperator<String> sourceNote, Function<String, Optional<List<String>>> dataBlocks) {
        this.sourceNote = sourceNote;
        this.dataBlocks = dataBlocks;
        this.markdown = markdown;
        this.headers = new HeaderParser(separator);
        this.builtBody = builtBody;
        this.builtDocument = builtDocument;
    }

    @Override
    public synchronized List<String> blocks(String path, String text) {
        if (!path.endsWith(".md")) {
            return dataBlocks.apply(text).orElseGet(() -> paragraphs(text));
        }
        // An old version is shown as it was, not checked again: a header that does not parse reads as paragraphs.
        Optional<SourceFile> version = headers.parse(new SourceLocation(Path.of(path), path, path), text, new ProblemCollector());
        if (version.isEmpty()) {
            return paragraphs(text);
        }
        List<String> blocks = new ArrayList<>();
        SHOWN_FIELDS.stream().map(version.get()::value).filter(value -> !value.isBlank()).forEach(blocks::add);
        if (stretches.isEmpty()) {
            remember(builtBody, builtDocument);
        }
        List<Stretch> body = MarkdownStretches.of(version.get().body());
        List<String> definitions = body.stream().filter(Stretch::isDefinition).map(ReadableVersions::key).toList();
        for (Stretch stretch : body) {
            blocks.addAll(stretches.computeIfAbsent(key(stretch), key -> readAlone(key, definitions)));
        }
        return blocks;
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(PARAGRAPH_BREAK.split(text.strip())).filter(paragraph -> !paragraph.isBlank()).toList();
    }

    /** A stretch without the blank lines around it, which do not change how it reads. */
    private static String key(Stretch stretch) {
        return LEADING_BLANK_LINES.matcher(stretch.text()).replaceFirst("").stripTrailing();
    }

    /** The blocks of each stretch of a body already parsed whole, taken from its parse. */
    private void remember(String body, Document document) {
        List<Stretch> parts = MarkdownStretches.of(body);
        Node node = document.getFirstChild();
        for (int index = 0; index < parts.size(); index++) {
            int end = index + 1 < parts.size() ? parts.get(index + 1).start() : Integer.MAX_VALUE;
            List<String> blocks = new ArrayList<>();
            for (; node != null && node.getStartOffset() < end; node = node.getNext()) {
                ReadableBlocks.add(node, blocks, sourceNote);
            }
            stretches.put(key(parts.get(index)), blocks);
        }
    }

    /** Parses a stretch with the body's definitions after it, so its links and notes resolve, and reads its own blocks. */
    private List<String> readAlone(String stretch, List<String> definitions) {
        StringBuilder text = new StringBuilder(stretch);
        definitions.stream().filter(definition -> !definition.equals(stretch)).forEach(definition -> text.append("\n\n").append(definition));
        List<String> blocks = new ArrayList<>();
        for (Node node = markdown.parse(text.toString()).getFirstChild(); node != null && node.getStartOffset() < stretch.length();
             node = node.getNext()) {
            ReadableBlocks.add(node, blocks, sourceNote);
        }
        return blocks;
    }
}
