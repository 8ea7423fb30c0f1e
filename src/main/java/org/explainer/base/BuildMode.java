package org.explainer.base;

/**
 * What a build is for. The production build publishes only what is ready; the preview also renders
 * drafts, so a writer can read them and see their mistakes before setting {@code status=published}.
 */
public enum BuildMode {
    /** The site as readers get it: drafts are left out entirely. */
    PUBLISH,
    /**
     * The writer's preview: drafts are assembled, checked and rendered like published pages, each with a
     * banner, and listed on a drafts page; they stay out of everything a published page lists.
     */
    PREVIEW;

    public boolean includesDrafts() {
        return this == PREVIEW;
    }
}
