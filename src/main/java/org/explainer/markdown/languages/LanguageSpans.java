package org.explainer.markdown.languages;

import com.vladsch.flexmark.util.sequence.Escaping;
import org.explainer.base.Language;
import org.explainer.base.ScriptLanguages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a text into runs, relative to the language of the page it is on: plain ones, and ones in a
 * script whose language the site names and which is not the page's own language.
 */
public final class LanguageSpans {

    // Joins the letters and digits of a code such as S-400 or 9M729, so they stay one run.
    private static final String CODE_JOINERS = "-./";
    /**
     * Punctuation a run never takes in, although Unicode counts it common to every script: the Arabic comma,
     * semicolon and question mark, and the « » the Arabic and Russian editions quote with. Between a
     * publisher and a title ("Reuters، «Syria’s…»") they belong to the page's sentence, not to either name.
     */
    private static final String SENTENCE_MARKS = "\u060C\u061B\u061F\u00AB\u00BB";

    private LanguageSpans() {
    }

    /**
     * A language run starts at a letter of a named script and takes in the spaces and punctuation up to
     * the last letter of that script before a letter of any other script or a mark of the page's sentence
     * (an Arabic comma, « »), so a phrase stays one run and the quotes or full stop around it stay outside. Text in the page's own language is plain. A run
     * that runs the other way from the page, left to right on a right-to-left page, is isolated, and
     * takes in the digits written onto it (S-400, A321): the bidi algorithm would otherwise set them
     * apart from its letters.
     */
    public static List<TextRun> split(String text, ScriptLanguages languages, Language page) {
        List<TextRun> runs = new ArrayList<>();
        // Most of a page's text is in its own script: on a page whose language has the ASCII letters, an ASCII
        // character never starts a run, and is passed over without asking its script.
        boolean asciiIsThePages = languages.languageOf('a').map(tag -> isLanguageOf(page, tag)).orElse(true);
        int plainStart = 0;
        int position = 0;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c < 0x80 && (asciiIsThePages || !Character.isLetter(c))) {
                position++;
                continue;
            }
            int codePoint = text.codePointAt(position);
            Optional<String> language = Character.isLetter(codePoint) ? languages.languageOf(codePoint) : Optional.empty();
            if (language.isEmpty() || isLanguageOf(page, language.get())) {
                position += Character.charCount(codePoint);
                continue;
            }
            boolean rightToLeft = isRightToLeft(codePoint);
            boolean isolated = page.isRightToLeft() && !rightToLeft;
            int start = isolated ? digitsBefore(text, position, plainStart) : position;
            int end = closingBrackets(text, position, runEnd(text, position, codePoint));
            if (isolated) {
                end = digitsAfter(text, end);
            }
            if (plainStart < start) {
                runs.add(new TextRun(text.substring(plainStart, start), "", false, false));
            }
            runs.add(new TextRun(text.substring(start, end), language.get(), rightToLeft, isolated));
            plainStart = end;
            position = end;
        }
        if (plainStart < text.length()) {
            runs.add(new TextRun(text.substring(plainStart), "", false, false));
        }
        return runs;
    }

    /** Whether a run tagged {@code tag} (ar, en-GB) is in the page's own language. */
    private static boolean isLanguageOf(Language page, String tag) {
        int subtag = tag.indexOf('-');
        return (subtag < 0 ? tag : tag.substring(0, subtag)).equals(page.getCode());
    }

    private static boolean isRightToLeft(int codePoint) {
        byte direction = Character.getDirectionality(codePoint);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** Where the run that starts at {@code start} ends: after its last letter (or mark) of the same script. */
    private static int runEnd(String text, int start, int first) {
        Character.UnicodeScript script = Character.UnicodeScript.of(first);
        int end = start + Character.charCount(first);
        int position = end;
        while (position < text.length()) {
            int codePoint = text.codePointAt(position);
            Character.UnicodeScript other = Character.UnicodeScript.of(codePoint);
            position += Character.charCount(codePoint);
            if (other == script) {
                end = position;
            } else if (other != Character.UnicodeScript.COMMON && other != Character.UnicodeScript.INHERITED
                    || SENTENCE_MARKS.indexOf(codePoint) >= 0) {
                break;
            }
        }
        return end;
    }

    /**
     * After {@code end}, the brackets that close one the run opened: "LBCI (Reuters)" keeps its ")", which
     * outside the run a right-to-left line would mirror and set before it.
     */
    private static int closingBrackets(String text, int start, int end) {
        int open = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            open += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
        }
        int closed = end;
        while (open > 0 && closed < text.length() && (text.charAt(closed) == ')' || text.charAt(closed) == ']')) {
            closed++;
            open--;
        }
        return closed;
    }

    /** After {@code end}, the digits written onto the run, with a hyphen, dot or slash between: "-400" in "S-400". */
    private static int digitsAfter(String text, int end) {
        int position = end;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (isAsciiDigit(c)) {
                position++;
            } else if (CODE_JOINERS.indexOf(c) >= 0 && position + 1 < text.length() && isAsciiDigit(text.charAt(position + 1))) {
                position += 2;
            } else {
                break;
            }
        }
        return position;
    }

    /** Before {@code start}, and not before {@code limit}, the digits written onto the run: "2" in "2S19". */
    private static int digitsBefore(String text, int start, int limit) {
        int position = start;
        while (position > limit) {
            char c = text.charAt(position - 1);
            if (isAsciiDigit(c)) {
                position--;
            } else if (CODE_JOINERS.indexOf(c) >= 0 && position - 1 > limit && isAsciiDigit(text.charAt(position - 2))) {
                position -= 2;
            } else {
                break;
            }
        }
        return position;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * {@code text} as HTML, on a page in {@code page}'s language: escaped, each run in a script the site
     * names wrapped in {@code <span lang="…">} (with {@code dir="rtl"} for a right-to-left script), or in
     * {@code <bdi lang="…">} when it runs the other way from the page, so that the punctuation beside it
     * stays where the writer put it. Markdown bodies, and anything else the build writes from a writer's
     * text, go through here.
     */
    public static String html(String text, ScriptLanguages languages, Language page) {
        return html(text, languages, page, Map.of());
    }

    /**
     * The same, with the character at each position of {@code written} written as the markup given for it:
     * the entity the Markdown dialect writes for an apostrophe it made typographic, which splitting treats
     * as the character it stands for.
     */
    public static String html(String text, ScriptLanguages languages, Language page, Map<Integer, String> written) {
        if (languages.isEmpty()) {
            return escape(text, 0, written);
        }
        StringBuilder html = new StringBuilder();
        int position = 0;
        for (TextRun run : split(text, languages, page)) {
            String escaped = escape(run.text(), position, written);
            position += run.text().length();
            if (run.isolated()) {
                html.append("<bdi lang=\"").append(run.language()).append("\">").append(escaped).append("</bdi>");
            } else if (run.language().isEmpty()) {
                html.append(escaped);
            } else {
                html.append("<span lang=\"").append(run.language()).append('"')
                        .append(run.rightToLeft() ? " dir=\"rtl\"" : "").append('>').append(escaped).append("</span>");
            }
        }
        return html.toString();
    }

    /** {@code part} escaped, starting at {@code offset} in the whole text, with the characters {@code written} names replaced. */
    private static String escape(String part, int offset, Map<Integer, String> written) {
        if (written.isEmpty()) {
            return Escaping.escapeHtml(part, false);
        }
        StringBuilder escaped = new StringBuilder();
        int from = 0;
        for (int i = 0; i < part.length(); i++) {
            String markup = written.get(offset + i);
            if (markup != null) {
                escaped.append(Escaping.escapeHtml(part.substring(from, i), false)).append(markup);
                from = i + 1;
            }
        }
        return escaped.append(Escaping.escapeHtml(part.substring(from), false)).toString();
    }
}
