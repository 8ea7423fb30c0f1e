package org.explainer.site;

import org.explainer.history.Change;

/**
 * A correction as a language's corrections page and feed list it: the page it corrected, the change that
 * made it, and what it says. A page's correction note says it in the page's words, dated by the commit
 * that last wrote the note; a correction no note tells says it in its commit's {@code Correction:} trailer.
 */
public final class CorrectionNote {

    private final Page page;
    private final Change change;
    private final String text;
    private final boolean fromRepository;

    private CorrectionNote(Page page, Change change, String text, boolean fromRepository) {
        this.page = page;
        this.change = change;
        this.text = text;
        this.fromRepository = fromRepository;
    }

    /** The page's correction note, dated by {@code change}, the commit that last wrote it. */
    static CorrectionNote ofNote(Page page, Change change) {
        return new CorrectionNote(page, change, page.getCorrection(), false);
    }

    /** A correction its commit's trailer tells, which no note on the page does. */
    static CorrectionNote ofCommit(Page page, Change change) {
        return new CorrectionNote(page, change, change.getCorrection(), true);
    }

    public Page getPage() {
        return page;
    }

    public Change getChange() {
        return change;
    }

    /** What was wrong and what is right. */
    public String getText() {
        return text;
    }

    /** Whether the text is a commit's, written in the site's default language, not the page's own. */
    public boolean isFromRepository() {
        return fromRepository;
    }
}
