package org.explainer.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two versions of a text for readers, given as their blocks (paragraphs, headings, list items:
 * see {@link ReadableText}): first block by block, so unchanged paragraphs can be folded, then, inside
 * each changed stretch, word by word (with java-diff-utils), so a changed date shows as one word
 * replaced rather than a whole line. Punctuation is a token of its own, so a word added before a full
 * stop shows as an insertion, not as the last word replaced; but a web address is one token, and so is a
 * word with an apostrophe or a hyphen inside it ("team’s", "al-Sheibani"), so neither is cut into pieces
 * that read as nothing.
 */
final class WordDiff {

    /**
     * A web address (up to its last letter, digit or slash: a full stop after it ends the sentence), a word
     * (with the apostrophes and hyphens inside it), a run of spaces, or one mark of punctuation.
     */
    private static final Pattern TOKEN = Pattern.compile("(?U)https?://\\S*[\\w/]|\\w+(?:[-'’]\\w+)*|\\s+|[^\\w\\s]");

    private WordDiff() {
    }

    static List<DiffBlock> compare(List<String> oldParagraphs, List<String> newParagraphs) {
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

    private static List<DiffPiece> words(String before, String after) {
        List<String> oldWords = tokens(before);
        List<String> newWords = tokens(after);
        List<DiffPiece> pieces = new ArrayList<>();
        int oldPosition = 0;
        for (Edit edit : edits(oldWords, newWords)) {
            add(pieces, DiffPiece.Kind.KEPT, oldWords.subList(oldPosition, edit.oldStart));
            add(pieces, DiffPiece.Kind.DELETED, oldWords.subList(edit.oldStart, edit.oldEnd));
            add(pieces, DiffPiece.Kind.INSERTED, newWords.subList(edit.newStart, edit.newEnd));
            oldPosition = edit.oldEnd;
        }
        add(pieces, DiffPiece.Kind.KEPT, oldWords.subList(oldPosition, oldWords.size()));
        return pieces;
    }

    /** Tokens replaced: old ones from oldStart to oldEnd by new ones from newStart to newEnd. */
    private record Edit(int oldStart, int oldEnd, int newStart, int newEnd) {
    }

    /**
     * The edits between two lists of tokens, two edits with only spaces or one mark of punctuation between
     * them taken as one, so "hour" becoming "two hours" reads as those words replaced, not as "two" added
     * and "hour" replaced, and "ten, twelve" becoming "eleven, thirteen" as the whole replaced.
     */
    private static List<Edit> edits(List<String> oldWords, List<String> newWords) {
        List<Edit> edits = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(oldWords, newWords).getDeltas()) {
            Edit edit = new Edit(delta.getSource().getPosition(), delta.getSource().getPosition() + delta.getSource().size(),
                    delta.getTarget().getPosition(), delta.getTarget().getPosition() + delta.getTarget().size());
            Edit last = edits.isEmpty() ? null : edits.get(edits.size() - 1);
            if (last != null && isSmallGap(oldWords.subList(last.oldEnd, edit.oldStart))) {
                edits.set(edits.size() - 1, new Edit(last.oldStart, edit.oldEnd, last.newStart, edit.newEnd));
            } else {
                edits.add(edit);
            }
        }
        return edits;
    }

    /** Spaces, or one mark of punctuation with spaces around it: too little kept to read between two edits. */
    private static boolean isSmallGap(List<String> kept) {
        return kept.stream().filter(token -> !token.isBlank()).count() <= 1
                && kept.stream().noneMatch(token -> Character.isLetterOrDigit(token.codePointAt(0)));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            tokens.add(token.group());
        }
        return tokens;
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
