package org.explainer.site;

import org.explainer.history.Change;

/** A correction as the site-wide corrections page and feed list it: the change and the page it corrected. */
public final class CorrectionNote {

    private final Page page;
    private final Change change;

    CorrectionNote(Page page, Change change) {
        this.page = page;
        this.change = change;
    }

    public Page getPage() {
        return page;
    }

    public Change getChange() {
        return change;
    }
}
