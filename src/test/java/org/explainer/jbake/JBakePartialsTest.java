package org.explainer.jbake;

import org.explainer.base.BuildFailure;
import org.explainer.base.ProblemCollector;
import org.explainer.base.ProjectConfig;
import org.explainer.testing.TestProject;
import org.explainer.text.InterfaceTexts;
import org.explainer.markdown.context.Partials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        Files.writeString(project.resolve("jbake.properties"), TestProject.BARE_SETTINGS
                + "template.folder=templates\nlanguage.en=English | ltr | en-GB\n");
        Files.createDirectories(project.resolve("templates/partials"));
        Files.createDirectories(project.resolve("templates/text"));
        Files.writeString(project.resolve("templates/partials/card.ftl"), template);
        Files.writeString(project.resolve("templates/text/en.properties"), "linked=Tom & Jerry: see {link}, {count, plural, "
                + "one {# page} other {# pages}}.\n", StandardCharsets.UTF_8);
        ProblemCollector problems = new ProblemCollector();
        InterfaceTexts texts = InterfaceTexts.load(ProjectConfig.load(project, ""), problems);
        problems.throwIfAny();
        return new JBakeRenderer(project).partials(texts.getDefault());
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
    void aMessageKeepsItsMarkupValuesAndEscapesTheRest() throws IOException {
        String html = partials("<#ftl output_format=\"HTML\" strip_whitespace=true>\n"
                + "<p><#assign link><a href=\"x.html\">${name}</a></#assign>${text(\"linked\", {\"link\": link, \"count\": 2})}</p>\n"
                + "<p title=\"${text(\"linked\", {\"link\": name, \"count\": 1})}\"></p>\n")
                .render("partials/card.ftl", Map.of("name", "<i>"));
        assertEquals("<p>Tom &amp; Jerry: see <a href=\"x.html\">&lt;i&gt;</a>, 2 pages.</p>\n"
                + "<p title=\"Tom &amp; Jerry: see &lt;i&gt;, 1 page.\"></p>\n", html);
    }

    @Test
    void aMissingMessageNamesTheKeyTheLanguageAndTheTemplateLine() throws IOException {
        Partials partials = partials("<#ftl output_format=\"HTML\">\n<p>\n${text(\"nowhere\")}\n</p>\n");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> partials.render("partials/card.ftl", Map.of()));
        assertEquals("templates/partials/card.ftl", failure.problems().get(0).file());
        assertEquals(3, failure.problems().get(0).line());
        assertTrue(failure.getMessage().contains("the interface text of the language 'en' has no nowhere (templates/text/en.properties)"),
                failure.getMessage());
    }

    @Test
    void aMessageWithoutTheValueItNeedsFailsNamingIt() throws IOException {
        Partials partials = partials("<#ftl output_format=\"HTML\">\n${text(\"linked\", {\"link\": \"x\"})}\n");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> partials.render("partials/card.ftl", Map.of()));
        assertEquals(2, failure.problems().get(0).line());
        assertTrue(failure.getMessage().contains("the text linked needs a value for [count]"), failure.getMessage());
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
