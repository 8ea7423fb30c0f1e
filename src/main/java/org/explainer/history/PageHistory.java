package org.explainer.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    /** The committed changes that were corrections, newest first. */
    public List<Change> getCorrections() {
        List<Change> corrections = new ArrayList<>();
        for (Change change : changes) {
            if (change.isCommitted() && !change.getCorrection().isEmpty()) {
                corrections.add(change);
            }
        }
        return corrections;
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
