package org.explainer.site;

import org.explainer.base.Problem;
import org.explainer.testing.InMemorySite;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TermCoverageTest {

    private static List<String> warnings(String body) {
        return new InMemorySite()
                .term("tartus", "Tartus", "Tartous", "A port.")
                .page("explainers/page.md", "explainer", body)
                .assemble().warnings().stream().map(Problem::toString).toList();
    }

    @Test
    void warnsWhenTheFirstMentionIsNotALink() {
        assertEquals(List.of("content/explainers/page.md:12: first mention of 'Tartous' is not linked to the glossary; "
                + "write [Tartous](term:tartus)"), warnings("Intro.\n\nShips at Tartous, then [Tartus](term:tartus)."));
    }

    @Test
    void isQuietWhenTheFirstMentionIsLinked() {
        assertEquals(List.of(), warnings("Ships at [Tartus](term:) and later at Tartus again."));
    }

    @Test
    void ignoresHeadingsSourcesAndPartsOfWords() {
        assertEquals(List.of(), warnings("## Tartus\n\nThe Tartusian coast.[^1]\n\n[^1]: Tartus Times, \"A title\", 1 May 2025."));
    }

    @Test
    void aNameInsideAQuotationIsNotAMentionTheWordsAroundItAre() {
        assertEquals(List.of(), warnings("He said \"Tartus stays ours\", and «Tartous is ours», at [Tartus](term:tartus)."));
        assertEquals(List.of("content/explainers/page.md:10: first mention of 'Tartous' is not linked to the glossary; "
                + "write [Tartous](term:tartus)"), warnings("He said “Tartus stays ours” of Tartous."));
    }

    @Test
    void matchesTheLongestNameIgnoringCase() {
        List<String> warnings = new InMemorySite()
                .term("assad", "Assad", "the Assads", "A family.")
                .term("bashar-al-assad", "Bashar al-Assad", "al-Assad", "A president.")
                .page("explainers/page.md", "explainer", "BASHAR AL-ASSAD fled; al-Assad, not Assad's family.")
                .assemble().warnings().stream().map(Problem::toString).toList();
        assertEquals(List.of(
                "content/explainers/page.md:10: first mention of 'BASHAR AL-ASSAD' is not linked to the glossary; "
                        + "write [BASHAR AL-ASSAD](term:bashar-al-assad)",
                "content/explainers/page.md:10: first mention of 'Assad' is not linked to the glossary; write [Assad](term:assad)"),
                warnings);
    }
}
