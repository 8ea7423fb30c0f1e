package org.explainer.pipeline;

import org.explainer.base.BuildFailure;
import org.explainer.testing.TestProject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview renders and checks drafts, marked as drafts and kept out of every list; the production build never does. */
class DraftPreviewTest {

    private static final String BANNER = "Draft — not published";
    private static final String NOINDEX = "<meta name=\"robots\" content=\"noindex\">";

    @TempDir
    Path dir;

    private TestProject siteWithADraft(String draftBody) {
        return TestProject.create(dir)
                .term("tartus", "Tartus", "")
                .page("explainers/published.md", "explainer", "Published plans", "", "About [Tartus](term:tartus).")
                .write("content/explainers/secret.md", "title=Secret plans\ntype=explainer\nsummary=Not yet.\n"
                        + "date=2025-08-01\nreviewed=2025-08-01\nstatus=draft\ntags=test\n~~~~~~\n" + draftBody + "\n");
    }

    @Test
    void thePreviewRendersADraftWithItsBannerAndNoindex() {
        TestProject project = siteWithADraft("Unpublished words about [Tartus](term:tartus).");
        project.preview();
        String draft = project.read("explainers/secret.html");
        assertAll(
                () -> assertTrue(draft.contains(BANNER), draft),
                () -> assertTrue(draft.contains(NOINDEX), draft),
                () -> assertTrue(draft.contains("<a href=\"../drafts.html\">All drafts</a>"), "the banner links the drafts page"),
                () -> assertTrue(draft.contains("Unpublished words"), draft),
                () -> assertFalse(project.read("explainers/published.html").contains(BANNER)),
                () -> assertFalse(project.read("explainers/published.html").contains(NOINDEX)));
    }

    @Test
    void theDraftsPageListsEveryDraftWithALink() {
        TestProject project = siteWithADraft("Unpublished words.")
                .write("content/glossary/astana.md", "title=Astana format\ntype=term\nsummary=Talks.\ncategory=place\n"
                        + "date=2025-08-01\nreviewed=2025-08-01\nstatus=draft\n~~~~~~\n");
        project.preview();
        String drafts = project.read("drafts.html");
        assertAll(
                () -> assertTrue(drafts.contains("href=\"explainers/secret.html\">Secret plans</a>"), drafts),
                () -> assertTrue(drafts.contains("href=\"glossary/astana.html\">Astana format</a>"), drafts),
                () -> assertEquals(List.of("1 August 2025 (explainer)", "1 August 2025 (term)"),
                        Jsoup.parse(drafts).select(".card__meta").eachText().stream().sorted().toList(), "each draft says its kind"),
                () -> assertTrue(drafts.contains("<meta http-equiv=\"Content-Security-Policy\""), "the drafts page carries the site's policy"),
                () -> assertTrue(drafts.contains("<header class=\"site-header\">"), "the drafts page has the site's frame and menu"),
                () -> assertTrue(drafts.contains("<meta name=\"robots\" content=\"noindex\">"), drafts),
                () -> assertTrue(project.read("glossary/astana.html").contains(BANNER)));
    }

    @Test
    void aDraftStaysOutOfEveryListInThePreview() throws IOException {
        TestProject project = siteWithADraft("Unpublished words about [Tartus](term:tartus).");
        project.preview();
        List<String> listings = List.of("sitemap.xml", "feed.xml", "search-index.json", "index.html",
                "explainers/index.html", "glossary/tartus.html", "explainers/published.html");
        for (String listing : listings) {
            String text = project.read(listing);
            assertFalse(text.contains("Secret plans") || text.contains("secret.html"), listing + " names the draft:\n" + text);
        }
        assertTrue(project.read("glossary/tartus.html").contains("Published plans"), "the term's 'mentioned in' works");
    }

    @Test
    void thePreviewReportsEveryMistakeInADraft() {
        TestProject project = siteWithADraft("About [Aleppo](term:alepo).\n\nSee [the plan](nowhere.md).");
        String message = assertThrows(BuildFailure.class, project::preview).getMessage();
        assertAll(
                () -> assertTrue(message.contains("content/explainers/secret.md:9: unknown glossary term 'alepo'"), message),
                () -> assertTrue(message.contains("content/explainers/secret.md:11: "), message),
                () -> assertTrue(message.contains("nowhere.md"), message));
    }

    @Test
    void aLinkFromAPublishedPageToADraftFailsThePreviewAsItFailsTheBuild() {
        TestProject project = siteWithADraft("Unpublished words.")
                .page("explainers/linking.md", "explainer", "Linking", "", "See [the secret](secret.md).");
        String preview = assertThrows(BuildFailure.class, project::preview).getMessage();
        String build = assertThrows(BuildFailure.class, project::build).getMessage();
        assertAll(
                () -> assertTrue(preview.contains("content/explainers/linking.md:10: 'secret.md' links to a draft"), preview),
                () -> assertEquals(build, preview));
    }

    @Test
    void twoDraftsWrittenTogetherLinkEachOtherInThePreviewButNotFromAPublishedPage() {
        TestProject project = siteWithADraft("The [Astana talks](term:astana), by [its other name](term:Astana process),"
                + " and [the older plan](older.md).")
                .write("content/explainers/older.md", "title=Older plans\ntype=explainer\nsummary=Not yet.\n"
                        + "date=2025-08-01\nreviewed=2025-08-01\nstatus=draft\ntags=test\n~~~~~~\nOlder words.\n")
                .write("content/glossary/astana.md", "title=Astana format\ntype=term\nsummary=Talks.\ncategory=place\n"
                        + "aliases=Astana process\ndate=2025-08-01\nreviewed=2025-08-01\nstatus=draft\n~~~~~~\nTalks.\n");
        project.preview();
        String draft = project.read("explainers/secret.html");
        assertAll(
                () -> assertTrue(draft.contains("href=\"../glossary/astana.html\""), draft),
                () -> assertTrue(draft.contains("href=\"older.html\""), draft),
                () -> assertFalse(draft.contains("](term:"), draft));

        project.page("explainers/linking.md", "explainer", "Linking", "", "See [the format](term:astana).");
        String preview = assertThrows(BuildFailure.class, project::preview).getMessage();
        assertTrue(preview.contains("content/explainers/linking.md:10: the glossary term 'astana' is a draft"), preview);
    }

    @Test
    void theProductionBuildWritesNoDraftNoDraftsPageAndNoDraftMarkup() throws IOException {
        TestProject project = siteWithADraft("Unpublished words.");
        project.build();
        assertFalse(Files.exists(project.output().resolve("drafts.html")));
        try (Stream<Path> files = Files.walk(project.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                assertFalse(file.getFileName().toString().contains("secret"), file::toString);
                // The 404 page is noindex in every build: it answers for addresses that lead nowhere.
                boolean notFound = file.getFileName().toString().equals("404.html");
                assertFalse(text.contains("Unpublished words") || text.contains(BANNER) || (!notFound && text.contains("noindex")), file::toString);
            }
        }
    }
}
