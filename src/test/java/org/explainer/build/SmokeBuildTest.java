package org.explainer.build;

import org.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

class SmokeBuildTest {

    @Test
    void bakesAMinimalSite(@TempDir Path dir) {
        TestProject project = TestProject.create(dir)
                .term("tartus", "Tartus", "aliases=Tartous\n")
                .page("explainers/one.md", "explainer", "One", "",
                        "## Key points\n\n- [Tartus](term:) is a port.\n\n## What we don't know\n\nMuch.[^a]\n\n[^a]: Pub, \"T\", 1 May 2025. <https://example.com/a>\n");
        project.build();
        System.out.println(project.read("explainers/one.html"));
        assertTrue(project.read("explainers/one.html").contains("term__popover"));
    }
}
