package org.explainer.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The history of every content file and data file the site shows, read from the repository once per
 * build (and kept by the preview while the repository's HEAD stays the same). Paths are relative to
 * the project, with {@code /} separators.
 */
public final class History {

    /** A build without history (-Dhistory=off): no page has one. */
    public static final History NONE = new History("", Map.of());

    private final String head;
    private final Map<String, FileHistory> files;

    History(String head, Map<String, FileHistory> files) {
        this.head = head;
        this.files = Map.copyOf(files);
    }

    /** Whether history was read: false in a build without it. */
    public boolean isRead() {
        return !head.isEmpty();
    }

    /** The commit the history was read at: two builds with the same one show the same history. */
    public String head() {
        return head;
    }

    /**
     * A page's history, or null in a build without history.
     *
     * @param path        the page's content file
     * @param dataPaths   data files the page shows, whose changes since its publication are the page's too
     * @param workingText the file's text in the work tree, to show changes not yet committed; null to show commits only
     * @param readable    how each version of the page's files reads, for the comparison of each change
     */
    public PageHistory forPage(String path, List<String> dataPaths, String workingText, ReadableText readable) {
        if (!isRead()) {
            return null;
        }
        FileHistory file = files.get(path);
        Change publication = file == null ? null : file.publication();
        List<Change> changes = new ArrayList<>(file == null ? List.of() : file.changes());
        if (publication != null) {
            for (String dataPath : dataPaths) {
                FileHistory data = files.get(dataPath);
                if (data != null) {
                    data.changes().stream().filter(change -> change.order() > publication.order()
                            && !change.isPublication()).forEach(changes::add);
                }
            }
        }
        if (workingText != null) {
            String committed = file == null ? "" : file.committedText();
            if (!workingText.equals(committed)) {
                changes.add(Change.uncommitted(path, committed, workingText));
            }
        }
        return new PageHistory(publication == null ? null : publication.localDate(), changes, readable);
    }

    /**
     * Every version of a file that a commit wrote, drafts too, oldest first, followed through renames;
     * empty without history or for a file never committed.
     */
    public List<FileVersion> versionsOf(String path) {
        FileHistory file = files.get(path);
        return file == null ? List.of() : List.copyOf(file.versions());
    }

    /** Every earlier path of a file still in the repository, with the path it has now; A–Z by earlier path. */
    public Map<String, String> movedFiles() {
        Map<String, String> moved = new TreeMap<>();
        files.forEach((path, file) -> file.formerPaths().forEach(former -> moved.put(former, path)));
        files.keySet().forEach(moved::remove);
        return moved;
    }
}
