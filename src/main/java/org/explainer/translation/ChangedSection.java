package org.explainer.translation;

/**
 * A part of an original whose text differs between the version a translation translates and now: its
 * header (title, summary and the other fields), its introduction (the text before the first {@code ##}
 * heading), or the section under a {@code ##} heading.
 */
public final class ChangedSection {

    private final boolean header;
    private final String heading;

    private ChangedSection(boolean header, String heading) {
        this.header = header;
        this.heading = heading;
    }

    static ChangedSection header() {
        return new ChangedSection(true, "");
    }

    static ChangedSection introduction() {
        return new ChangedSection(false, "");
    }

    static ChangedSection under(String heading) {
        return new ChangedSection(false, heading);
    }

    public boolean isHeader() {
        return header;
    }

    public boolean isIntroduction() {
        return !header && heading.isEmpty();
    }

    /** The {@code ##} heading's text, in the original's language; empty for the header and the introduction. */
    public String getHeading() {
        return heading;
    }

    /** How a writer's warning names it. */
    @Override
    public String toString() {
        return header ? "the header" : heading.isEmpty() ? "the introduction" : "“" + heading + "”";
    }
}
