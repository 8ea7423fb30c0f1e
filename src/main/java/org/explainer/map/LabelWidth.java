package org.explainer.map;

/**
 * How wide a line of a label is drawn, estimated, since the map is drawn before any browser picks its
 * font. The map asks for {@code system-ui}; the widths here are those of DejaVu Sans, the widest common
 * system font (Segoe UI, San Francisco, Roboto and Noto Sans are narrower), taken for the widest
 * character of each class below, so the estimate errs on the wide side and a label kept inside the
 * frame by it stays inside in every one of those fonts.
 */
final class LabelWidth {

    /** Characters about a third of an em wide: 0.40 em regular, 0.46 em bold at most. */
    private static final String NARROW = " ijlI.,:;'!|`";
    /** 0.50 em regular, 0.52 em bold at most. */
    private static final String SLIM = "frt()[]/\\-\"*";
    /** About an em: 1.00 em regular, 1.10 em bold at most. */
    private static final String WIDE = "mwMW@%";

    private LabelWidth() {
    }

    /**
     * @param px       the font size
     * @param bold     whether the line is set in bold
     * @param tracking letter spacing in ems, which the browser adds after every character
     * @return the estimated advance of the whole line, in px
     */
    static double of(String text, double px, boolean bold, double tracking) {
        double ems = text.codePoints().mapToDouble(c -> advance(c, bold) + tracking).sum();
        return ems * px;
    }

    private static double advance(int c, boolean bold) {
        if (NARROW.indexOf(c) >= 0) {
            return bold ? 0.46 : 0.40;
        }
        if (SLIM.indexOf(c) >= 0) {
            return bold ? 0.52 : 0.50;
        }
        if (WIDE.indexOf(c) >= 0) {
            return bold ? 1.10 : 1.00;
        }
        if (c >= 'a' && c <= 'z') {
            return bold ? 0.72 : 0.63;
        }
        // Capitals, digits, other signs, and letters of other scripts and with accents.
        return bold ? 0.87 : 0.80;
    }
}
