package org.explainer.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Markdown body cut where its blocks cannot reach across: at a blank line followed by a line that
 * starts in the first column, outside a fenced code block. A paragraph, a heading, a table or a whole
 * list item (with its indented continuation) never spans two stretches, so each stretch reads alone
 * as it reads in the body, once the link and note definitions it names are given with it.
 */
final class MarkdownStretches {

    /** A link definition or a footnote's: {@code [label]: ...} or {@code [^label]: ...}. */
    private static final Pattern DEFINITION = Pattern.compile(" {0,3}\\[[^\\]\\n]+]:.*", Pattern.DOTALL);
    private static final Pattern FENCE = Pattern.compile(" {0,3}(```|~~~).*");

    /** A stretch of the body, from offset {@code start}. */
    record Stretch(int start, String text) {

        /** Whether the stretch defines a link or a note, which stretches elsewhere in the body name. */
        boolean isDefinition() {
            return DEFINITION.matcher(text).matches();
        }
    }

    private MarkdownStretches() {
    }

    static List<Stretch> of(String body) {
        List<Stretch> stretches = new ArrayList<>();
        int start = 0;
        int lineStart = 0;
        boolean blankBefore = false;
        String fence = null;
        while (lineStart < body.length()) {
            int lineEnd = body.indexOf('\n', lineStart);
            int next = lineEnd < 0 ? body.length() : lineEnd + 1;
            String line = body.substring(lineStart, lineEnd < 0 ? body.length() : lineEnd);
            if (line.isBlank()) {
                blankBefore = true;
            } else {
                if (fence == null && blankBefore && !Character.isWhitespace(line.charAt(0)) && !body.substring(start, lineStart).isBlank()) {
                    stretches.add(new Stretch(start, body.substring(start, lineStart)));
                    start = lineStart;
                }
                if (FENCE.matcher(line).matches()) {
                    String mark = line.strip().substring(0, 3);
                    fence = fence == null ? mark : fence.equals(mark) ? null : fence;
                }
                blankBefore = false;
            }
            lineStart = next;
        }
        if (!body.substring(start).isBlank()) {
            stretches.add(new Stretch(start, body.substring(start)));
        }
        return stretches;
    }
}
