package org.explainer.history;

import java.util.List;

/**
 * A stretch of a compared text: either paragraphs that did not change (folded on the history page,
 * their text kept), or changed paragraphs as pieces that were kept, inserted or deleted.
 */
public final class DiffBlock {

    private final int unchangedParagraphs;
    private final String unchangedText;
    private final List<DiffPiece> pieces;

    private DiffBlock(int unchangedParagraphs, String unchangedText, List<DiffPiece> pieces) {
        this.unchangedParagraphs = unchangedParagraphs;
        this.unchangedText = unchangedText;
        this.pieces = pieces;
    }

    static DiffBlock unchanged(List<String> paragraphs) {
        return new DiffBlock(paragraphs.size(), String.join("\n\n", paragraphs), List.of());
    }

    static DiffBlock changed(List<DiffPiece> pieces) {
        return new DiffBlock(0, "", List.copyOf(pieces));
    }

    public boolean isChanged() {
        return unchangedParagraphs == 0;
    }

    /** How many unchanged paragraphs this block folds. */
    public int getUnchangedParagraphs() {
        return unchangedParagraphs;
    }

    public String getUnchangedText() {
        return unchangedText;
    }

    public List<DiffPiece> getPieces() {
        return pieces;
    }
}
