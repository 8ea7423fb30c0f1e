package org.explainer.history;

import org.explainer.base.BuildFailure;
import org.explainer.base.BuildMode;
import org.explainer.base.ProjectConfig;
import org.explainer.gates.ReproducibilityChecker;
import org.explainer.pipeline.SiteBuild;
import org.explainer.testing.TestProject;
import org.explainer.testing.TestRepository;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages' history, read from a repository made in a temporary folder for each test from the standard history
 * ({@link StandardHistory}), then committed to or built in the way each test needs. The tests that only read the
 * standard history's pages are in {@link PageHistoryPagesIT}.
 */
class PageHistoryBuildIT {

    private static final String SITE_URL = "http://127.0.0.1:8820/";

    @TempDir
    Path dir;

    private TestProject project;
    private TestRepository repository;

    /** The standard history, committed once; each test gets a copy of its folder to commit to and build. */
    private static TestProject committed;

    @BeforeAll
    static void commitTheStandardHistoryOnce(@TempDir Path shared) {
        committed = TestProject.create(shared);
        StandardHistory.commit(committed).close();
    }

    @BeforeEach
    void copyTheStandardHistory() {
        project = TestProject.copyOf(committed, dir);
        repository = TestRepository.open(project);
    }

    @AfterEach
    void closeRepository() {
        repository.close();
    }

    private Document page(String path) {
        return Jsoup.parse(project.read(path));
    }

    /** Commits two more versions of the fares page, changes 5 and 6 in its history. */
    private void commitVersions(String fifth, String sixth) {
        project.term("ferry", "Ferry", "");
        project.write("content/explainers/ferry-fares.md", StandardHistory.explainer("published", fifth));
        repository.commit("2025-08-07", "Cite the fares");
        project.write("content/explainers/ferry-fares.md", StandardHistory.explainer("published", sixth));
        repository.commit("2025-08-08", "Edit the fares page");
        project.buildWithHistory();
    }

    private static List<String> marked(Document change, String element) {
        return change.select(element).stream().map(mark -> mark.text().replaceAll("^\\[(added|removed): |]$", "").strip()).toList();
    }

    @Test
    void aChangeToANotesLinkAndATermLinksSyntaxReadsAsTheWordsReadersRead() {
        commitVersions("The [boat](term:ferry) costs twelve pounds.[^fare]\n\nIt sails every two hours.\n\n"
                        + "[^fare]: [Fare table](https://example.org/fares), 2025.",
                "The [ferry boat](term:Ferry) costs twelve pounds.[^fares]\n\nIt sails every two hours.\n\n"
                        + "[^fares]: [Fare table for 2025](https://example.org/prices).");
        Document change = page("explainers/ferry-fares.change-6.html");
        assertEquals(List.of("ferry", "for"), marked(change, "ins"));
        assertEquals(List.of(","), marked(change, "del"));
        assertEquals(2, change.select(".diff__changed").size());
        assertTrue(change.select(".diff__changed").get(1).text().startsWith("Source: Fare table"), change.select(".diff__changed").text());
        String shown = change.selectFirst(".diff").wholeText();
        for (String markup : List.of("[^", "](", "term:", "https://", "title=", "~~~~~~")) {
            assertFalse(shown.contains(markup), markup + " shown in " + shown);
        }
        assertTrue(change.select("details.diff__unchanged").text().contains("It sails every two hours."), change.select("details").text());
    }

    @Test
    void aChangeOnlyToMarkupSaysTheTextReadsTheSame() {
        commitVersions("The **ferry** costs twelve pounds.[^fare]\n\n[^fare]: [Fare table](https://example.org/fares).",
                "The *ferry* costs twelve pounds.[^fares]\n\n[^fares]: [Fare table](https://example.org/prices).");
        Document change = page("explainers/ferry-fares.change-6.html");
        assertTrue(change.select(".diff__changed").isEmpty(), change.select(".diff").html());
        assertTrue(change.text().contains("The text readers read did not change"), change.text());
    }

    @Test
    void aWordInsertedShowsAsAnInsertion() {
        commitVersions("It sails every two hours.", "It sails every two hours in summer.");
        Document change = page("explainers/ferry-fares.change-6.html");
        assertEquals(List.of("in summer"), marked(change, "ins"));
        assertEquals(List.of(), marked(change, "del"));
        assertEquals("It sails every two hours[added:  in summer].", change.selectFirst(".diff__changed").wholeText());
    }

    @Test
    void aChangeMadeOnABranchIsListedOnceNotAgainAsTheMerge() {
        repository.branch("timetable");
        project.write("content/explainers/ferry-fares.md", StandardHistory.explainer("published",
                "The ferry costs twelve pounds.\n\nIt sails every two hours.\n\nIt stops in January."));
        repository.commit("2025-08-07", "Say when the ferry stops");
        repository.checkout("main");
        project.write("content/about.md", "title=About\ntype=page\nsummary=About the site.\ndate=2025-08-01\n"
                + "reviewed=2025-08-02\nstatus=published\ntags=test\n~~~~~~\n\n## How we work\n\nWith care.\n");
        repository.commit("2025-08-08", "Reword the about page");
        repository.merge("timetable", "2025-08-09", "Merge the timetable branch");
        project.buildWithHistory();
        assertEquals(List.of("7 August 2025: Say when the ferry stops", "5 August 2025: Rename the fares page",
                        "4 August 2025: Fix the fare", "3 August 2025: Say how often the ferry sails", "1 August 2025: Add the site"),
                page("explainers/ferry-fares.history.html").select(".history__heading").eachText());
        assertEquals("8 August 2025: Reword the about page", page("about.history.html").selectFirst(".history__heading").text());
    }

    @Test
    void aCorrectionToAPlainPageShowsAtItsFootAsAnExplainersDoes() {
        project.write("content/about.md", "title=About\ntype=page\nsummary=About the site.\ndate=2025-08-01\n"
                + "reviewed=2025-08-02\nstatus=published\ntags=test\n~~~~~~\n\n## How we work\n\nWith care, since 2020.\n");
        repository.commit("2025-08-08", "Fix the year the site began\n\nCorrection: the site began in 2020, not 2019.");
        project.buildWithHistory();
        Document about = page("about.html");
        assertEquals("8 August 2025: the site began in 2020, not 2019.", about.selectFirst("#corrections-title").parent()
                .selectFirst(".corrections-list li").text());
        assertEquals("#corrections-title", about.selectFirst("dl.dates a[href^=#corr]").attr("href"));
    }

    @Test
    void aCorrectionBelongsToThePageWhoseNoteItsCommitWritesAndTheNoteLinksItsComparison() {
        String note = "correction=Corrected on 8 August 2025: the ferry costs twelve pounds, not eleven.\n";
        project.write("content/explainers/ferry-fares.md", StandardHistory.explainer("published",
                "The ferry costs twelve pounds.\n\nIt sails every two hours.").replace("status=", note + "status="));
        project.write("content/about.md", "title=About\ntype=page\nsummary=About the site.\ndate=2025-08-01\n"
                + "reviewed=2025-08-02\nstatus=published\ntags=test\n~~~~~~\n\n## How we work\n\nWith care.\n\n## Corrections\n\nThe fares page, 8 August 2025.\n");
        repository.commit("2025-08-08", "Fix the fare again, and list it on About\n\nCorrection: the fare is twelve pounds, not eleven.");
        project.buildWithHistory();

        Document about = page("about.html");
        assertTrue(about.select(".notice--correction").isEmpty(), about.select(".notice--correction").outerHtml());
        assertFalse(page("about.history.html").text().contains("not eleven"));

        Document fares = page("explainers/ferry-fares.html");
        Element noteBox = fares.selectFirst("#correction-title").parent();
        assertEquals(List.of("explainers/ferry-fares.change-5.html"), noteBox.select("a").eachAttr("href").stream()
                .map(href -> href.replace("../", "")).toList());
        assertEquals("What changed on 8 August 2025, word by word", noteBox.selectFirst("a").text());
        // The note tells this correction; the list beside it keeps the one it does not tell.
        assertEquals(List.of("4 August 2025: the fare is twelve pounds, not ten."),
                fares.select("#corrections-title + .corrections-list li").eachText());
        // The corrections page and feed tell each correction once: the note, dated by the commit that wrote it, then the older one.
        List<String> told = List.of("Corrected on 8 August 2025: the ferry costs twelve pounds, not eleven.",
                "the fare is twelve pounds, not ten.");
        assertEquals(told, Jsoup.parse(project.read("corrections.xml"), "", org.jsoup.parser.Parser.xmlParser())
                .select("entry summary").eachText());
        assertEquals(List.of("8 August 2025: Ferry fares " + told.get(0) + " (history)", "4 August 2025: Ferry fares " + told.get(1) + " (history)"),
                page("corrections.html").select(".corrections-list li").eachText());
    }

    @Test
    void aLinkToAMovedPagesOldAddressStillFailsTheBuild() {
        project.page("explainers/links.md", "explainer", "Links", "", "See [the fares](fares.md).");
        String message = assertThrows(BuildFailure.class, project::buildWithHistory).getMessage();
        assertTrue(message.contains("fares.md"), message);
    }

    @Test
    void thePageShowingTheWholeTimelineListsTheTimelineDataChangesToo() {
        project.write("content/explainers/dates.md", StandardHistory.explainer("Dates", "published", "Every date.\n\n{{timeline}}"));
        project.write("data/timeline.yml", event("The ferry starts"));
        repository.commit("2025-08-07", "Add the dates page");
        project.write("data/timeline.yml", event("The ferry starts sailing"));
        repository.commit("2025-08-08", "Name the first sailing");
        project.buildWithHistory();
        assertEquals(List.of("8 August 2025: Name the first sailing", "7 August 2025: Add the dates page"),
                page("explainers/dates.history.html").select(".history__heading").eachText());
        assertEquals(4, page("explainers/ferry-fares.history.html").select(".history__heading").size(),
                "a page without the timeline does not list the data's changes");
        // The data's change reads as the page shows its events, not as the data file is written.
        Document change = page("explainers/dates.change-2.html");
        assertEquals(List.of("sailing"), marked(change, "ins"));
        String shown = change.selectFirst(".diff").wholeText();
        assertTrue(shown.contains("31 July 2025") && shown.contains("Source: Agency, “Ferry sails”, 31 July 2025"), shown);
        for (String data : List.of("date:", "title:", "source:", "url:", "\"2025", "- ")) {
            assertFalse(shown.contains(data), data + " shown in " + shown);
        }
    }

    private static String event(String title) {
        return "- date: \"2025-07-31\"\n  title: " + title + "\n  description: The first ferry sails.\n  category: diplomacy\n"
                + "  source:\n    publisher: Agency\n    title: \"Ferry sails\"\n    date: \"2025-07-31\"\n"
                + "    url: https://example.org/ferry\n";
    }

    @Test
    void theSameCommitGivesTheSameOutput() throws IOException {
        project.buildWithHistory();
        String first = project.read("explainers/ferry-fares.history.html") + project.read("corrections.xml");
        Files.setLastModifiedTime(dir.resolve("content/explainers/ferry-fares.md"), java.nio.file.attribute.FileTime.fromMillis(0));
        project.buildWithHistory();
        assertEquals(first, project.read("explainers/ferry-fares.history.html") + project.read("corrections.xml"));
    }

    @Test
    void thePreviewShowsChangesNotYetCommitted() {
        project.write("content/explainers/ferry-fares.md", StandardHistory.explainer("published",
                "The ferry costs twelve pounds.\n\nIt sails every two hours.\n\nIt stops in January."));
        project.previewWithHistory();
        Document page = page("explainers/ferry-fares.html");
        assertTrue(page.selectFirst("dl.dates").text().contains("Last changed not yet committed"), page.selectFirst("dl.dates").text());
        Element newest = page("explainers/ferry-fares.history.html").selectFirst(".history__change");
        assertEquals("Not yet committed", newest.selectFirst(".history__heading").text());
        Document comparison = page("explainers/ferry-fares.change-5.html");
        assertEquals(List.of("[removed: winter]"), comparison.select("del").eachText());
        assertEquals(List.of("[added: January]"), comparison.select("ins").eachText());
    }

    @Test
    void thePreviewKeepsTheHistoryUntilACommitAndRebuildsWhatAFreshBuildWould() {
        SiteBuild kept = new SiteBuild(ProjectConfig.load(dir, SITE_URL), SiteBuild.Timings.NONE, BuildMode.PREVIEW, true);
        kept.build(project.output());
        project.write("content/explainers/later.md", StandardHistory.explainer("Later", "published", "The finished page, edited."));
        kept.build(project.output());
        assertSameAsFreshPreview();
        assertEquals("Not yet committed", page("explainers/later.history.html").selectFirst(".history__heading").text());

        repository.commit("2025-08-07", "Edit the later page");
        kept.build(project.output());
        assertSameAsFreshPreview();
        assertEquals("7 August 2025: Edit the later page", page("explainers/later.history.html").selectFirst(".history__heading").text());
        assertTrue(page("explainers/ferry-fares.html").text().contains("Last changed 5 August 2025"));
    }

    @Test
    void anEditToAPagesTextKeepsItsCommittedComparisonsAndAnEditToItsTitleRendersThemAgain() throws IOException {
        SiteBuild kept = new SiteBuild(ProjectConfig.load(dir, SITE_URL), SiteBuild.Timings.NONE, BuildMode.PREVIEW, true);
        kept.build(project.output());
        Object rendered = project.outputIdentity("explainers/ferry-fares.change-2.html");

        project.write("content/explainers/ferry-fares.md", StandardHistory.explainer("published",
                "The ferry costs twelve pounds.\n\nIt sails every two hours.\n\nIt stops in January."));
        kept.build(project.output());
        assertSameAsFreshPreview();
        assertEquals(rendered, project.outputIdentity("explainers/ferry-fares.change-2.html"), "a committed change's comparison is copied, not rendered again");
        assertTrue(Files.exists(project.output().resolve("explainers/ferry-fares.change-5.html")), "the edit's own comparison");

        project.write("content/explainers/ferry-fares.md", StandardHistory.explainer("Ferry prices", "published",
                "The ferry costs twelve pounds.\n\nIt sails every two hours.\n\nIt stops in January."));
        kept.build(project.output());
        assertSameAsFreshPreview();
        assertTrue(page("explainers/ferry-fares.change-2.html").text().contains("Ferry prices"), "the new title in every comparison");
    }

    @Test
    void thePreviewsFirstBuildComesBeforeTheHistoryAndTheNextHasItAsAFreshBuildWould() {
        SiteBuild kept = new SiteBuild(ProjectConfig.load(dir, SITE_URL), SiteBuild.Timings.NONE, BuildMode.PREVIEW, true);
        kept.buildBeforeTheHistory(project.output());
        assertFalse(page("explainers/ferry-fares.html").text().contains("Last changed"));
        assertFalse(Files.exists(project.output().resolve("explainers/ferry-fares.history.html")));

        kept.build(project.output());
        assertTrue(page("explainers/ferry-fares.html").text().contains("Last changed 5 August 2025"));
        assertSameAsFreshPreview();
    }

    private void assertSameAsFreshPreview() {
        Path fresh = dir.resolve("target/fresh");
        new SiteBuild(ProjectConfig.load(dir, SITE_URL), SiteBuild.Timings.NONE, BuildMode.PREVIEW, true).build(fresh);
        assertEquals(List.of(), new ReproducibilityChecker().compare(fresh, project.output()));
    }

    @Test
    void outsideARepositoryTheBuildSaysHowToBuildWithoutHistory(@TempDir Path elsewhere) {
        TestProject loose = TestProject.create(elsewhere);
        String message = assertThrows(BuildFailure.class, loose::buildWithHistory).getMessage();
        assertTrue(message.contains("not in a git repository") && message.contains("-Dhistory=off"), message);
    }

    @Test
    void aShallowCloneFailsWithHowToFetchTheHistory(@TempDir Path clone) {
        repository.shallowClone(clone);
        String message = assertThrows(BuildFailure.class, () -> TestProject.at(clone).buildWithHistory()).getMessage();
        assertTrue(message.contains("git fetch --unshallow") && message.contains("-Dhistory=off"), message);
    }
}
