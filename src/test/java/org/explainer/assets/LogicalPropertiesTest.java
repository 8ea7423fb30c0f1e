package org.explainer.assets;

import org.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every stylesheet in assets/ lays the page out by the start and end of the text, so that a page in a
 * right-to-left language mirrors by its {@code dir} alone, with no stylesheet of overrides: nothing in
 * them is tied to left or right ({@link PhysicalDirections} says what counts). A finding names the file
 * and line.
 */
class LogicalPropertiesTest {

    private static final Path ASSETS = TestProject.REAL.resolve("assets");

    @Test
    void noStylesheetInAssetsNamesLeftOrRight() throws IOException {
        List<Path> stylesheets;
        try (Stream<Path> files = Files.walk(ASSETS)) {
            stylesheets = files.filter(file -> file.toString().endsWith(".css")).sorted().toList();
        }
        assertFalse(stylesheets.isEmpty(), "no stylesheet in " + ASSETS);
        List<String> findings = new ArrayList<>();
        for (Path stylesheet : stylesheets) {
            String shown = TestProject.REAL.relativize(stylesheet).toString().replace('\\', '/');
            findings.addAll(PhysicalDirections.find(Files.readString(stylesheet, StandardCharsets.UTF_8), shown));
        }
        assertTrue(findings.isEmpty(), "physical directions in the stylesheets:\n" + String.join("\n", findings));
    }

    @Test
    void eachKindOfPhysicalDirectionIsFoundWithItsLine() {
        String css = """
                /* margin-left in a comment is not a declaration */
                @layer components {
                  .a { margin-left: 1rem; padding-inline-start: 1rem; }
                  .b {
                    text-align: left;
                    float: right;
                  }
                  @media (min-width: 40rem) { .c { left: 0; inset-inline-start: 0; } }
                  .d { transform: translateX(-50%); }
                  .e { margin: 0 1rem 0 0; padding: 0 1rem; }
                  .f { border-radius: 4px 0 0 4px; }
                  .g::after { content: "\\25B8"; }
                  .g:dir(rtl)::after { content: "\\25C2"; }
                  .h::after { content: "›"; }
                  .i { background-position: right 1rem top; direction: rtl; }
                  .j::before { content: "left"; transform: translate(0, -50%); }
                }
                """;
        List<String> findings = PhysicalDirections.find(css, "site.css");
        List<String> lines = findings.stream().map(finding -> finding.substring(0, finding.indexOf(": "))).toList();
        assertEquals(List.of("site.css:3", "site.css:5", "site.css:6", "site.css:8", "site.css:9", "site.css:10",
                "site.css:11", "site.css:12", "site.css:14", "site.css:15", "site.css:15"), lines, String.join("\n", findings));
        assertTrue(findings.get(0).contains("margin-left: 1rem — a property of a physical side"), findings.get(0));
        assertTrue(findings.get(7).contains("the glyph ▸ points one way"), findings.get(7));
        assertTrue(findings.get(8).contains("the glyph › points one way"), findings.get(8));
    }
}
