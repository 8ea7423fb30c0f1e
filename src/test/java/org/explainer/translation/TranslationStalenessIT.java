package org.explainer.translation;

import org.explainer.base.BuildFailure;
import org.explainer.base.BuildMode;
import org.explainer.base.Problem;
import org.explainer.base.ProblemCollector;
import org.explainer.base.ProjectConfig;
import org.explainer.history.History;
import org.explainer.history.RepositoryHistory;
import org.explainer.pipeline.SiteBuild;
import org.explainer.site.Site;
import org.explainer.testing.TestProject;
import org.explainer.testing.TestRepository;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Translations against the history of their originals, in a repository made in a temporary folder: a
 * site in English and German, an explainer and its translation committed with the version it translates,
 * then the original changed.
 */
class TranslationStalenessIT {

    private static final String ORIGINAL = "content/explainers/fares.md";
    private static final String TRANSLATION = "content/de/explainers/fares.md";
    /** The German words of the notice: the fixture's own, as the real site's other languages are another's to write. */
    private static final String GERMAN_NOTICE = """
            translation.notice.title=Das Original wurde seit dieser Übersetzung geändert
            translation.notice.since=Die übersetzte Seite wurde am {date} geändert, nach der hier übersetzten Fassung.
            translation.notice.uncommitted=Die übersetzte Seite hat noch nicht übertragene Änderungen.
            translation.notice.changed=Die übersetzte Seite wurde seit der hier übersetzten Fassung geändert.
            translation.notice.sections={count, plural, one {Geändert:} other {Geändert:}}
            translation.section.header=Titel, Zusammenfassung oder andere Angaben
            translation.section.introduction=die Einleitung
            translation.notice.original=Das Original lesen
            translation.notice.changes=Was sich geändert hat
            """;

    @TempDir
    Path dir;

    private TestProject project;
    private TestRepository repository;

    private static String explainer(String title, String extraHeader, String body) {
        return "title=" + title + "\ntype=explainer\nsummary=What the ferry costs.\ndate=2025-08-01\nreviewed=2025-08-02\n"
                + "status=published\ntags=test\n" + extraHeader + "~~~~~~\n\n" + body + "\n";
    }

    private static String original(String fares) {
        return explainer("Ferry fares", "", "The ferry crosses the strait.\n\n## Fares\n\n" + fares
                + "\n\n## Timetable\n\nIt sails every hour.");
    }

    private static String translation(String extraHeader) {
        return explainer("Fährpreise", extraHeader, "Die Fähre überquert die Meerenge.\n\n## Preise\n\nDie Fähre kostet zehn Pfund."
                + "\n\n## Fahrplan\n\nSie fährt stündlich.");
    }

    @BeforeEach
    void commitTranslation() throws IOException {
        project = TestProject.create(dir);
        project.write(ProjectConfig.FILE_NAME, Files.readString(dir.resolve(ProjectConfig.FILE_NAME))
                .replace("site.language=en", "language.de=Deutsch | ltr | de-DE\nsite.language=en"));
        project.write("text/de.properties", germanText());
        project.write(ORIGINAL, original("The ferry costs ten pounds."));
        project.write(TRANSLATION, translation("translates=" + versionOnDisk() + "\n"));
        repository = TestRepository.init(project);
        repository.commit("2025-08-01", "Add the site and its German edition");
    }

    @AfterEach
    void closeRepository() {
        repository.close();
    }

    /** Every message of the machinery's English, with the notice in German: a complete interface text for the fixture. */
    private String germanText() throws IOException {
        String english = Files.readString(TestProject.REAL.resolve("templates/text/en.properties"))
                .lines().filter(line -> !line.startsWith("translation.")).collect(Collectors.joining("\n"));
        return english + "\n" + GERMAN_NOTICE + Files.readString(dir.resolve("text/en.properties"));
    }

    private String versionOnDisk() {
        try {
            return BlobIds.recorded(Files.readAllBytes(dir.resolve(ORIGINAL)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void changeTheFares() {
        project.write(ORIGINAL, original("The ferry costs twelve pounds."));
        repository.commit("2025-08-03", "Raise the fare");
    }

    private Document translatedPage() {
        return Jsoup.parse(project.read("de/explainers/fares.html"));
    }

    private static List<Problem> translationWarnings(Site site) {
        return site.warnings().stream().filter(warning -> warning.file().equals(TRANSLATION)).toList();
    }

    @Test
    void aTranslationOfTheCurrentVersionHasNoWarningAndNoNotice() {
        Site site = project.buildWithHistory();
        assertEquals(List.of(), site.warnings());
        assertNull(translatedPage().selectFirst(".translation-notice"));
    }

    @Test
    void aChangedSectionWarnsWithTheDateAndTheSectionAndThePageShowsTheNotice() {
        changeTheFares();
        Site site = project.buildWithHistory();
        List<Problem> warnings = translationWarnings(site);
        assertEquals(1, warnings.size(), site.warnings().toString());
        Problem warning = warnings.get(0);
        assertEquals(8, warning.line(), "the line of translates=");
        assertTrue(warning.message().contains(ORIGINAL + " changed on 2025-08-03, after the version it translates"),
                warning.message());
        assertTrue(warning.message().contains("changed since: “Fares”."), warning.message());
        assertTrue(warning.message().endsWith("./mvnw compile exec:exec@translated -Dpage=" + TRANSLATION), warning.message());

        Element notice = translatedPage().selectFirst("main aside.translation-notice");
        assertNotNull(notice, "the notice on the translated page");
        assertEquals("translation-notice-title", notice.attr("aria-labelledby"));
        // In the page's language: until the editions render each language with its own interface text, every
        // page speaks the default language, and so does the notice.
        boolean german = translatedPage().selectFirst("html").attr("lang").startsWith("de");
        assertEquals(german ? "Das Original wurde seit dieser Übersetzung geändert" : "The original has changed since this translation",
                notice.selectFirst("#translation-notice-title").text());
        assertTrue(notice.text().contains(german ? "am 3. August 2025 geändert" : "changed on 3 August 2025"), notice.text());
        assertEquals("2025-08-03", notice.selectFirst("time").attr("datetime"));
        assertEquals(List.of("Fares"), notice.select(".translation-notice__sections li").eachText());
        assertEquals("en-GB", notice.selectFirst(".translation-notice__sections li").attr("lang"), "a heading in the original's language");
        assertEquals(List.of("../../explainers/fares.html", "../../explainers/fares.change-2.html"),
                notice.select("a").eachAttr("href"));
        assertNull(Jsoup.parse(project.read("explainers/fares.html")).selectFirst(".translation-notice"),
                "the original has no notice");
    }

    @Test
    void recordingTheVersionAgainClearsTheWarningAndTheNotice() throws IOException {
        changeTheFares();
        String before = Files.readString(dir.resolve(TRANSLATION));
        String recorded = RecordedVersion.record(ProjectConfig.load(dir, ""), TRANSLATION);
        assertEquals(versionOnDisk(), recorded);
        assertEquals(before.replaceFirst("translates=[0-9a-f]+", "translates=" + recorded), Files.readString(dir.resolve(TRANSLATION)));
        Site site = project.buildWithHistory();
        assertEquals(List.of(), site.warnings());
        assertNull(translatedPage().selectFirst(".translation-notice"));
    }

    @Test
    void aTranslationWithoutAVersionIsAWarningSayingHowToRecordIt() {
        project.write(TRANSLATION, translation(""));
        Site site = project.buildWithHistory();
        List<Problem> warnings = translationWarnings(site);
        assertEquals(1, warnings.size(), site.warnings().toString());
        assertTrue(warnings.get(0).message().contains("record the version: ./mvnw compile exec:exec@translated -Dpage=" + TRANSLATION),
                warnings.get(0).message());
        assertNull(translatedPage().selectFirst(".translation-notice"));
    }

    @Test
    void aVersionTheOriginalNeverHadFailsTheBuildWithFileAndLine() {
        project.write(TRANSLATION, translation("translates=0123456789ab\n"));
        BuildFailure failure = assertThrows(BuildFailure.class, project::buildWithHistory);
        assertTrue(failure.getMessage().contains(TRANSLATION + ":8: translates=0123456789ab is no version of " + ORIGINAL),
                failure.getMessage());
    }

    @Test
    void aVersionOnAPageThatIsNoTranslationFailsTheBuild() {
        project.write(ORIGINAL, explainer("Ferry fares", "translates=0123456789ab\n", "Body."));
        BuildFailure failure = assertThrows(BuildFailure.class, project::buildWithHistory);
        assertTrue(failure.getMessage().contains(ORIGINAL + ":8: only a page in another language than the default translates a page"), failure.getMessage());
    }

    @Test
    void withoutHistoryADifferentVersionWarnsWithoutDateOrSectionsSayingWhy() {
        changeTheFares();
        Site site = project.build();
        List<Problem> warnings = translationWarnings(site);
        assertEquals(1, warnings.size(), site.warnings().toString());
        assertTrue(warnings.get(0).message().contains("cannot be told without the pages' history (a build with -Dhistory=off"),
                warnings.get(0).message());
        assertTrue(!warnings.get(0).message().contains("2025-08-03"), warnings.get(0).message());
        Element notice = translatedPage().selectFirst(".translation-notice");
        assertNotNull(notice);
        assertNull(notice.selectFirst("time"));
        assertEquals(List.of("https://example.org/sub-path/explainers/fares.html".replace("https://example.org/sub-path/", "../../")),
                notice.select("a").eachAttr("href"), "the original, and no history to link");
    }

    @Test
    void thePreviewShowsAnEditNotYetCommittedOnTheNextRebuild() {
        SiteBuild preview = new SiteBuild(ProjectConfig.load(dir, "http://127.0.0.1:8820/"), SiteBuild.Timings.NONE,
                BuildMode.PREVIEW, true);
        // As the preview does: its first build is served before the history is read, then built again with it.
        assertEquals(List.of(), preview.buildBeforeTheHistory(project.output()).warnings());
        preview.build(project.output());
        assertNull(translatedPage().selectFirst(".translation-notice"));
        project.write(ORIGINAL, original("The ferry costs eleven pounds."));
        Site site = preview.build(project.output());
        assertTrue(translationWarnings(site).get(0).message().contains("changed in the work tree, not yet committed, after the version it translates"),
                site.warnings().toString());
        Element notice = translatedPage().selectFirst(".translation-notice");
        assertNotNull(notice, "the translation is rendered again though its own file did not change");
        boolean german = translatedPage().selectFirst("html").attr("lang").startsWith("de");
        assertTrue(notice.text().contains(german ? "noch nicht übertragene Änderungen" : "not yet committed"), notice.text());
    }

    @Test
    void theStatusReportGivesEachPageAndLanguage() {
        changeTheFares();
        ProjectConfig config = ProjectConfig.load(dir, "");
        History history = RepositoryHistory.read(dir, List.of("content/"), config.headerSeparator(), History.NONE);
        List<String> report = StatusReport.of(config, history, "content/", new ProblemCollector());
        assertTrue(report.get(0).startsWith("Translations of the pages in content/ (en) into de, from the repository's history"), report.get(0));
        int fares = report.indexOf("explainers/fares.md");
        assertEquals("  de  out of date: changed on 2025-08-03 (“Fares”)", report.get(fares + 1));
        int about = report.indexOf("about.md");
        assertEquals("  de  missing", report.get(about + 1));
        assertEquals("de: 1 out of date, 8 missing", report.get(report.size() - 1));
        assertTrue(report.stream().noneMatch(line -> line.startsWith("de/")), "a translation is not listed as a page of its own");
    }
}
