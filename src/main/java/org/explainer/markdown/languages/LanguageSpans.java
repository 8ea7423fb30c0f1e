package org.explainer.markdown.languages;

import com.vladsch.flexmark.util.sequence.Escaping;
import org.explainer.base.ScriptLanguages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits a text into runs: plain ones, and ones in a script whose language the site names. */
public final class LanguageSpans {

    private LanguageSpans() {
    }

    /**
     * A language run starts at a letter of a named script and takes in the spaces and punctuation up to
     * the last letter of that script before a letter of any other script, so a phrase stays one run and
     * the quotes or full stop around it stay outside.
     */
    public static List<TextRun> split(String text, ScriptLanguages languages) {
        List<TextRun> runs = new ArrayList<>();
        int plainStart = 0;
        int position = 0;
        while (position < text.length()) {
            int codePoint = text.codePointAt(position);
            Optional<String> language = Character.isLetter(codePoint) ? languages.languageOf(codePoint) : Optional.empty();
            if (language.isEmpty()) {
                position += Character.charCount(codePoint);
                continue;
            }
            int end = runEnd(text, position, codePoint, languages);
            if (plainStart < position) {
                runs.add(new TextRun(text.substring(plainStart, position), "", false));
            }
            byte direction = Character.getDirectionality(codePoint);
            runs.add(new TextRun(text.substring(position, end), language.get(), direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC));
            plainStart = end;
            position = end;
        }
        if (plainStart < text.length()) {
            runs.add(new TextRun(text.substring(plainStart), "", false));
        }
        return runs;
    }

    /** Where the run that starts at {@code start} ends: after its last letter (or mark) of the same script. */
    private static int runEnd(String text, int start, int first, ScriptLanguages languages) {
        Character.UnicodeScript script = Character.UnicodeScript.of(first);
        int end = start + Character.charCount(first);
        int position = end;
        while (position < text.length()) {
            int codePoint = text.codePointAt(position);
            Character.UnicodeScript other = Character.UnicodeScript.of(codePoint);
            position += Character.charCount(codePoint);
            if (other == script) {
                end = position;
            } else if (other != Character.UnicodeScript.COMMON && other != Character.UnicodeScript.INHERITED) {
                break;
            }
        }
        return end;
    }

    /**
     * {@code text} as HTML: escaped, and each run in a script the site names wrapped in
     * {@code <span lang="…">} (with {@code dir="rtl"} for a right-to-left script). Markdown bodies, and
     * anything else the build writes from a writer's text, go through here.
     */
    public static String html(String text, ScriptLanguages languages) {
        if (languages.isEmpty()) {
            return Escaping.escapeHtml(text, false);
        }
        StringBuilder html = new StringBuilder();
        for (TextRun run : split(text, languages)) {
            String escaped = Escaping.escapeHtml(run.text(), false);
            if (run.language().isEmpty()) {
                html.append(escaped);
            } else {
                html.append("<span lang=\"").append(run.language()).append('"')
                        .append(run.rightToLeft() ? " dir=\"rtl\"" : "").append('>').append(escaped).append("</span>");
            }
        }
        return html.toString();
    }
}
