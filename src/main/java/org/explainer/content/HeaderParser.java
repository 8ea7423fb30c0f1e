package org.explainer.content;

import org.explainer.base.ProblemCollector;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a content file into header and body the way JBake does ({@code name=value} lines ended by a
 * separator line), but strictly: where JBake would skip a malformed file with a log warning, this
 * reports the file and line.
 */
public final class HeaderParser {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-z0-9_.-]*");

    private final String separator;

    public HeaderParser(String separator) {
        this.separator = separator;
    }

    /**
     * Returns the parsed file, or empty after reporting why it could not be parsed.
     *
     * @param text the file as read; a byte order mark at its start is not part of its first line
     */
    public Optional<SourceFile> parse(SourceLocation location, String text, ProblemCollector problems) {
        List<String> lines = (text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text).lines().toList();
        int separatorIndex = indexOfSeparator(lines);
        if (separatorIndex < 0) {
            problems.in(location.displayPath(), "the header has no end: after the header fields, put a line of "
                    + "exactly " + separator + " (even when the file has no body)");
            return Optional.empty();
        }
        Map<String, HeaderField> fields = new LinkedHashMap<>();
        boolean clean = true;
        for (int i = 0; i < separatorIndex; i++) {
            String line = lines.get(i);
            int lineNumber = i + 1;
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            String name = equals < 0 ? "" : line.substring(0, equals).strip();
            if (equals < 0 || !FIELD_NAME.matcher(name).matches()) {
                problems.at(location.displayPath(), lineNumber, "this header line is not a field: \""
                        + line.strip() + "\"; write fields as name=value, e.g. title=How the system works");
                clean = false;
                continue;
            }
            HeaderField previous = fields.put(name, new HeaderField(name, line.substring(equals + 1).strip(), lineNumber));
            if (previous != null) {
                problems.at(location.displayPath(), lineNumber,
                        "the field '" + name + "' is given twice (first on line " + previous.line() + ")");
                clean = false;
            }
        }
        if (!clean) {
            return Optional.empty();
        }
        String body = String.join("\n", lines.subList(separatorIndex + 1, lines.size()));
        return Optional.of(new SourceFile(location.file(), location.displayPath(), location.contentPath(), fields,
                body.isEmpty() ? body : body + "\n", separatorIndex + 2, text));
    }

    private int indexOfSeparator(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(separator)) {
                return i;
            }
        }
        return -1;
    }
}
