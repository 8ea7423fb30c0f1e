package org.explainer.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageNamesTest {

    @Test
    void aTitleGivesLowerCaseAsciiWordsJoinedByHyphens() {
        assertEquals("what-happened-to-russian-wheat-deliveries", PageNames.fromTitle("What happened to Russian wheat deliveries?"));
        assertEquals("resolution-2254", PageNames.fromTitle("Resolution 2254"));
        assertEquals("who-is-ahmed-al-sharaa", PageNames.fromTitle("  Who is Ahmed al-Sharaa?  "));
    }

    @Test
    void accentsAndApostrophesAreDroppedNotTurnedIntoHyphens() {
        assertEquals("russias-bases-a-la-carte", PageNames.fromTitle("Russia’s bases à la carte"));
        assertEquals("syrias-new-government", PageNames.fromTitle("Syria's “new” government"));
        assertEquals("quneitra-to-dera", PageNames.fromTitle("Quneitra – to – Dera\u0301"));
    }

    @Test
    void aTitleWithoutLatinLettersOrDigitsGivesNoName() {
        assertEquals("", PageNames.fromTitle("Хмеймим"));
        assertEquals("", PageNames.fromTitle("?!"));
        assertFalse(PageNames.isValid(PageNames.fromTitle("حميميم")));
    }

    @Test
    void validNamesAreLowerCaseAsciiWordsAndHyphens() {
        assertTrue(PageNames.isValid("russian-bases"));
        assertTrue(PageNames.isValid("2017-agreement"));
        assertFalse(PageNames.isValid("Russian-bases"));
        assertFalse(PageNames.isValid("russian_bases"));
        assertFalse(PageNames.isValid("-bases"));
        assertFalse(PageNames.isValid("bases.old"));
        assertFalse(PageNames.isValid(""));
    }
}
