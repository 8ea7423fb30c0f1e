package org.explainer.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Takes the comments out of the style sheets in the output. They are notes for whoever edits {@code assets/},
 * and the sheet blocks the first screen of every page: with them, a reader on a slow line waits for about a
 * third more bytes. Only comments go; every rule stays as written, so the sheet served is the one edited.
 */
public final class StyleSheets {

    private StyleSheets() {
    }

    /** Strips the comments of every {@code .css} file under {@code site}. */
    public static void stripComments(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".css")).sorted().toList()) {
                String css = Files.readString(file, StandardCharsets.UTF_8);
                String stripped = withoutComments(css);
                if (!stripped.equals(css)) {
                    Files.writeString(file, stripped, StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot strip the comments of the style sheets in " + site, e);
        }
    }

    /**
     * {@code css} without its comments, and without the lines they leave blank. A comment inside a string is
     * text, and is kept; a comment between two words becomes a space, so that they stay two.
     */
    static String withoutComments(String css) {
        StringBuilder out = new StringBuilder(css.length());
        char quote = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == '\\' && i + 1 < css.length()) {
                    out.append(css.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                out.append(c);
            } else if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 1;
                boolean between = !out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1))
                        && i + 1 < css.length() && !Character.isWhitespace(css.charAt(i + 1));
                if (between) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        List<String> lines = out.toString().lines().map(String::stripTrailing).filter(line -> !line.isEmpty()).toList();
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
