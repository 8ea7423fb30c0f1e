package org.explainer.translation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which parts of a page changed between two versions: header, introduction, sections by their ## heading. */
class ChangedSectionsTest {

    private static List<String> changed(String before, String after) {
        return ChangedSections.between(before, after, "~~~~~~").stream().map(ChangedSection::toString).toList();
    }

    private static String page(String title, String body) {
        return "title=" + title + "\nstatus=published\n~~~~~~\n\n" + body;
    }

    @Test
    void eachPartIsComparedOnItsOwn() {
        String before = page("A", "Intro.\n\n## One\n\nFirst.\n\n### Deeper\n\nStill one.\n\n## Two\n\nSecond.\n");
        assertEquals(List.of(), changed(before, before));
        assertEquals(List.of("the introduction"), changed(before, before.replace("Intro.", "Introduction.")));
        assertEquals(List.of("“One”"), changed(before, before.replace("Still one.", "Still the first.")));
        assertEquals(List.of("the header", "“Two”"), changed(before, page("B", "Intro.\n\n## One\n\nFirst.\n\n### Deeper\n\nStill one.\n\n## Two\n\nChanged.\n")));
    }

    @Test
    void aSectionAddedOrRemovedChangedToo() {
        String before = page("A", "## One\n\nFirst.\n\n## Two\n\nSecond.\n");
        assertEquals(List.of("“Three”"), changed(before, before + "\n## Three\n\nThird.\n"));
        assertEquals(List.of("“Two”"), changed(before, page("A", "## One\n\nFirst.\n")));
    }

    @Test
    void aHashHeadingInAFencedBlockIsNoSection() {
        String before = page("A", "## One\n\n```\n## not a heading\nx\n```\n");
        assertEquals(List.of("“One”"), changed(before, before.replace("x\n", "y\n")));
    }
}
