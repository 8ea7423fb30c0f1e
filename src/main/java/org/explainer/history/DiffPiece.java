package org.explainer.history;

/** Words kept, inserted or deleted, in the order a reader meets them. */
public final class DiffPiece {

    /** What happened to the words. */
    public enum Kind { KEPT, INSERTED, DELETED }

    private final Kind kind;
    private final String text;

    DiffPiece(Kind kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    /** kept, inserted or deleted: templates choose the markup by it. */
    public String getKind() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    Kind kind() {
        return kind;
    }

    public String getText() {
        return text;
    }
}
