package org.explainer.assets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What in a stylesheet is tied to left or right rather than to the start or end of the text, so that
 * a right-to-left page would not mirror: a property named for a side ({@code margin-left},
 * {@code border-top-right-radius}, {@code left}), a value naming one ({@code text-align: left},
 * {@code float: right}, {@code background-position: left top}), a horizontal shift
 * ({@code translateX(1rem)}), a four-value shorthand or a border radius whose two sides differ
 * ({@code margin: 0 1rem 0 0}), a {@code direction} set in CSS instead of by the page's {@code dir}, and
 * a glyph pointing one way ({@code content: "▸"}) outside a rule that names its direction with
 * {@code :dir()}. That includes the glyphs the Unicode bidirectional algorithm should mirror in right-to-left
 * text (‹ ›): Chromium drew › unmirrored between Arabic words, so no pointing glyph is left to it; diagonal
 * arrows (↗) are not judged.
 */
final class PhysicalDirections {

    private static final Pattern SIDE_PROPERTY = Pattern.compile("(^|-)(left|right)(-|$)");
    private static final Pattern SIDE_VALUE = Pattern.compile("(?<![\\w-])(left|right)(?![\\w-])");
    private static final Pattern TRANSLATE = Pattern.compile("(?i)\\btranslate(x|3d)?\\(\\s*([^,)\\s]+)");
    private static final Pattern ZERO = Pattern.compile("[+-]?0*\\.?0*(px|rem|em|%|vw|vi|ch)?");
    private static final Set<String> FOUR_SIDES = Set.of("margin", "padding", "inset", "border-width", "border-style",
            "border-color", "scroll-margin", "scroll-padding");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([0-9a-fA-F]{1,6})\\s?");
    /** Arrows, chevrons and triangles that point left or right. */
    private static final String POINTING = "←→⇐⇒⇠⇢⟵⟶➔➜➝➞▶◀▸◂►◄▷◁▹◃❯❮‣‹›⟨⟩〈〉";

    private PhysicalDirections() {
    }

    /** Each finding as {@code file:line: what}, in the order of the file. */
    static List<String> find(String css, String file) {
        List<String> findings = new ArrayList<>();
        String text = withoutComments(css);
        Deque<String> preludes = new ArrayDeque<>();
        StringBuilder buffer = new StringBuilder();
        int bufferStart = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int end = closingQuote(text, i);
                if (bufferStart < 0) {
                    bufferStart = i;
                }
                buffer.append(text, i, end + 1);
                i = end;
            } else if (c == '{') {
                preludes.push(buffer.toString().strip());
                buffer.setLength(0);
                bufferStart = -1;
            } else if (c == ';' || c == '}') {
                if (!buffer.toString().isBlank()) {
                    String selector = preludes.isEmpty() ? "" : preludes.peek();
                    declaration(buffer.toString().strip(), selector, file + ":" + lineOf(text, bufferStart), findings);
                }
                buffer.setLength(0);
                bufferStart = -1;
                if (c == '}' && !preludes.isEmpty()) {
                    preludes.pop();
                }
            } else {
                if (bufferStart < 0 && !Character.isWhitespace(c)) {
                    bufferStart = i;
                }
                buffer.append(c);
            }
        }
        return findings;
    }

    private static void declaration(String declaration, String selector, String where, List<String> findings) {
        int colon = declaration.indexOf(':');
        if (colon < 0) {
            return;
        }
        String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = declaration.substring(colon + 1).strip();
        String words = value.replaceAll("\"[^\"]*\"|'[^']*'|url\\([^)]*\\)", "\"\"")
                .replaceAll("!\\s*important", "").strip().toLowerCase(Locale.ROOT);
        String shown = property + ": " + value;
        if (property.startsWith("--")) {
            return;
        }
        if (SIDE_PROPERTY.matcher(property).find()) {
            findings.add(where + ": " + shown + " — a property of a physical side; use its logical form (inline-start/end)");
        }
        if (SIDE_VALUE.matcher(words).find()) {
            findings.add(where + ": " + shown + " — left or right in a value; use start or end (inline-start, inline-end)");
        }
        Matcher translate = TRANSLATE.matcher(words);
        while (translate.find()) {
            if (!ZERO.matcher(translate.group(2)).matches()) {
                findings.add(where + ": " + shown + " — a horizontal shift goes the same way in both directions; position with inset-inline-start/end");
            }
        }
        if (property.equals("direction") || property.equals("unicode-bidi")) {
            findings.add(where + ": " + shown + " — the page's dir attribute sets the direction, not the stylesheet");
        }
        List<String> parts = List.of(words.split("\\s+(?![^(]*\\))"));
        if (FOUR_SIDES.contains(property) && parts.size() == 4 && !parts.get(1).equals(parts.get(3))) {
            findings.add(where + ": " + shown + " — the right and left values differ; write margin-inline (start end) and margin-block");
        }
        if (property.equals("border-radius")) {
            for (String half : words.split("/")) {
                if (!mirrorsItself(List.of(half.strip().split("\\s+(?![^(]*\\))")))) {
                    findings.add(where + ": " + shown + " — the corners differ between left and right; use border-start-start-radius and the like");
                    break;
                }
            }
        }
        if (property.equals("content") && !selector.contains(":dir(")) {
            String glyphs = decodeEscapes(value);
            glyphs.codePoints().filter(point -> POINTING.indexOf(point) >= 0).findFirst()
                    .ifPresent(point -> findings.add(where + ": " + shown + " — the glyph " + Character.toString(point)
                            + " points one way in both directions; use one that points nowhere, or give one the text's direction does not"
                            + " mirror (▸ ◂, → ←) under :dir(ltr) and its counterpart under :dir(rtl)"));
        }
    }

    /** Whether a border radius of one, two, three or four values has the same corners on the left as on the right. */
    private static boolean mirrorsItself(List<String> radii) {
        return switch (radii.size()) {
            case 1 -> true;
            case 2 -> radii.get(0).equals(radii.get(1));
            case 3 -> radii.get(0).equals(radii.get(1)) && radii.get(1).equals(radii.get(2));
            default -> radii.get(0).equals(radii.get(1)) && radii.get(2).equals(radii.get(3));
        };
    }

    private static String decodeEscapes(String value) {
        Matcher escape = ESCAPE.matcher(value);
        StringBuilder decoded = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(decoded, Matcher.quoteReplacement(Character.toString(Integer.parseInt(escape.group(1), 16))));
        }
        escape.appendTail(decoded);
        return decoded.toString();
    }

    /** The text with each comment blanked out, its line breaks kept, so that lines keep their numbers. */
    private static String withoutComments(String css) {
        StringBuilder out = new StringBuilder(css);
        int start = css.indexOf("/*");
        while (start >= 0) {
            int end = css.indexOf("*/", start + 2);
            int stop = end < 0 ? css.length() : end + 2;
            for (int i = start; i < stop; i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
            start = end < 0 ? -1 : css.indexOf("/*", stop);
        }
        return out.toString();
    }

    private static int closingQuote(String text, int open) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == quote) {
                return i;
            }
        }
        return text.length() - 1;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
