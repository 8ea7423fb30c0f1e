package org.explainer.linkcheck;

/** Where a source file cites an address: its path relative to the project, with forward slashes, and the line. */
public record Citation(String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
