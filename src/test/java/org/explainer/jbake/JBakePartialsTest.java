package org.explainer.jbake;

import org.explainer.base.BuildFailure;
import org.explainer.markdown.context.Partials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JBakePartialsTest {

    @TempDir
    Path project;

    private Partials partials(String template) throws IOException {
        Files.writeString(project.resolve("jbake.properties"), "template.folder=templates\n");
        Files.createDirectories(project.resolve("templates/partials"));
        Files.writeString(project.resolve("templates/partials/card.ftl"), template);
        return new JBakeRenderer(project).partials();
    }

    /** Public, as every type a template reads must be. */
    public record Item(String name) {
    }

    @Test
    void rendersRecordsAndListsEscapedAsHtml() throws IOException {
        String html = partials("<#ftl output_format=\"HTML\" strip_whitespace=true>\n<ul>\n<#list items as item>\n"
                + "<li>${item.name()}</li>\n</#list>\n</ul>\n")
                .render("partials/card.ftl", Map.of("items", List.of(new Item("Tartus & Latakia"), new Item("<b>"))));
        assertEquals("<ul>\n<li>Tartus &amp; Latakia</li>\n<li>&lt;b&gt;</li>\n</ul>\n", html);
    }

    @Test
    void anErrorNamesTheTemplateFileAndLine() throws IOException {
        Partials partials = partials("<#ftl output_format=\"HTML\">\n<p>\n${missing.name}\n</p>\n");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> partials.render("partials/card.ftl", Map.of()));
        assertEquals("templates/partials/card.ftl", failure.problems().get(0).file());
        assertEquals(3, failure.problems().get(0).line());
        assertTrue(failure.getMessage().contains("null or missing: missing"), failure.getMessage());
    }

    @Test
    void aSyntaxErrorNamesTheTemplateFileAndLine() throws IOException {
        Partials partials = partials("<#ftl output_format=\"HTML\">\n\n<#if>\n");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> partials.render("partials/card.ftl", Map.of()));
        assertEquals("templates/partials/card.ftl", failure.problems().get(0).file());
        assertEquals(3, failure.problems().get(0).line());
    }
}
