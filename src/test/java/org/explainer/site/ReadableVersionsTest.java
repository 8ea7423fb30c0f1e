package org.explainer.site;

import org.explainer.base.ProblemCollector;
import org.explainer.content.HeaderParser;
import org.explainer.content.SourceLocation;
import org.explainer.markdown.Markdown;
import org.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A version of a content file read as the comparison of a change shows it: the words a reader reads, block by block. */
class ReadableVersionsTest {

    /** A source note as the English pages' comparisons show it. */
    private static final UnaryOperator<String> SOURCE_NOTE = note -> "Source: " + note;

    private static final Markdown MARKDOWN = new Markdown();
    private static final String SEPARATOR = "~~~~~~";
    private static final String HEADER = "title=Ferry fares\ntype=explainer\nsummary=What the ferry costs.\nstatus=published\n~~~~~~\n\n";

    private static List<String> read(String body) {
        return new ReadableVersions(MARKDOWN, "~~~~~~", "", MARKDOWN.parse(""), SOURCE_NOTE, data -> Optional.empty()).blocks("content/explainers/fares.md", HEADER + body);
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
        ReadableVersions versions = new ReadableVersions(MARKDOWN, "~~~~~~", "\n" + body, MARKDOWN.parse("As built.\n"), SOURCE_NOTE, data -> Optional.empty());
        assertEquals("As built.", versions.blocks("content/explainers/fares.md", HEADER + body).get(2));
        assertEquals("Another text.", versions.blocks("content/explainers/fares.md", HEADER + "Another text.\n").get(2));
    }

    @Test
    void dataFilesReadAsTheirParagraphs() {
        assertEquals(List.of("- date: \"1971\"\n  title: Tartus", "- date: \"1980\"\n  title: Treaty"),
                new ReadableVersions(MARKDOWN, "~~~~~~", "", MARKDOWN.parse(""), SOURCE_NOTE, data -> Optional.empty())
                        .blocks("data/timeline.yml", "- date: \"1971\"\n  title: Tartus\n\n- date: \"1980\"\n  title: Treaty\n"));
    }

    /** A version's blocks read by stretches, each parsed alone, against the same version parsed whole. */
    private static void assertSameByStretches(String path, String text) {
        String body = new HeaderParser(SEPARATOR).parse(new SourceLocation(Path.of(path), path, path), text, new ProblemCollector())
                .orElseThrow().body();
        List<String> whole = new ReadableVersions(MARKDOWN, SEPARATOR, body, MARKDOWN.parse(body), SOURCE_NOTE, data -> Optional.empty()).blocks(path, text);
        List<String> byStretches = new ReadableVersions(MARKDOWN, SEPARATOR, "", MARKDOWN.parse(""), SOURCE_NOTE, data -> Optional.empty()).blocks(path, text);
        assertEquals(whole, byStretches, path);
    }

    @Test
    void blocksThatSpanBlankLinesReadAsWhenTheBodyIsParsedWhole() {
        assertSameByStretches("content/explainers/fares.md", HEADER + "Intro.[^a][^b] See [the port][port].\n\n"
                + "- First item.\n\n  Its second paragraph.\n\n- Second item.\n\n```\ncode\n\nmore code\n```\n\n"
                + "> Quoted.\n\n    indented code\n\n[^a]: Note a.\n\n    Its second paragraph.\n\n[^b]: Note b.\n\n"
                + "[port]: https://example.org/port\n");
    }

    @Test
    void everyPageOfTheSiteReadsByStretchesAsWhenParsedWhole() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TestProject.REAL.resolve("content"))) {
            files = walk.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() > 20, files.toString());
        for (Path file : files) {
            assertSameByStretches(TestProject.REAL.relativize(file).toString().replace('\\', '/'), Files.readString(file));
        }
    }
}
