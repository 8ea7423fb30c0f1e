package org.explainer.site;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * An entry of a page's table of contents: a heading, and the entries of the deeper headings that
 * follow it up to the next heading as high as it. Templates render the tree level by level, so every
 * list they open is closed by the same macro.
 */
public final class TocEntry {

    private final Heading heading;
    private final List<TocEntry> children = new ArrayList<>();

    private TocEntry(Heading heading) {
        this.heading = heading;
    }

    /**
     * The outline of {@code headings}, given in page order. A heading with no higher heading before it
     * (an h3 before the first h2) starts an entry at the top.
     */
    static List<TocEntry> outline(List<Heading> headings) {
        List<TocEntry> top = new ArrayList<>();
        Deque<TocEntry> open = new ArrayDeque<>();
        for (Heading heading : headings) {
            while (!open.isEmpty() && open.peek().heading.getLevel() >= heading.getLevel()) {
                open.pop();
            }
            TocEntry entry = new TocEntry(heading);
            (open.isEmpty() ? top : open.peek().children).add(entry);
            open.push(entry);
        }
        return List.copyOf(top);
    }

    public String getId() {
        return heading.getId();
    }

    public String getText() {
        return heading.getText();
    }

    public List<TocEntry> getChildren() {
        return Collections.unmodifiableList(children);
    }
}
