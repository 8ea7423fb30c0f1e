package org.explainer.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A page's history as its templates show it: when it was first published and last changed, and every
 * change since publication, newest first, of its content file and of the data it shows (the timeline
 * page's timeline). In the preview a change not yet committed comes first.
 */
public final class PageHistory {

    private final LocalDate firstPublished;
    private final List<Change> changes;
    private final ReadableText readable;
    /** The last version read, with its blocks: a change's text before is the text after of the change before it. */
    private String lastRead;
    private List<String> lastBlocks;

    PageHistory(LocalDate firstPublished, List<Change> changes, ReadableText readable) {
        this.firstPublished = firstPublished;
        this.readable = readable;
        this.changes = changes.stream()
                .sorted(Comparator.comparingLong(Change::order).reversed().thenComparing(Change::getPath)).toList();
    }

    /** Whether the page was ever published in a commit; a new page in the preview may not have been. */
    public boolean isPublished() {
        return firstPublished != null;
    }

    public String getFirstPublished() {
        return firstPublished == null ? "" : firstPublished.toString();
    }

    private LocalDate lastChanged() {
        return changes.stream().filter(Change::isCommitted).map(Change::localDate).findFirst().orElse(null);
    }

    public String getLastChanged() {
        LocalDate date = lastChanged();
        return date == null ? "" : date.toString();
    }

    /** The work tree has changes to the page not yet committed (only the preview looks). */
    public boolean isUncommitted() {
        return !changes.isEmpty() && !changes.get(0).isCommitted();
    }

    /** Every change since publication, newest first, ending with the publication itself. */
    public List<Change> getChanges() {
        return changes;
    }

    /**
     * The committed changes that were corrections, newest first: one for each commit, which may have
     * corrected both the page and the data it shows.
     */
    public List<Change> getCorrections() {
        List<Change> corrections = new ArrayList<>();
        Set<String> commits = new HashSet<>();
        for (Change change : changes) {
            if (change.isCommitted() && !change.getCorrection().isEmpty() && commits.add(change.getCommitFull())) {
                corrections.add(change);
            }
        }
        return corrections;
    }

    /**
     * The corrections a page's correction note does not tell, newest first: those whose commit did not write
     * the note. A page with a note shows these beside it, so no correction is told twice.
     */
    public List<Change> getCorrectionsBesideNote() {
        return getCorrections().stream().filter(change -> !change.isNoted()).toList();
    }

    /** The corrections whose commit wrote the page's correction note, newest first: the note links each one's comparison. */
    public List<Change> getNotedCorrections() {
        return getCorrections().stream().filter(Change::isNoted).toList();
    }

    /**
     * The commit that last wrote the page's correction note: the last committed change to it, or the
     * publication when the note came with it; null when the page was never published in a commit.
     */
    public Change getNoteWritten() {
        return changes.stream().filter(change -> change.isCommitted() && (change.isNoted() || change.isPublication()))
                .findFirst().orElse(null);
    }

    /** A change's number in the page's history, counted from the publication, which is 1: its comparison page's number. */
    public int numberOf(Change change) {
        return changes.size() - changes.indexOf(change);
    }

    /**
     * A change's comparison: the text readers read before and after it, compared word by word, with
     * unchanged paragraphs folded; empty for the publication. Each version is read once when the
     * changes are compared in turn, newest first, as the change pages are rendered.
     */
    public synchronized List<DiffBlock> compare(Change change) {
        if (change.isPublication()) {
            return List.of();
        }
        List<String> after = blocks(change.getPath(), change.after());
        return WordDiff.compare(blocks(change.getPath(), change.before()), after);
    }

    private List<String> blocks(String path, String text) {
        if (!text.equals(lastRead)) {
            lastBlocks = readable.blocks(path, text);
            lastRead = text;
        }
        return lastBlocks;
    }
}
