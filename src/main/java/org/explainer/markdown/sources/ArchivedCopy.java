package org.explainer.markdown.sources;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The address of a source's archived copy, written at the end of its footnote after the source's own
 * address: {@code <https://original> Archived: <https://web.archive.org/...>}. It is not shown where it
 * was written: the sources partial shows it beside the original as "archived copy".
 */
public final class ArchivedCopy extends Node {

    /** What comes before the archived copy's address in a footnote, as writers type it. */
    public static final String LABEL = "Archived:";

    ArchivedCopy(BasedSequence url) {
        super(url);
    }

    public String url() {
        return getChars().toString();
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
