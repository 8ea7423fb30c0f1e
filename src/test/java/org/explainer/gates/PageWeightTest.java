package org.explainer.gates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageWeightTest {

    @TempDir
    Path site;

    @Test
    void anOversizedPageIsOverBudget() throws IOException {
        // Random letters hardly compress: 60,000 of them stay over the 30 KB budget, all of it before the main text.
        StringBuilder text = new StringBuilder();
        Random random = new Random(1);
        for (int i = 0; i < 60_000; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        Files.writeString(site.resolve("style.css"), "body { color: black; }");
        Path page = site.resolve("big.html");
        Files.writeString(page, "<!DOCTYPE html><link rel=stylesheet href=style.css><p>" + text + "</p>");
        PageWeight weight = PageWeight.of(site, page);
        assertEquals(2, weight.overBudget().size(), weight.overBudget().toString());
        assertTrue(weight.overBudget().get(0).startsWith("big.html: "));
    }

    @Test
    void aSmallPageIsWithinBudget() throws IOException {
        Path page = site.resolve("small.html");
        Files.writeString(page, "<!DOCTYPE html><title>t</title><p>Short.</p>");
        assertEquals(0, PageWeight.of(site, page).overBudget().size());
    }
}
