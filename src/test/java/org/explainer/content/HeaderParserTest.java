package org.explainer.content;

import org.explainer.base.ProblemCollector;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeaderParserTest {

    private static final SourceLocation LOCATION = new SourceLocation(Path.of("content/about.md"), "content/about.md", "about.md");

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstFieldButStaysInTheFileAsRead() {
        String text = "\uFEFFtitle=About\ntype=page\n~~~~~~\nThe body.\n";
        ProblemCollector problems = new ProblemCollector();
        SourceFile source = new HeaderParser("~~~~~~").parse(LOCATION, text, problems).orElseThrow();
        assertTrue(problems.isEmpty());
        assertEquals("About", source.value("title"));
        assertEquals("The body.\n", source.body());
        assertEquals(text, source.text(), "compared with the last commit as the file is");
    }

    @Test
    void aBlankLineAddedChangesTheBodyAndTheFileAlike() {
        SourceFile source = new HeaderParser("~~~~~~").parse(LOCATION, "title=About\n~~~~~~\nThe body.\n", new ProblemCollector())
                .orElseThrow().withBlankLineAdded();
        assertEquals("The body.\n\n", source.body());
        assertEquals("title=About\n~~~~~~\nThe body.\n\n", source.text());
        assertEquals(3, source.bodyFirstLine());
    }
}
