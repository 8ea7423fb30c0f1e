package org.explainer.pipeline;

import org.explainer.base.BuildFailure;
import org.explainer.base.ProjectConfig;
import org.explainer.site.Site;
import org.explainer.testing.MultilingualProject;
import org.explainer.testing.TestProject;
import org.explainer.translation.BlobIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A translation is checked against its original part by part: the same footnotes, terms and numbers in the
 * header, the introduction, each section and each note. A loss fails the build with file and line; a
 * difference the translator declares in the header passes, and a declared difference that is not there fails.
 */
class NothingLostTest {

    private static final String ORIGINAL = """
            Russia kept [Khmeimim](term:khmeimim) after 2024.[^ap]

            ## The lease

            The 2017 lease runs for 49 years and covers 1,000 troops, 2.5% of the port.[^ap][^tass]
            The minister met [the port's](term:tartus) managers on 31 July 2025.

            ## What we don't know

            Nothing is known of the 2019 contract.

            [^ap]: Associated Press, "Syria lets Russia expand its naval facility", 20 January 2017. <https://example.org/ap>
            [^tass]: TASS, "Lease signed", 18 January 2017. <https://example.org/tass>
            """;

    @TempDir
    Path dir;

    private int projects;

    /** A new project, in its own folder, so one test can build several. */
    private TestProject project(String russianBody, String extraHeader) {
        TestProject project = MultilingualProject.create(dir.resolve("site-" + ++projects));
        project.page("explainers/lease.md", "explainer", "The lease of 2017", "", ORIGINAL);
        project.page("ru/explainers/lease.md", "explainer", "Аренда 2017 года", extraHeader, russianBody);
        return project;
    }

    private static final String FAITHFUL = """
            Россия сохранила [Хмеймим](term:khmeimim) после 2024 года.[^ap]

            ## Аренда

            Договор 2017 года заключён на 49 лет и охватывает 1\u00a0000 военных, 2,5 % порта.[^tass][^ap]
            31 июля 2025 года министр встретился с руководством [порта](term:Tartus).

            ## Чего мы не знаем

            О контракте ٢٠١٩ года ничего не известно.

            [^ap]: Associated Press, "Syria lets Russia expand its naval facility", 20 января 2017 года. <https://example.org/ap>
            [^tass]: ТАСС, «Договор подписан», 18 января 2017 года. <https://example.org/tass>
            """;

    private static String failure(TestProject project) {
        return assertThrows(BuildFailure.class, project::build).getMessage();
    }

    private static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "expected \"" + part + "\" in:\n" + text);
        }
    }

    @Test
    void aFaithfulTranslationPassesWhateverItsNumberFormatsAndHowItNamesTerms() {
        Site site = project(FAITHFUL, "").build();
        assertTrue(site.page("ru/explainers/lease.html") != null);
    }

    @Test
    void aDroppedSentenceWithANumberAndASourceFailsNamingFileLineAndSection() {
        String dropped = FAITHFUL.replace("\n31 июля 2025 года министр встретился с руководством [порта](term:Tartus).", "")
                .replace("[^tass][^ap]", "[^ap]");
        assertContains(failure(project(dropped, "")),
                "content/ru/explainers/lease.md:12: compared with the section “The lease” of content/explainers/lease.md:12,"
                        + " this part lacks [^tass], term:tartus, 2025, 31",
                "differences=\"The lease\" drops [^tass] (why)");
    }

    @Test
    void anAddedNumberOrASectionLessFails() {
        assertContains(failure(project(FAITHFUL.replace("после 2024 года", "после 2024 года, с 2015 года"), "")),
                "content/ru/explainers/lease.md:10: compared with the introduction of content/explainers/lease.md:10, this part adds 2015");
        String oneSection = FAITHFUL.replace("## Чего мы не знаем\n\n", "");
        assertContains(failure(project(oneSection, "")), "this translation has 1 sections under ## headings and"
                + " content/explainers/lease.md has 2 (“The lease”, “What we don't know”)");
    }

    @Test
    void theHeaderAndEachNoteAreCheckedToo() {
        assertContains(failure(project(FAITHFUL.replace("18 января 2017", "18 января"), "")),
                "compared with the note [^tass] of content/explainers/lease.md:22, this part lacks 2017");
        TestProject project = project(FAITHFUL, "").page("ru/explainers/lease.md", "explainer", "Аренда", "", FAITHFUL);
        assertContains(failure(project), "compared with the title, summary and correction of content/explainers/lease.md:3,"
                + " this part lacks 2017 (2 times)");
    }

    @Test
    void aDeclaredDifferenceIsAllowedAndAStaleOneFails() {
        String withSource = FAITHFUL.replace("руководством [порта](term:Tartus).", "руководством [порта](term:Tartus).[^tass-ru]")
                + "[^tass-ru]: ТАСС, «Лавров встретился», 31 июля 2025 года. <https://example.org/tass-ru>\n";
        project(withSource, "differences=\"The lease\" adds [^tass-ru] (the minister's own words, from TASS in Russian)\n").build();
        assertContains(failure(project(FAITHFUL, "differences=\"The lease\" adds [^tass-ru] (the minister's own words)\n")),
                "content/ru/explainers/lease.md:8: the difference '\"The lease\" adds [^tass-ru]' is not there");
        assertContains(failure(project(FAITHFUL, "differences=\"The leases\" drops 2017 (a typo)\n")),
                "names no part of content/explainers/lease.md");
        assertContains(failure(project(FAITHFUL, "differences=The lease adds a source\n")),
                "content/ru/explainers/lease.md:8: cannot read the difference 'The lease adds a source'");
    }

    @Test
    void aTranslationOfAnEarlierVersionIsToldItIsOutOfDateNotThatItLosesWhatTheOriginalGainedSince() throws IOException {
        TestProject project = project(FAITHFUL, "");
        Path original = project.dir().resolve("content/explainers/lease.md");
        project.page("ru/explainers/lease.md", "explainer", "Аренда 2017 года",
                "translates=" + BlobIds.recorded(Files.readAllBytes(original)) + "\n", FAITHFUL);
        Files.writeString(original, Files.readString(original).replace("Nothing is known", "Since 2020, nothing is known"));
        Site site = project.build();
        assertTrue(site.warnings().stream().anyMatch(warning -> warning.toString().contains("this translation is out of date")),
                site.warnings()::toString);
        assertTrue(site.warnings().stream().noneMatch(warning -> warning.toString().contains("this part lacks")), site.warnings()::toString);
    }

    @Test
    void aBuildKeptAcrossEditsChecksTheEditedTranslationAgainAndNotTheOthers() {
        TestProject project = project(FAITHFUL, "");
        SiteBuild kept = new SiteBuild(ProjectConfig.load(project.dir(), "http://127.0.0.1:8820/"));
        kept.build(project.output());
        project.page("ru/explainers/lease.md", "explainer", "Аренда 2017 года", "correction=Исправлено.\n",
                FAITHFUL.replace("после 2024 года", "после этого"));
        String failure = assertThrows(BuildFailure.class, () -> kept.build(project.output())).getMessage();
        assertContains(failure, "content/ru/explainers/lease.md:11: compared with the introduction of content/explainers/lease.md:10,"
                + " this part lacks 2024");
        project.page("ru/explainers/lease.md", "explainer", "Аренда 2017 года", "", FAITHFUL);
        kept.build(project.output());
    }

    @Test
    void aDraftTranslationIsWarnedNotFailedInThePreview() throws IOException {
        String dropped = FAITHFUL.replace("О контракте ٢٠١٩ года ничего не известно.", "Ничего не известно.");
        TestProject project = project(dropped, "");
        Path file = project.dir().resolve("content/ru/explainers/lease.md");
        Files.writeString(file, Files.readString(file).replace("status=published", "status=draft"));
        Site site = project.preview();
        assertTrue(site.warnings().stream().anyMatch(warning -> warning.toString().contains("this part lacks 2019")),
                site.warnings()::toString);
    }
}
