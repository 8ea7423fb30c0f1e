package org.explainer.site;

/** A section heading of a page, for its table of contents and for checking {@code #fragment} links. */
public final class Heading {

    private final int level;
    private final String id;
    private final String text;

    public Heading(int level, String id, String text) {
        this.level = level;
        this.id = id;
        this.text = text;
    }

    public int getLevel() {
        return level;
    }

    public String getId() {
        return id;
    }

    public String getText() {
        return text;
    }
}
