package org.explainer.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Numbers are read as values, whatever the language's digits, grouping and decimal marks. */
class WrittenNumbersTest {

    private static final WrittenNumbers ENGLISH = WrittenNumbers.of("en-GB");
    private static final WrittenNumbers RUSSIAN = WrittenNumbers.of("ru-RU");
    private static final WrittenNumbers ARABIC = WrittenNumbers.of("ar-SY-u-nu-latn");

    @Test
    void englishGroupsWithCommasAndSeparatesListsWithCommaAndSpace() {
        assertEquals(List.of("1000", "49", "2015", "2016", "2.5"), ENGLISH.in("1,000 troops for 49 years, in 2015, 2016 and 2.5%"));
    }

    @Test
    void russianGroupsWithSpacesAndWritesDecimalsWithACommaOrAQuotedPoint() {
        assertEquals(List.of("1000", "1000", "2.5", "98.5", "9000"),
                RUSSIAN.in("1\u00a0000 и 1\u202f000 военных, 2,5 % и «98.5», «Russia says 9,000 Syrians»"));
    }

    @Test
    void arabicIndicDigitsAreTheSameNumbers() {
        assertEquals(List.of("2025", "40", "31"), ARABIC.in("عام ٢٠٢٥ بنسبة ٪40 في 31 تموز"));
        assertEquals(List.of("1000", "2.5"), ARABIC.in("١٬٠٠٠ و٢٫٥"));
    }

    @Test
    void datesOrdinalsAndNamesGiveTheirDigits() {
        assertEquals(List.of("2012", "7", "21", "21", "400", "1990"), ENGLISH.in("2012-07, the 21st, 21-й, S-400, the 1990s"));
    }
}
