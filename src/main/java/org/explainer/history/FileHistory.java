package org.explainer.history;

import java.util.ArrayList;
import java.util.List;

/**
 * One file's history, followed through renames: the change that first published it, every change
 * since (oldest first), every version any commit wrote (drafts too, for translations naming the
 * version they translate), the paths it had before, and its text in the last commit. Filled in by the
 * one walk over the log, oldest commit first, then only read.
 */
final class FileHistory {

    private final List<Change> changes = new ArrayList<>();
    private final List<String> formerPaths = new ArrayList<>();
    private final List<FileVersion> versions = new ArrayList<>();
    private Change publication;
    private String committedText = "";

    /** Adds the file's version in a commit: its publication, a change since, or a draft's version, not shown. */
    void add(Change version, boolean published, String blobId) {
        versions.add(new FileVersion(blobId, version.getCommitFull(), version.order(), version.localDate(), version.after()));
        if (publication == null && published) {
            publication = new Change(version.getCommitFull(), version.order(), version.localDate(), version.getSummary(),
                    "", false, version.getPath(), null, version.after());
            changes.add(publication);
        } else if (publication != null) {
            changes.add(version);
        }
        committedText = version.after();
    }

    void movedFrom(String path) {
        formerPaths.add(path);
    }

    /** The change that first published the file, or null while it has only been a draft. */
    Change publication() {
        return publication;
    }

    /** The publication and every change since, oldest first. */
    List<Change> changes() {
        return changes;
    }

    /** Every version a commit wrote, oldest first. */
    List<FileVersion> versions() {
        return versions;
    }

    List<String> formerPaths() {
        return formerPaths;
    }

    /** The text in the last commit, to tell whether the work tree has changes not yet committed. */
    String committedText() {
        return committedText;
    }
}
