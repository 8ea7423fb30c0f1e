package org.explainer.site;

import org.explainer.markdown.Markdown;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A version of a content file read as the comparison of a change shows it: the words a reader reads, block by block. */
class ReadableVersionsTest {

    private static final Markdown MARKDOWN = new Markdown();
    private static final String HEADER = "title=Ferry fares\ntype=explainer\nsummary=What the ferry costs.\nstatus=published\n~~~~~~\n\n";

    private static List<String> read(String body) {
        return new ReadableVersions(MARKDOWN, "~~~~~~", "", MARKDOWN.parse("")).blocks("content/explainers/fares.md", HEADER + body);
    }

    @Test
    void theHeaderReadsAsTheTitleAndSummaryReadersSeeAndTheMarkupIsLeftOut() {
        assertEquals(List.of("Ferry fares", "What the ferry costs.", "Fares", "The ferry costs twelve pounds.",
                        "Source: Fare table, 2025."),
                read("## Fares\n\nThe **[ferry](term:ferry)** costs *twelve* pounds.[^fare]\n\n"
                        + "[^fare]: [Fare table](https://example.org/fares), 2025.\n"));
    }

    @Test
    void listItemsTableRowsAndDirectivesAreBlocksOfTheirOwn() {
        assertEquals(List.of("Ferry fares", "What the ferry costs.", "Adults pay more.", "Children pay less.",
                        "Under five travel free.", "Route · Fare", "Dover · £12", "Map: bases", "Timeline: tag bases"),
                read("- Adults pay more.\n- Children pay less.\n  - Under five travel free.\n\n"
                        + "| Route | Fare |\n| --- | --- |\n| Dover | £12 |\n\n{{map bases}}\n\n{{timeline tag=bases}}\n"));
    }

    @Test
    void aBareAddressReadsAsTheAddressThePageShows() {
        assertEquals("Source: Port of Dover, https://example.org/port.", read("Text.[^port]\n\n[^port]: Port of Dover, <https://example.org/port>.\n").get(3));
    }

    @Test
    void theVersionThePageWasBuiltFromIsNotParsedAgain() {
        String body = "The ferry costs twelve pounds.\n";
        // The body as the build splits it from the header, blank line included; and a stand-in for the
        // page's own parse of it: were the version parsed again, its own words would show.
        ReadableVersions versions = new ReadableVersions(MARKDOWN, "~~~~~~", "\n" + body, MARKDOWN.parse("As built.\n"));
        assertEquals("As built.", versions.blocks("content/explainers/fares.md", HEADER + body).get(2));
        assertEquals("Another text.", versions.blocks("content/explainers/fares.md", HEADER + "Another text.\n").get(2));
    }

    @Test
    void dataFilesReadAsTheirParagraphs() {
        assertEquals(List.of("- date: \"1971\"\n  title: Tartus", "- date: \"1980\"\n  title: Treaty"),
                new ReadableVersions(MARKDOWN, "~~~~~~", "", MARKDOWN.parse(""))
                        .blocks("data/timeline.yml", "- date: \"1971\"\n  title: Tartus\n\n- date: \"1980\"\n  title: Treaty\n"));
    }
}
