package org.explainer.pipeline;

import org.explainer.base.BuildFailure;
import org.explainer.testing.TestProject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What reaches the output folder, and what never does. */
class PublishingTest {

    @TempDir
    Path dir;

    @Test
    void draftsNeverReachTheOutputUnderAnyName() throws IOException {
        TestProject project = TestProject.create(dir)
                .write("content/explainers/secret.md", "title=Secret plans\ntype=explainer\nsummary=Not yet.\n"
                        + "date=2025-08-01\nreviewed=2025-08-01\nstatus=draft\n~~~~~~\nUnpublished words.\n");
        project.build();
        try (Stream<Path> files = Files.walk(project.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(file.getFileName().toString().contains("secret"), file::toString);
                assertFalse(Files.readString(file).contains("Unpublished words"), file::toString);
                assertFalse(Files.readString(file).contains("Secret plans"), file::toString);
            }
        }
    }

    @Test
    void hostileTitleIsEscapedEverywhere() {
        String hostile = "Tom & Jerry <script>alert(1)</script>";
        TestProject project = TestProject.create(dir).page("explainers/hostile.md", "explainer", hostile, "", "Body.");
        project.build();
        String page = project.read("explainers/hostile.html");
        assertFalse(page.contains("<script>alert(1)</script>"), page);
        assertTrue(page.contains("Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertFalse(project.read("explainers/index.html").contains("<script>alert(1)"));
        assertFalse(project.read("feed.xml").contains("<script>alert(1)"));
    }

    @Test
    void staleFilesDoNotSurviveARebuild() throws IOException {
        TestProject project = TestProject.create(dir).page("explainers/old.md", "explainer", "Old", "", "Body.");
        project.build();
        assertTrue(Files.exists(project.output().resolve("explainers/old.html")));
        Files.delete(dir.resolve("content/explainers/old.md"));
        project.build();
        assertFalse(Files.exists(project.output().resolve("explainers/old.html")));
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputWholeAndNoStagingBehind() throws IOException {
        TestProject project = TestProject.create(dir).page("explainers/one.md", "explainer", "One", "", "Body.");
        project.build();
        String before = project.read("explainers/one.html");
        project.write("templates/explainer.ftl", "<#ftl output_format=\"HTML\">\n${nonexistent.value}\n");
        assertThrows(BuildFailure.class, project::build);
        assertEquals(before, project.read("explainers/one.html"));
        try (Stream<Path> siblings = Files.list(project.output().getParent())) {
            assertEquals(1, siblings.count(), "only the published site remains in target/");
        }
    }

    /** The accessibility gate tells page shapes apart by the template each page's body names. */
    @Test
    void everyPageNamesItsTemplateOnItsBody() {
        TestProject project = TestProject.create(dir)
                .page("explainers/one.md", "explainer", "One", "", "Body.")
                .term("tartus", "Tartus", "");
        project.build();
        Map<String, String> expected = Map.of("index.html", "home", "explainers/index.html", "section",
                "glossary/index.html", "glossary", "search.html", "search", "404.html", "not-found", "about.html", "page",
                "background/timeline.html", "background", "explainers/one.html", "explainer", "glossary/tartus.html", "term");
        expected.forEach((page, template) -> assertEquals(template,
                Jsoup.parse(project.read(page)).body().attr("data-template"), page));
    }
}
