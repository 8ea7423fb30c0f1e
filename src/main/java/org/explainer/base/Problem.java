package org.explainer.base;

/**
 * One thing wrong with the site's sources, located as precisely as we can: the file (relative to the
 * project, as a writer sees it) and, where there is one, the 1-based line.
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {

    public static Problem at(String file, int line, String message) {
        return new Problem(file, line, message);
    }

    public static Problem in(String file, String message) {
        return new Problem(file, 0, message);
    }

    /** Formatted like a compiler message, so editors and terminals can jump to it. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
