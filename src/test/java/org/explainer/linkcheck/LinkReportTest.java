package org.explainer.linkcheck;

import org.explainer.gates.JsonText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report names each problem with the files and lines citing it, a gone source without a copy first. */
class LinkReportTest {

    @Test
    void listsEachProblemWithItsCitationsMostUrgentFirst(@TempDir Path folder) throws IOException {
        CitedAddress moved = new CitedAddress("https://old.example/a", "", List.of(new Citation("content/a.md", 4)));
        CitedAddress goneWithCopy = new CitedAddress("https://gone.example/b", "https://web.archive.org/web/2020/https://gone.example/b",
                List.of(new Citation("content/b.md", 7)));
        CitedAddress goneWithoutCopy = new CitedAddress("https://gone.example/c", "",
                List.of(new Citation("content/c.md", 12), new Citation("data/timeline.yml", 40)));
        CitedAddress alive = new CitedAddress("https://alive.example/", "", List.of(new Citation("content/d.md", 1)));
        LinkReport report = new LinkReport(List.of(
                new LinkResult(moved, LinkStatus.REDIRECTED, 200, "https://new.example/a", "now at https://new.example/a"),
                new LinkResult(goneWithCopy, LinkStatus.GONE, 404, "", "404"),
                new LinkResult(alive, LinkStatus.ALIVE, 200, "", "200"),
                new LinkResult(goneWithoutCopy, LinkStatus.GONE, 410, "", "410")));

        report.write(folder);

        String markdown = Files.readString(folder.resolve(LinkReport.MARKDOWN));
        int urgent = markdown.indexOf("## Gone, with no archived copy (most urgent) (1)");
        int withCopy = markdown.indexOf("## Gone, archived copy given (1)");
        int redirected = markdown.indexOf("## Redirected (1)");
        assertTrue(urgent > 0 && urgent < withCopy && withCopy < redirected, markdown);
        assertTrue(markdown.contains("- <https://gone.example/c>: 410\n  - cited at content/c.md:12, data/timeline.yml:40\n"), markdown);
        assertTrue(markdown.contains("  - archived copy: <https://web.archive.org/web/2020/https://gone.example/b>\n  - cited at content/b.md:7\n"), markdown);
        assertTrue(markdown.contains("- <https://old.example/a>: now at https://new.example/a\n"), markdown);
        assertTrue(!markdown.contains("alive.example"), "an address that is there needs nothing done");

        Map<?, ?> json = (Map<?, ?>) JsonText.parse(Files.readString(folder.resolve(LinkReport.JSON)));
        assertEquals("4", json.get("checked"));
        assertEquals("1", json.get("goneWithoutArchivedCopy"));
        Map<?, ?> first = (Map<?, ?>) ((List<?>) json.get("addresses")).get(0);
        assertEquals("https://gone.example/c", first.get("url"));
        assertEquals("gone", first.get("status"));
        assertEquals(Map.of("file", "data/timeline.yml", "line", "40"), ((List<?>) first.get("citedAt")).get(1));
    }
}
