package org.explainer.history;

import java.util.List;

/**
 * How one version of a file reads on the site, block by block (a paragraph, a heading, a list item, a
 * table row, a source note), without its markup: what a change's comparison compares, so readers see
 * the words they read and never the Markdown's syntax. The site stage supplies it, since rendering is
 * its concern; the history only compares what it gives.
 */
@FunctionalInterface
public interface ReadableText {

    /**
     * @param path the file, relative to the project, e.g. {@code content/about.md} or {@code data/timeline.yml}
     * @param text the file's whole text in that version, header included
     */
    List<String> blocks(String path, String text);
}
