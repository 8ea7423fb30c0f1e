package org.explainer.map;

/**
 * The two rules every piece of SVG markup here obeys: numbers to one decimal, written the same way
 * on every machine and locale, and text escaped for XML.
 */
final class Svg {

    private Svg() {
    }

    /** A length or coordinate rounded to one decimal, without a trailing ".0" or a "-0". */
    static String num(double value) {
        return tenths(Math.round(value * 10));
    }

    /** A number given in tenths, as {@link SvgPath} keeps its coordinates. */
    static String tenths(long tenths) {
        long magnitude = Math.abs(tenths);
        String digits = (magnitude / 10) + (magnitude % 10 == 0 ? "" : "." + magnitude % 10);
        return tenths < 0 ? "-" + digits : digits;
    }

    /** Text safe both as element content and inside a double-quoted attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
