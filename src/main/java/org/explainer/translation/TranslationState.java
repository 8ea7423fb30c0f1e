package org.explainer.translation;

import org.explainer.history.Change;
import org.explainer.history.PageHistory;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a translation stands against its original: up to date, out of date (since when, and what
 * changed), without a recorded version, or naming a version the original never had. Templates reach
 * it as {@code page.translationState} to tell readers that the original is newer.
 */
public final class TranslationState {

    /** The kinds of standing, as the status report words them. */
    public enum Standing {
        UP_TO_DATE("up to date"),
        OUT_OF_DATE("out of date"),
        NO_VERSION("no version recorded"),
        UNKNOWN_VERSION("translates a version the original never had");

        private final String words;

        Standing(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    private final Standing standing;
    private final String originalFile;
    private final String originalUri;
    private final LocalDate since;
    private final boolean uncommitted;
    private final String changeCommit;
    private final List<ChangedSection> sections;

    /**
     * @param originalFile the original's file, relative to the project ({@code content/about.md})
     * @param since        the date of the first commit that changed the original after the version translated; null
     *                     when the change is not yet committed or, in a build without history, cannot be told
     * @param changeCommit that commit's full id; empty when there is none
     * @param sections     the parts of the original that changed since that version; empty when that cannot be told
     */
    TranslationState(Standing standing, String originalFile, String originalUri, LocalDate since, boolean uncommitted,
                     String changeCommit, List<ChangedSection> sections) {
        this.standing = standing;
        this.originalFile = originalFile;
        this.originalUri = originalUri;
        this.since = since;
        this.uncommitted = uncommitted;
        this.changeCommit = changeCommit;
        this.sections = List.copyOf(sections);
    }

    public Standing standing() {
        return standing;
    }

    /** The original has changed since the version this translation translates: readers are told. */
    public boolean isStale() {
        return standing == Standing.OUT_OF_DATE;
    }

    /** The original's address, from the site root. */
    public String getOriginalUri() {
        return originalUri;
    }

    /** The date, {@code YYYY-MM-DD}, the original was first changed after the version translated; empty when unknown. */
    public String getSince() {
        return since == null ? "" : since.toString();
    }

    /** The change after the version translated is in the work tree, not yet committed (the preview shows it). */
    public boolean isUncommitted() {
        return uncommitted;
    }

    /** The parts of the original that changed since the version translated; empty when the build has no history to tell. */
    public List<ChangedSection> getSections() {
        return sections;
    }

    /**
     * The number of the original's change page ({@code Page.changeUri}) for the first change after the version
     * translated, numbered as the history page numbers them; 0 when it has none (not yet committed, or made
     * while the original was a draft), so the notice links the history page instead.
     */
    public int changeNumber(PageHistory history) {
        if (history == null || changeCommit.isEmpty()) {
            return 0;
        }
        List<Change> changes = history.getChanges();
        for (int index = 0; index < changes.size(); index++) {
            Change change = changes.get(index);
            if (change.isCommitted() && !change.isPublication() && change.getPath().equals(originalFile)
                    && changeCommit.startsWith(change.getCommit())) {
                return changes.size() - index;
            }
        }
        return 0;
    }

    /** Everything the translated page shows of it, so a rebuild can tell whether the page must be rendered again. */
    @Override
    public String toString() {
        return standing.name() + " " + originalFile + " " + describeChange() + " " + changeCommit;
    }

    /** How the status report says what changed: when, and which parts. */
    String describeChange() {
        return describeWhen() + (sections.isEmpty() ? "" : " (" + describeSections() + ")");
    }

    /** When the original changed after the version translated, as a warning says it. */
    String describeWhen() {
        return uncommitted ? "changed in the work tree, not yet committed" : since == null ? "changed" : "changed on " + since;
    }

    /** The parts that changed, as a warning names them; none when only blank space changed. */
    String describeSections() {
        return sections.isEmpty() ? "no part's text, only its spacing"
                : String.join(", ", sections.stream().map(ChangedSection::toString).toList());
    }
}
