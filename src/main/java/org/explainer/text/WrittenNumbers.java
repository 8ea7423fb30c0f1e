package org.explainer.text;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The numbers a text writes in digits, as values, so that a page and its translation can be compared
 * whatever their numeral style: Western or Arabic-Indic digits, the language's grouping and decimal marks
 * ({@code 1,000}, {@code 1 000}, {@code 2,5} in Russian), ordinal endings ({@code 21st}, {@code 21-й}) and
 * date formats ({@code 2025-07-31} and {@code 31 июля 2025} both give 31, 7 and 2025 less the month name).
 * Numbers written in words are not read: a translation writes in words what its original does.
 */
public final class WrittenNumbers {

    /** Grouping marks every language's text may use, beside its own: no-break, narrow and thin spaces. */
    private static final String SPACES = "\u00a0\u202f\u2009";
    private static final char ARABIC_DECIMAL = '\u066b';
    private static final char ARABIC_GROUPING = '\u066c';

    private final Pattern number;

    private WrittenNumbers(ULocale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char group = symbols.getGroupingSeparator();
        // The language's decimal mark, and the point wherever it is no grouping mark: a Russian page quotes
        // an English title as published (98.5), beside its own 98,5.
        String decimals = Stream.of(symbols.getDecimalSeparator(), '.', ARABIC_DECIMAL).filter(mark -> mark != group)
                .map(String::valueOf).collect(Collectors.joining());
        // A comma before exactly three digits groups them in any language: a Russian page quotes "9,000 people"
        // as published, and writes its own decimals with one or two digits (2,5).
        String grouping = "[" + Pattern.quote(String.valueOf(group)) + "," + SPACES + ARABIC_GROUPING + "]";
        // Digits not glued to a letter or digit before; groups of exactly three after a grouping mark.
        this.number = Pattern.compile("(?<![\\p{L}\\d])(?<grouped>\\d{1,3}(?:" + grouping + "\\d{3})+)(?!\\d)"
                + fraction(decimals, "fraction") + "|(?<!\\d)(?<whole>\\d+)" + fraction(decimals, "fraction2"));
    }

    /** Each language's, made once: its symbols come from ICU's data and its pattern is compiled. */
    private static final Map<String, WrittenNumbers> BY_TAG = new ConcurrentHashMap<>();

    /** An optional decimal part after one of the marks {@code decimals}, its digits named {@code group}. */
    private static String fraction(String decimals, String group) {
        return "(?:[" + Pattern.quote(decimals) + "](?<" + group + ">\\d+))?";
    }

    /** How a language (a BCP 47 tag, as in jbake.properties) writes its numbers. */
    public static WrittenNumbers of(String languageTag) {
        return BY_TAG.computeIfAbsent(languageTag, tag -> new WrittenNumbers(ULocale.forLanguageTag(tag)));
    }

    /** Each number in {@code text}, in order, written plainly: {@code 1000}, {@code 2.5}, {@code 7}. */
    public List<String> in(String text) {
        String western = westernDigits(text);
        Matcher matcher = number.matcher(western).useTransparentBounds(true);
        List<String> numbers = new ArrayList<>();
        // The pattern is tried only where a digit starts, not at every character: pages are mostly words.
        int at = nextDigit(western, 0);
        while (at >= 0) {
            matcher.region(at, western.length());
            if (!matcher.lookingAt()) {
                at = nextDigit(western, at + 1);
                continue;
            }
            at = nextDigit(western, matcher.end());
            String whole = matcher.group("grouped") != null ? matcher.group("grouped").replaceAll("\\D", "") : matcher.group("whole");
            String fraction = matcher.group("grouped") != null ? matcher.group("fraction") : matcher.group("fraction2");
            numbers.add(new BigDecimal(fraction == null ? whole : whole + "." + fraction).stripTrailingZeros().toPlainString());
        }
        return numbers;
    }

    private static int nextDigit(String text, int from) {
        for (int index = from; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c >= '0' && c <= '9') {
                return index;
            }
        }
        return -1;
    }

    /** Arabic-Indic and Persian digits as 0–9, so that ٢٠٢٥ and 2025 are one number. */
    private static String westernDigits(String text) {
        StringBuilder western = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            western.append(c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
                    : c >= '\u06f0' && c <= '\u06f9' ? (char) ('0' + c - '\u06f0') : c);
        }
        return western.toString();
    }
}
