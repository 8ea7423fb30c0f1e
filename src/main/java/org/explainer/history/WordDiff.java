package org.explainer.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compares two versions of a text for readers: first by paragraph, so unchanged paragraphs can be
 * folded, then, inside each changed stretch, word by word (with java-diff-utils), so a changed date
 * shows as one word replaced rather than a whole line.
 */
final class WordDiff {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    /** Splits between a word and the spaces after it, so every word and every run of spaces is a token. */
    private static final Pattern TOKEN_BOUNDARY = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

    private WordDiff() {
    }

    static List<DiffBlock> compare(String before, String after) {
        List<String> oldParagraphs = paragraphs(before);
        List<String> newParagraphs = paragraphs(after);
        Patch<String> patch = DiffUtils.diff(oldParagraphs, newParagraphs);
        List<DiffBlock> blocks = new ArrayList<>();
        int oldPosition = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            if (start > oldPosition) {
                blocks.add(DiffBlock.unchanged(oldParagraphs.subList(oldPosition, start)));
            }
            blocks.add(DiffBlock.changed(words(String.join("\n\n", delta.getSource().getLines()),
                    String.join("\n\n", delta.getTarget().getLines()))));
            oldPosition = start + delta.getSource().size();
        }
        if (oldPosition < oldParagraphs.size()) {
            blocks.add(DiffBlock.unchanged(oldParagraphs.subList(oldPosition, oldParagraphs.size())));
        }
        return blocks;
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(PARAGRAPH_BREAK.split(text.strip())).filter(p -> !p.isBlank()).toList();
    }

    private static List<DiffPiece> words(String before, String after) {
        List<String> oldWords = tokens(before);
        List<String> newWords = tokens(after);
        List<DiffPiece> pieces = new ArrayList<>();
        int oldPosition = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldWords, newWords).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(pieces, DiffPiece.Kind.KEPT, oldWords.subList(oldPosition, start));
            add(pieces, DiffPiece.Kind.DELETED, delta.getSource().getLines());
            add(pieces, DiffPiece.Kind.INSERTED, delta.getTarget().getLines());
            oldPosition = start + delta.getSource().size();
        }
        add(pieces, DiffPiece.Kind.KEPT, oldWords.subList(oldPosition, oldWords.size()));
        return pieces;
    }

    private static List<String> tokens(String text) {
        return text.isEmpty() ? List.of() : List.of(TOKEN_BOUNDARY.split(text));
    }

    /** Adds the tokens as one piece, joined to the previous piece when it is of the same kind. */
    private static void add(List<DiffPiece> pieces, DiffPiece.Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).kind() == kind) {
            text = pieces.remove(pieces.size() - 1).getText() + text;
        }
        pieces.add(new DiffPiece(kind, text));
    }
}
