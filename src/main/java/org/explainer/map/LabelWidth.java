package org.explainer.map;

/**
 * How wide a line of a label is drawn, estimated, since the map is drawn before any browser picks its
 * font. The map asks for {@code system-ui}; the widths here are those of DejaVu Sans, the widest common
 * system font (Segoe UI, San Francisco, Roboto and Noto Sans are narrower), taken for the widest
 * character of each class below, so the estimate errs on the wide side and a label kept inside the
 * frame by it stays inside in every one of those fonts. Cyrillic and Arabic letters have classes of
 * their own, measured the same way (in Chromium, DejaVu Sans, 2026).
 */
final class LabelWidth {

    /** Characters about a third of an em wide: 0.40 em regular, 0.46 em bold at most. */
    private static final String NARROW = " ijlI.,:;'!|`";
    /** 0.50 em regular, 0.52 em bold at most. */
    private static final String SLIM = "frt()[]/\\-\"*";
    /** About an em: 1.00 em regular, 1.10 em bold at most. */
    private static final String WIDE = "mwMW@%";

    /** Cyrillic letters wider than an em: 1.10 em regular, 1.33 em bold at most. */
    private static final String CYRILLIC_WIDEST = "ЖШЩЮжшщю";
    /** 0.89 em regular, 1.04 em bold at most. */
    private static final String CYRILLIC_WIDE = "ДМФЦЫЪдмфыъ";

    /*
     * Arabic letters join, and a joined letter is narrower than one standing alone: each is counted at
     * its joined width, and the last letter of each joined group gets its tail added, which may be
     * wider than the rest of the letter (the bowl of a final ب or ن).
     */
    /** Joined, 0.34 em regular, 0.42 em bold at most. */
    private static final String ARABIC_THIN = "آأإائبتثلنىيـ";
    /** Joined, 0.90 em regular, 1.02 em bold at most; the rest of the Arabic letters 0.65 and 0.73. */
    private static final String ARABIC_WIDE = "سشصضطظ";
    /** A group's last letter, with a tail of up to 0.65 em. */
    private static final String ARABIC_LONG_TAIL = "بتثفنيىئلق";
    /** A group's last letter, with a tail of up to 0.37 em; the others have none to speak of. */
    private static final String ARABIC_SHORT_TAIL = "سشصضكطظعغمهجحخ";
    /** Letters that do not join the letter after them, so they end a group. */
    private static final String ARABIC_NON_JOINING = "ءآأإاؤدذرزوة";

    private LabelWidth() {
    }

    /**
     * @param px       the font size
     * @param bold     whether the line is set in bold
     * @param tracking letter spacing in ems, which the browser adds after every character
     * @return the estimated advance of the whole line, in px
     */
    static double of(String text, double px, boolean bold, double tracking) {
        int[] codePoints = text.codePoints().toArray();
        double ems = 0;
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                // Arabic vowel signs and other marks sit over or under a letter, taking no width.
                continue;
            }
            ems += advance(c, bold) + tracking;
            if (isArabicLetter(c) && (i + 1 == codePoints.length || !isArabicLetter(codePoints[i + 1])
                    || ARABIC_NON_JOINING.indexOf(c) >= 0)) {
                ems += tail(c);
            }
        }
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
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC && Character.isLetter(c)) {
            return cyrillic(c, bold);
        }
        if (isArabicLetter(c)) {
            return arabic(c, bold);
        }
        // Capitals, digits, other signs, and letters of other scripts and with accents.
        return bold ? 0.87 : 0.80;
    }

    private static double cyrillic(int c, boolean bold) {
        if (CYRILLIC_WIDEST.indexOf(c) >= 0) {
            return bold ? 1.33 : 1.10;
        }
        if (CYRILLIC_WIDE.indexOf(c) >= 0) {
            return bold ? 1.04 : 0.89;
        }
        if (Character.isLowerCase(c)) {
            return bold ? 0.75 : 0.70;
        }
        return bold ? 0.87 : 0.80;
    }

    private static double arabic(int c, boolean bold) {
        if (ARABIC_THIN.indexOf(c) >= 0) {
            return bold ? 0.42 : 0.34;
        }
        if (ARABIC_WIDE.indexOf(c) >= 0) {
            return bold ? 1.02 : 0.90;
        }
        return bold ? 0.73 : 0.65;
    }

    private static double tail(int c) {
        if (ARABIC_LONG_TAIL.indexOf(c) >= 0) {
            return 0.65;
        }
        return ARABIC_SHORT_TAIL.indexOf(c) >= 0 ? 0.37 : 0;
    }

    private static boolean isArabicLetter(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && Character.isLetter(c);
    }
}
