package org.explainer.gates;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accessibility gate's own test: a defect on one page among many pages of one shape is still found,
 * and so is a kind of element only one page has, in every display. The site is generated from the
 * fixture {@code identical-pages}: {@value #DEFAULT_PAGES} copies of one page (with
 * {@code -Dgates.identical.pages=1000 -Dgates.defect.page=700}, a thousand), except that
 * <ul>
 *   <li>the defect's page ({@value #DEFAULT_DEFECT_PAGE} by default) has an image without alt text, and
 *       is otherwise the same as all the others;</li>
 *   <li>page {@value #NOTE_PAGE} also has a note whose text is unreadable in the dark scheme, with a link
 *       whose focus cannot be seen: kinds of element no other page has;</li>
 *   <li>page {@value #WIDE_PAGE} has an image without alt text inside a part shown on wide screens only.</li>
 * </ul>
 * The first pass checks the phone in the light scheme only, so each of these is found only if the gate
 * does what it says. It starts Chromium, so it runs in {@code verify} with the gates.
 */
class AccessibilityGateIT {

    private static final int DEFAULT_PAGES = 40;
    private static final int DEFAULT_DEFECT_PAGE = 28;
    private static final int NOTE_PAGE = 13;
    private static final int WIDE_PAGE = 7;
    private static final int PAGES = Integer.getInteger("gates.identical.pages", DEFAULT_PAGES);
    private static final int DEFECT_PAGE = Integer.getInteger("gates.defect.page", DEFAULT_DEFECT_PAGE);

    @TempDir
    static Path site;
    private static SiteInBrowser served;
    private static AccessibilityGate.Result result;

    @BeforeAll
    static void checkTheGeneratedSite() throws IOException {
        Path fixture = SiteFiles.fixture("identical-pages");
        for (String file : List.of("site.css", "map.svg")) {
            Files.copy(fixture.resolve(file), site.resolve(file));
        }
        List<String> pages = new ArrayList<>();
        for (int n = 1; n <= PAGES; n++) {
            String original = n == DEFECT_PAGE ? "page-without-alt.html" : n == NOTE_PAGE ? "page-with-a-note.html"
                    : n == WIDE_PAGE ? "page-without-alt-on-wide-screens.html" : "page.html";
            Files.copy(fixture.resolve(original), site.resolve(page(n)));
            pages.add(page(n));
        }
        served = SiteInBrowser.start(SiteFiles.serve(site, "/"), "the accessibility gate's own test");
        result = new AccessibilityGate(served.browser(), 2).check(pages.stream().map(served::url).toList());
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void findsTheImageWithoutAltAmongPagesOfItsShape() {
        assertTrue(found(page(DEFECT_PAGE), AccessibilityGate.EVERY_PAGE, "image-alt"), result::toString);
        assertFalse(result.representatives().contains(served.url(page(DEFECT_PAGE))),
                "the page is like all the others, so only the every-page pass can have found it: " + result.representatives());
    }

    @Test
    void checksTheOnlyPageWithANoteInEveryDisplay() {
        assertEquals(List.of(served.url(page(NOTE_PAGE))), result.representatives(),
                "the page with a note has every kind the others have, and one more");
        assertTrue(found(page(NOTE_PAGE), Display.PHONE_DARK, "color-contrast"), result::toString);
        assertTrue(found(page(NOTE_PAGE), Display.LAPTOP_DARK, "color-contrast"), result::toString);
    }

    @Test
    void checksTheKeyboardOnTheOnlyPageWithANoteInEveryDisplay() {
        for (Display display : Display.ALL) {
            assertTrue(result.keyboard().stream().anyMatch(finding -> finding.where().equals(
                    served.url(page(NOTE_PAGE)) + " [" + display.label() + "]") && finding.message().contains("Its link")
                    && finding.message().contains("shows no visible change")), display + ": " + result.keyboard());
        }
    }

    @Test
    void readsWhatOnlyWideScreensShowOnThePagesThatHaveIt() {
        assertFalse(found(page(WIDE_PAGE), AccessibilityGate.EVERY_PAGE, "image-alt"), "hidden on a phone: " + result);
        assertTrue(found(page(WIDE_PAGE), Display.LAPTOP_LIGHT, "image-alt"), result::toString);
        assertEquals(2, result.rechecks(), "the one page, at 1280 px in both schemes: " + result);
    }

    @Test
    void findsNothingElse() {
        Predicate<Finding> expected = finding -> finding.where().startsWith(served.url(page(DEFECT_PAGE)) + " ")
                || finding.where().startsWith(served.url(page(NOTE_PAGE)) + " ")
                || finding.where().startsWith(served.url(page(WIDE_PAGE)) + " ");
        assertEquals(List.of(), result.axe().stream().filter(expected.negate()).toList());
        assertEquals(Display.ALL.size(), result.keyboard().size(), result.keyboard()::toString);
        assertEquals(PAGES, result.pages());
    }

    private static boolean found(String page, Display display, String rule) {
        return result.axe().stream().anyMatch(finding -> finding.where().equals(served.url(page) + " [" + display.label() + "]")
                && finding.message().startsWith(rule));
    }

    private static String page(int n) {
        return String.format("page-%04d.html", n);
    }
}
