package org.explainer.history;

import java.time.LocalDate;

/**
 * One change to a file since it was published: the commit's date and one-line summary, what it
 * corrected (from a {@code Correction:} trailer), and the file's text before and after. A change not
 * yet committed (the preview's) has no commit, date or summary.
 */
public final class Change {

    private final String commit;
    private final long sequence;
    private final LocalDate date;
    private final String summary;
    private final String correction;
    private final boolean noted;
    private final String path;
    private final String before;
    private final String after;

    /**
     * @param sequence   the commit's place in the walk from the oldest commit, to order changes of several files
     * @param correction what the change corrected, or empty when it is not a correction
     * @param noted      whether the commit wrote the page's correction note, which says in the page's words what it corrected
     * @param before     the file's text before, or null when this is the change that published it
     */
    Change(String commit, long sequence, LocalDate date, String summary, String correction, boolean noted, String path,
           String before, String after) {
        this.commit = commit;
        this.sequence = sequence;
        this.date = date;
        this.summary = summary;
        this.correction = correction;
        this.noted = noted;
        this.path = path;
        this.before = before;
        this.after = after;
    }

    static Change uncommitted(String path, String before, String after) {
        return new Change("", Long.MAX_VALUE, null, "", "", false, path, before, after);
    }

    /** The commit's abbreviated id; empty when not yet committed. */
    public String getCommit() {
        return commit.length() > 10 ? commit.substring(0, 10) : commit;
    }

    String getCommitFull() {
        return commit;
    }

    /** The commit's place in the history, oldest first, to order changes to several files; the last when not yet committed. */
    public long order() {
        return sequence;
    }

    public boolean isCommitted() {
        return date != null;
    }

    LocalDate localDate() {
        return date;
    }

    public String getDate() {
        return date == null ? "" : date.toString();
    }

    public String getSummary() {
        return summary;
    }

    /** What was wrong, from the commit's {@code Correction:} trailer; empty for a change that corrects nothing. */
    public String getCorrection() {
        return correction;
    }

    /** Whether the commit also wrote the page's correction note: the note tells this correction in the page's own words. */
    public boolean isNoted() {
        return noted;
    }

    /** The file changed, relative to the project, e.g. {@code content/about.md} or {@code data/timeline.yml}. */
    public String getPath() {
        return path;
    }

    /** The change that first published the file: it has no text before. */
    public boolean isPublication() {
        return before == null;
    }

    /** The file's text before the change; null for the publication. */
    String before() {
        return before;
    }

    String after() {
        return after;
    }
}
