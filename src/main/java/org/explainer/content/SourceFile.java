package org.explainer.content;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A content file split into its header fields and its Markdown body.
 *
 * @param file          where it lies on disk
 * @param displayPath   the path a writer knows it by, relative to the project, e.g. {@code content/about.md}
 * @param contentPath   the path relative to the content folder, with {@code /} separators
 * @param fields        header fields by name, in file order
 * @param body          the Markdown after the header separator
 * @param bodyFirstLine the 1-based file line of the body's first line, to translate body positions
 * @param text          the whole file as read, header and all, to compare with its last commit
 */
public record SourceFile(Path file, String displayPath, String contentPath, Map<String, HeaderField> fields,
                         String body, int bodyFirstLine, String text) {

    /**
     * The file as if the writer had added a blank line at its end: a change that alters no page, for the
     * preview's unseen warm-up, which makes a build take the path of a writer's edit without touching a file.
     */
    public SourceFile withBlankLineAdded() {
        return new SourceFile(file, displayPath, contentPath, fields, body + "\n", bodyFirstLine, text + "\n");
    }

    public Optional<HeaderField> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    public String value(String name) {
        HeaderField field = fields.get(name);
        return field == null ? "" : field.value();
    }

    /** A comma-separated field as trimmed, non-empty items. */
    public List<String> list(String name) {
        return Arrays.stream(value(name).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public int lineOf(String name) {
        HeaderField field = fields.get(name);
        return field == null ? 1 : field.line();
    }

    public String type() {
        return value("type");
    }

    public boolean isDraft() {
        return ContentModel.DRAFT.equals(value("status"));
    }

    /** The file name without its extension: a term's key, a page's slug. */
    public String slug() {
        String name = contentPath.substring(contentPath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The output path JBake gives this file: the content path with an {@code .html} extension. */
    public String outputUri() {
        return outputUriOf(contentPath);
    }

    /** The output path of a content path, such as a moved page's old one. */
    public static String outputUriOf(String contentPath) {
        int dot = contentPath.lastIndexOf('.');
        return (dot < 0 ? contentPath : contentPath.substring(0, dot)) + ".html";
    }
}
