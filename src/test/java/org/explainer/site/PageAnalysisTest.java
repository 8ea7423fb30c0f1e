package org.explainer.site;

import org.explainer.testing.InMemorySite;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageAnalysisTest {

    private static Page page(String body) {
        return new InMemorySite().page("explainers/page.md", "explainer", body).assemble()
                .page("explainers/page.html");
    }

    @Test
    void headingTextKeepsTheTypographicPunctuationThePageShows() {
        Page page = page("## What we don't know\n\n## \"Quoted\" -- and so on...\n\nText.\n");
        assertEquals(List.of("What we don’t know", "“Quoted” – and so on…"),
                page.analysis().headings().stream().map(Heading::getText).toList());
    }

    @Test
    void plainTextKeepsApostrophes() {
        String text = page("Russia's only base.\n").analysis().plainText();
        assertTrue(text.contains("Russia’s only base."), text);
    }
}
