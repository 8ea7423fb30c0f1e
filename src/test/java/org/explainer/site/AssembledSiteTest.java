package org.explainer.site;

import org.explainer.testing.InMemorySite;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Templates read the assembled site on many threads at once, so nothing in it may change after assembly. */
class AssembledSiteTest {

    @Test
    void neitherTheSiteNorItsPagesCanBeChanged() {
        Site site = new InMemorySite()
                .term("tartus", "Tartus", "Tartous", "A port.")
                .page("explainers/one.md", "explainer", "Ships at [Tartus](term:).")
                .page("explainers/two.md", "explainer", "More ships at [Tartus](term:).")
                .assemble();
        Page one = site.page("explainers/one.html");
        Page entry = site.page("glossary/tartus.html");
        assertEquals(2, entry.getMentionedIn().size());
        assertEquals(1, one.getRelated().size());
        assertThrows(UnsupportedOperationException.class, () -> site.getPages().clear());
        assertThrows(UnsupportedOperationException.class, () -> site.warnings().clear());
        assertThrows(UnsupportedOperationException.class, () -> one.getTermsUsed().clear());
        assertThrows(UnsupportedOperationException.class, () -> one.getRelated().clear());
        assertThrows(UnsupportedOperationException.class, () -> entry.getMentionedIn().clear());
    }
}
