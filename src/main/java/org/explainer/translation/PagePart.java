package org.explainer.translation;

import java.util.List;
import java.util.Set;

/**
 * What one part of a page holds that a translation must keep: the footnotes it cites, the glossary terms it
 * links (by key) and the numbers it writes in digits (as {@link org.explainer.text.WrittenNumbers} reads them). A part is the
 * header's title, summary and correction, the introduction, a section under a {@code ##} heading, or one
 * footnote's note.
 *
 * @param name  how the part is named in a difference: {@code header}, {@code introduction}, the heading's
 *              text or the note's {@code [^label]}
 * @param line  the line it starts at in its file
 * @param kind  which of the four it is
 */
public record PagePart(Kind kind, String name, int line, Set<String> notes, Set<String> terms, List<String> numbers) {

    public enum Kind { HEADER, INTRODUCTION, SECTION, NOTE }

    /** How a message names it: “the introduction”, “the section “Context””, “the note [^afp]”. */
    String describe() {
        return switch (kind) {
            case HEADER -> "the title, summary and correction";
            case INTRODUCTION -> "the introduction";
            case SECTION -> "the section “" + name + "”";
            case NOTE -> "the note " + name;
        };
    }
}
