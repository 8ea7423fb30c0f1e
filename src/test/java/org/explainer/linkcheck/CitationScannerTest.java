package org.explainer.linkcheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every address the sources cite, found where writers put them, each with its file and line. */
class CitationScannerTest {

    @Test
    void findsEveryCitedAddressWithItsFileAndLine(@TempDir Path project) throws IOException {
        write(project.resolve("content/explainers/deal.md"), """
                title=The deal
                ~~~~~~
                Signed in 2017.[^ap] See [the treaty](https://treaties.example/text_(1980)) and [the map][m].
                
                ```markdown
                [^x]: Not a source, an example. <https://example.invalid/shown-in-code>
                ```
                
                [m]: https://maps.example/syria
                [^ap]: AP, "Deal", 20 January 2017. <https://apnews.example/deal> Archived: <https://web.archive.org/web/2017/https://apnews.example/deal>
                [^tass]: TASS, "Deal", 21 January 2017. <https://tass.example/deal>
                """);
        write(project.resolve("content/glossary/tartus.md"), """
                title=Tartus
                ~~~~~~
                A port.[^tass]
                
                [^tass]: TASS, "Deal", 21 January 2017. <https://tass.example/deal>
                """);
        write(project.resolve("data/timeline.yml"), """
                - date: "2017-01-20"
                  source:
                    publisher: AP
                    url: "https://apnews.example/timeline"
                    archived: https://web.archive.org/web/2017/https://apnews.example/timeline
                """);

        Map<String, CitedAddress> found = CitationScanner.scan(project, project.resolve("content"), project.resolve("data")).stream()
                .collect(Collectors.toMap(CitedAddress::url, Function.identity()));

        assertEquals(List.of(new Citation("content/explainers/deal.md", 3)), found.get("https://treaties.example/text_(1980)").citations());
        assertEquals(List.of(new Citation("content/explainers/deal.md", 9)), found.get("https://maps.example/syria").citations());
        assertEquals("https://web.archive.org/web/2017/https://apnews.example/deal", found.get("https://apnews.example/deal").archived());
        assertEquals(List.of(new Citation("content/explainers/deal.md", 10)), found.get("https://apnews.example/deal").citations());
        assertEquals(List.of(new Citation("content/explainers/deal.md", 11), new Citation("content/glossary/tartus.md", 5)),
                found.get("https://tass.example/deal").citations());
        assertFalse(found.get("https://tass.example/deal").hasArchivedCopy());
        assertEquals(List.of(new Citation("data/timeline.yml", 4)), found.get("https://apnews.example/timeline").citations());
        assertEquals("https://web.archive.org/web/2017/https://apnews.example/timeline", found.get("https://apnews.example/timeline").archived());
        assertFalse(found.containsKey("https://example.invalid/shown-in-code"), "an example in a code block cites nothing");
        assertEquals(7, found.size(), () -> "found " + found.keySet());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
