package org.explainer.pipeline;

import org.explainer.base.ProjectConfig;
import org.explainer.base.BuildFailure;
import org.explainer.testing.MultilingualProject;
import org.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview keeps one {@link SiteBuild} for all its rebuilds and reuses what did not change (parsed
 * pages, rendered pages, maps, parsed output). After any edit its output must be exactly what a fresh
 * build of the same files writes.
 */
class IncrementalRebuildTest {

    private static final String SITE_URL = "http://127.0.0.1:8820/";

    @TempDir
    Path dir;

    @Test
    void everyRebuildEqualsAFreshBuild() throws IOException {
        TestProject project = TestProject.create(dir.resolve("project"))
                .term("tartus", "Tartus", "aliases=Tartous\n")
                .term("khmeimim", "Khmeimim", "")
                .page("explainers/bases.md", "explainer", "The bases", "",
                        "The port of [Tartus](term:).[^1]\n\n## Air base\n\nSee [the talks](talks.md#outcome).\n\n"
                                + "[^1]: Agency, \"A title\", 1 May 2025, https://example.org/a.")
                .page("explainers/talks.md", "explainer", "The talks", "",
                        "## Outcome\n\nAbout [Khmeimim](term:).\n\n{{timeline}}\n")
                .write("data/timeline.yml", timeline("Talks in Moscow"));
        SiteBuild kept = new SiteBuild(ProjectConfig.load(project.dir(), SITE_URL));
        kept.build(project.output());

        editAndCompare(project, kept, "a body edit", () -> project.page("explainers/bases.md", "explainer", "The bases", "",
                "The port of [Tartus](term:), changed.[^1]\n\n## Air base\n\nSee [the talks](talks.md#outcome).\n\n"
                        + "[^1]: Agency, \"Another title\", 2 May 2025, https://example.org/b."));
        editAndCompare(project, kept, "a title other pages show", () -> project.page("explainers/talks.md", "explainer",
                "The Moscow talks", "", "## Outcome\n\nAbout [Khmeimim](term:).\n\n{{timeline}}\n"));
        editAndCompare(project, kept, "a new glossary entry", () -> project.term("latakia", "Latakia", ""));
        editAndCompare(project, kept, "the timeline data", () -> project.write("data/timeline.yml", timeline("Talks at the Kremlin")));
        editAndCompare(project, kept, "a template", () -> appendTo(project.dir().resolve("templates/explainer.ftl"), "\n<#-- edited -->\n"));
        editAndCompare(project, kept, "a stylesheet", () -> appendTo(project.dir().resolve("assets/css/site.css"), "\n/* edited */\n"));

        project.page("explainers/talks.md", "explainer", "The Moscow talks", "", "## Result\n\nNo outcome heading.\n");
        assertThrows(BuildFailure.class, () -> kept.build(project.output()), "a link to a removed heading fails");
        editAndCompare(project, kept, "the failure fixed", () -> project.page("explainers/talks.md", "explainer",
                "The Moscow talks", "", "## Outcome\n\nFixed.\n"));

        // The unchanged page's link is resolved again once the page it points to exists.
        project.page("explainers/talks.md", "explainer", "The Moscow talks", "", "## Outcome\n\nSee [the next page](next.md).\n");
        assertThrows(BuildFailure.class, () -> kept.build(project.output()), "a link to a missing page fails");
        editAndCompare(project, kept, "the missing page added", () -> project.page("explainers/next.md", "explainer",
                "Next", "", "Next.\n"));
    }

    @Test
    void anEditToAnOriginalGivesItsTranslationTheNoticeAFreshBuildWould() throws IOException {
        TestProject project = MultilingualProject.create(dir.resolve("project"));
        SiteBuild kept = new SiteBuild(ProjectConfig.load(project.dir(), SITE_URL));
        kept.build(project.output());
        assertFalse(project.read("ar/about.html").contains("translation-notice"));
        editAndCompare(project, kept, "an original's body", () -> project.page("about.md", "page", "About", "",
                "## How we work\n\nCarefully, on [Khmeimim](term:khmeimim) and [Tartus](term:tartus), always.\n"));
        assertTrue(project.read("ar/about.html").contains("translation-notice"), "the translation says its original changed");
    }

    @Test
    void anExtractFollowsTheFullTimelineToAnotherPage() throws IOException {
        TestProject project = TestProject.create(dir.resolve("project"))
                .term("khmeimim", "Khmeimim", "")
                .page("explainers/bases.md", "explainer", "The bases", "", "Key dates.\n\n{{timeline tag=talks}}\n")
                .page("explainers/talks.md", "explainer", "The talks", "", "All dates.\n\n{{timeline}}\n")
                .page("explainers/history.md", "explainer", "The history", "", "Some history.\n")
                .write("data/timeline.yml", timeline("Talks in Moscow"));
        SiteBuild kept = new SiteBuild(ProjectConfig.load(project.dir(), SITE_URL));
        kept.build(project.output());
        assertTrue(project.read("explainers/bases.html").contains("href=\"talks.html\">The full timeline"));

        editAndCompare(project, kept, "the full timeline moved", () -> {
            project.page("explainers/talks.md", "explainer", "The talks", "", "No dates.\n");
            project.page("explainers/history.md", "explainer", "The history", "", "All dates.\n\n{{timeline}}\n");
        });
        assertTrue(project.read("explainers/bases.html").contains("href=\"history.html\">The full timeline"));
    }

    @Test
    void aFileSavedWhileABuildRunsIsRenderedAgainByTheNextOne() throws IOException {
        TestProject project = TestProject.create(dir.resolve("project"))
                .page("explainers/bases.md", "explainer", "The bases", "", "First text.");
        Runnable[] duringBake = {() -> { }};
        SiteBuild kept = new SiteBuild(ProjectConfig.load(project.dir(), SITE_URL), (step, nanos) -> {
            if (step.equals("assemble and check the site")) {
                duringBake[0].run();
            }
        });
        kept.build(project.output());

        // The build reads the second text; the writer saves a third before JBake crawls the file.
        project.page("explainers/bases.md", "explainer", "The bases", "", "Second text.");
        duringBake[0] = () -> project.page("explainers/bases.md", "explainer", "The bases", "", "Third text.");
        kept.build(project.output());
        duringBake[0] = () -> { };
        assertTrue(project.read("explainers/bases.html").contains("Second text."));

        kept.build(project.output());
        assertTrue(project.read("explainers/bases.html").contains("Third text."), "the page was rendered from the saved file");
        editAndCompare(project, kept, "nothing", () -> { });
    }

    @Test
    void theWarmUpsPretendedEditLeavesTheOutputAndWhatTheNextBuildReuses() throws IOException {
        TestProject project = TestProject.create(dir.resolve("project"));
        SiteBuild kept = keptBuildOfTwoPages(project, "The port.\n\n## Air base\n\nThe base.\n");
        Object bases = project.outputIdentity("explainers/bases.html");
        Map<String, String> before = files(project.output());

        kept.buildAsIfEdited(project.output(), source -> source.contentPath().equals("explainers/bases.md"));
        assertEquals(before, files(project.output()), "nothing is published");
        assertEquals(bases, project.outputIdentity("explainers/bases.html"), "not even the same bytes again");
        kept.build(project.output());
        assertEquals(bases, project.outputIdentity("explainers/bases.html"), "the next build reuses the page");
        editAndCompare(project, kept, "an edit after the pretended one", () -> project.page("explainers/bases.md", "explainer",
                "The bases", "", "The port, edited.\n\n## Air base\n\nThe base.\n"));
    }

    @Test
    void theFixAfterAFailedBuildRendersTheFixedPageNotTheSite() throws IOException {
        TestProject project = TestProject.create(dir.resolve("project"));
        SiteBuild kept = keptBuildOfTwoPages(project, "The port.\n");
        Object talks = project.outputIdentity("explainers/talks.html");

        project.page("explainers/bases.md", "explainer", "The bases", "", "The port of [Tartus](term:tartus).\n");
        assertThrows(BuildFailure.class, () -> kept.build(project.output()), "an unknown term fails");
        editAndCompare(project, kept, "the fix", () -> project.page("explainers/bases.md", "explainer", "The bases", "", "The port, fixed.\n"));
        assertEquals(talks, project.outputIdentity("explainers/talks.html"), "the unchanged page is reused");

        // A template changed in a build that failed still counts as changed when the fix is built.
        appendTo(project.dir().resolve("templates/explainer.ftl"), "\n<!-- edited -->\n");
        project.page("explainers/bases.md", "explainer", "The bases", "", "The port of [Tartus](term:tartus).\n");
        assertThrows(BuildFailure.class, () -> kept.build(project.output()), "an unknown term fails");
        editAndCompare(project, kept, "a template edited while a page was broken, then the fix", () ->
                project.page("explainers/bases.md", "explainer", "The bases", "", "The port, fixed again.\n"));
        assertTrue(project.read("explainers/talks.html").contains("<!-- edited -->"), "the unchanged page has the new template");
    }

    /** Two explainers, the first with {@code basesBody}, and the preview's kept build of them, built once. */
    private SiteBuild keptBuildOfTwoPages(TestProject project, String basesBody) {
        project.page("explainers/bases.md", "explainer", "The bases", "", basesBody)
                .page("explainers/talks.md", "explainer", "The talks", "", "The talks.\n");
        SiteBuild kept = new SiteBuild(ProjectConfig.load(project.dir(), SITE_URL));
        kept.build(project.output());
        return kept;
    }

    private void editAndCompare(TestProject project, SiteBuild kept, String edit, Runnable change) throws IOException {
        change.run();
        kept.build(project.output());
        Path fresh = dir.resolve("fresh");
        new SiteBuild(ProjectConfig.load(project.dir(), SITE_URL)).build(fresh);
        Map<String, String> expected = files(fresh);
        assertTrue(expected.size() > 10, "the fresh build wrote the site");
        assertEquals(expected, files(project.output()), "after " + edit + ", the rebuild differs from a fresh build");
    }

    private static String timeline(String title) {
        return "- date: \"2025-07-31\"\n  title: " + title + "\n  description: Ministers met.\n  category: diplomacy\n"
                + "  terms: [khmeimim]\n  tags: [talks]\n  source:\n    publisher: Agency\n    title: \"Ministers meet\"\n"
                + "    date: \"2025-07-31\"\n    url: https://example.org/talks\n";
    }

    private static void appendTo(Path file, String text) {
        try {
            Files.writeString(file, Files.readString(file) + text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
