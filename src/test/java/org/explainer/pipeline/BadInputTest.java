package org.explainer.pipeline;

import org.explainer.base.ProjectConfig;
import org.explainer.base.BuildFailure;
import org.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each mistake a writer can make fails the build with a message naming the file (and line), as a new
 * writer would make it. These fail before JBake runs, so they are quick.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private String failure(TestProject project) {
        return assertThrows(BuildFailure.class, project::build).getMessage();
    }

    private static void assertSays(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "expected \"" + part + "\" in:\n" + message);
        }
    }

    @Test
    void missingHeaderSeparator() {
        TestProject project = TestProject.create(dir)
                .write("content/explainers/bases.md", "title=Bases\ntype=explainer\nstatus=published\n\nBody text.\n");
        assertSays(failure(project), "content/explainers/bases.md: the header has no end", "~~~~~~");
    }

    @Test
    void aHeadersMistakeIsReportedOnceNotAgainAsBrokenLinksToThePage() {
        TestProject project = TestProject.create(dir)
                .page("explainers/bases.md", "explainer", "Bases", "reviwed=2025-08-02\n", "Body.")
                .page("explainers/talks.md", "explainer", "Talks", "", "See [the bases](bases.md) and [their dates](bases.md#dates).");
        String message = failure(project);
        assertSays(message, "content/explainers/bases.md:8: unknown field 'reviwed'");
        assertFalse(message.contains("talks.md"), message);
    }

    @Test
    void aGlossaryEntrysHeaderMistakeIsNotReportedAgainAsAnUnknownTermWhereItIsUsed() {
        TestProject project = TestProject.create(dir)
                .term("tartus", "Tartus", "catgory=place\n")
                .page("explainers/talks.md", "explainer", "Talks", "", "Ships dock at [Tartus](term:tartus).");
        String message = failure(project);
        assertSays(message, "content/glossary/tartus.md:9: unknown field 'catgory'");
        assertFalse(message.contains("talks.md"), message);
    }

    @Test
    void headerLineThatIsNotAField() {
        TestProject project = TestProject.create(dir).write("content/explainers/bases.md",
                "title=Bases\ntype=explainer\nsummary: Why they matter\n~~~~~~\nBody.\n");
        assertSays(failure(project), "content/explainers/bases.md:3: this header line is not a field", "summary: Why they matter");
    }

    @Test
    void missingTitle() {
        TestProject project = TestProject.create(dir).write("content/explainers/bases.md",
                "type=explainer\nsummary=Why.\ndate=2025-08-01\nreviewed=2025-08-01\nstatus=published\n~~~~~~\nBody.\n");
        assertSays(failure(project), "content/explainers/bases.md:1: the header has no title", "an explainer needs");
    }

    @Test
    void missingType() {
        TestProject project = TestProject.create(dir).write("content/explainers/bases.md",
                "title=Bases\nsummary=Why.\ndate=2025-08-01\nreviewed=2025-08-01\nstatus=published\n~~~~~~\nBody.\n");
        assertSays(failure(project), "content/explainers/bases.md: the header has no type", "type=explainer");
    }

    @Test
    void unknownType() {
        TestProject project = TestProject.create(dir).page("explainers/bases.md", "explainr", "Bases", "", "Body.");
        assertSays(failure(project), "content/explainers/bases.md:2: unknown type 'explainr'");
    }

    @Test
    void invalidDate() {
        TestProject project = TestProject.create(dir).write("content/explainers/bases.md",
                "title=Bases\ntype=explainer\nsummary=Why.\ndate=31/07/2025\nreviewed=2025-08-01\nstatus=published\n~~~~~~\nBody.\n");
        assertSays(failure(project), "content/explainers/bases.md:4: '31/07/2025' is not a valid date", "YYYY-MM-DD");
    }

    @Test
    void impossibleDate() {
        TestProject project = TestProject.create(dir).write("content/explainers/bases.md",
                "title=Bases\ntype=explainer\nsummary=Why.\ndate=2025-02-30\nreviewed=2025-08-01\nstatus=published\n~~~~~~\nBody.\n");
        assertSays(failure(project), "content/explainers/bases.md:4: '2025-02-30' for date is a day that does not exist");
    }

    @Test
    void unknownFieldWithSuggestion() {
        TestProject project = TestProject.create(dir).page("explainers/bases.md", "explainer", "Bases", "tittle=Bases\n", "Body.");
        assertSays(failure(project), "content/explainers/bases.md:8: unknown field 'tittle' (did you mean 'title'?)");
    }

    @Test
    void misspelledScriptInTheLanguageSetting() throws IOException {
        TestProject project = TestProject.create(dir);
        int line = appendSetting("site.languages.by.script=Cyrilic:ru");
        assertSays(failure(project), "jbake.properties:" + line + ": site.languages.by.script: 'Cyrilic' is not a Unicode script name");
    }

    @Test
    void languageWhoseDirectionIsWrong() throws IOException {
        TestProject project = TestProject.create(dir);
        int line = appendSetting("language.ru=Русский | rtl | ru");
        assertSays(failure(project), "jbake.properties:" + line + ": language.ru: 'ru' is written left to right; write ltr");
    }

    @Test
    void languageWhoseLocaleIsNotATag() throws IOException {
        TestProject project = TestProject.create(dir);
        int line = appendSetting("language.de=Deutsch | ltr | de_DE");
        assertSays(failure(project), "jbake.properties:" + line + ": language.de: 'de_DE' is not a locale");
    }

    @Test
    void languageWithoutItsName() throws IOException {
        TestProject project = TestProject.create(dir);
        int line = appendSetting("language.ar=rtl | ar");
        assertSays(failure(project), "jbake.properties:" + line + ": language.ar: write the language's name in that language,"
                + " its direction and its locale");
    }

    @Test
    void defaultLanguageThatIsNotDeclared() throws IOException {
        TestProject project = TestProject.create(dir);
        int line = appendSetting("site.language=fr");
        assertSays(failure(project), "jbake.properties:" + line + ": site.language: 'fr' is not a declared language; declared: [en]");
    }

    @Test
    void noLanguageDeclared() throws IOException {
        TestProject project = TestProject.create(dir);
        Path settings = dir.resolve(ProjectConfig.FILE_NAME);
        Files.writeString(settings, Files.readString(settings).replaceAll("(?m)^language\\..*\n", ""));
        assertSays(failure(project), "jbake.properties: declare the site's languages, one line each, as language.en=English | ltr | en-GB");
    }

    @Test
    void glossaryCategoryThatIsNotAWord() throws IOException {
        TestProject project = TestProject.create(dir);
        int line = appendSetting("glossary.categories=place, Famous People");
        assertSays(failure(project), "jbake.properties:" + line + ": glossary.categories: 'Famous People' is not a lower-case word");
    }

    @Test
    void placeKindWithAnUnknownSymbol() throws IOException {
        TestProject project = TestProject.create(dir);
        int line = appendSetting("map.place.kinds=town:dot, port:star");
        assertSays(failure(project), "jbake.properties:" + line + ": map.place.kinds: 'star' is not a symbol; use dot, ringed-dot,"
                + " triangle, name-only");
    }

    @Test
    void glossaryCategoryTheSiteDoesNotDeclare() {
        TestProject project = TestProject.create(dir).term("calais", "Calais", "")
                .page("glossary/fagg.md", "term", "Graham Fagg", "category=tunneller\n", "");
        assertSays(failure(project), "content/glossary/fagg.md:", "'tunneller' is not a glossary category of this site;"
                + " use one of: place, person (glossary.categories in jbake.properties)");
    }

    /** Adds a line at the end of the test site's settings, where it overrides an earlier one; returns its line number. */
    private int appendSetting(String line) throws IOException {
        Path settings = dir.resolve(ProjectConfig.FILE_NAME);
        String text = Files.readString(settings) + line + "\n";
        Files.writeString(settings, text);
        return (int) text.lines().count();
    }

    @Test
    void twoContentFilesWithTheSameOutputPath() {
        TestProject project = TestProject.create(dir)
                .page("explainers/bases.md", "explainer", "Bases", "", "Body.")
                .page("explainers/bases.markdown", "explainer", "Bases again", "", "Body.");
        assertSays(failure(project), "content/explainers/bases.md", "would be published as explainers/bases.html");
    }

    @Test
    void contentFileAndAssetWithTheSameOutputPath() {
        TestProject project = TestProject.create(dir).write("assets/about.html", "<p>Old about page</p>\n");
        assertSays(failure(project), "assets/about.html: would be published as about.html, like content/about.md");
    }

    @Test
    void linkToAPageByTheShortOfItsNameSuggestsThePage() {
        TestProject project = TestProject.create(dir)
                .page("explainers/russian-bases-tartus-khmeimim.md", "explainer", "Bases", "", "Body.")
                .page("explainers/talks.md", "explainer", "Talks", "", "See [the bases](russian-bases.md).");
        assertSays(failure(project), "content/explainers/talks.md:10: 'russian-bases.md' links to content/explainers/russian-bases.md,"
                + " which does not exist (did you mean content/explainers/russian-bases-tartus-khmeimim.md?)");
    }

    @Test
    void linkToAMissingPage() {
        TestProject project = TestProject.create(dir)
                .page("explainers/bases.md", "explainer", "Bases", "", "Intro.\n\nSee [the deals](../background/deals.md).");
        assertSays(failure(project), "content/explainers/bases.md:12: '../background/deals.md' links to content/background/deals.md, which does not exist");
    }

    @Test
    void linkToAMissingFragment() {
        TestProject project = TestProject.create(dir)
                .page("explainers/bases.md", "explainer", "Bases", "", "See [how we work](../about.md#how-we-wrok).");
        assertSays(failure(project), "content/explainers/bases.md:10: '../about.md#how-we-wrok' points to #how-we-wrok",
                "(did you mean #how-we-work?)");
    }

    @Test
    void linkToADraft() {
        TestProject project = TestProject.create(dir)
                .page("explainers/next.md", "explainer", "Next", "", "Not ready.")
                .write("content/explainers/next.md", "title=Next\ntype=explainer\nsummary=Soon.\ndate=2025-08-01\n"
                        + "reviewed=2025-08-01\nstatus=draft\n~~~~~~\nNot ready.\n")
                .page("explainers/bases.md", "explainer", "Bases", "", "See [next](next.md).");
        assertSays(failure(project), "content/explainers/bases.md:10: 'next.md' links to a draft");
    }

    @Test
    void unknownGlossaryTerm() {
        TestProject project = TestProject.create(dir).term("tartus", "Tartus", "")
                .page("explainers/bases.md", "explainer", "Bases", "", "The port of [Tartos](term:).");
        assertSays(failure(project), "content/explainers/bases.md:10: unknown glossary term 'Tartos'");
    }

    @Test
    void aliasClaimedByTwoTerms() {
        TestProject project = TestProject.create(dir)
                .term("khmeimim", "Khmeimim Air Base", "aliases=Hmeimim\n")
                .term("hmeimim-airport", "Bassel al-Assad International Airport", "aliases=Hmeimim\n");
        assertSays(failure(project), "content/glossary/khmeimim.md:9: the name 'Hmeimim' is already used by content/glossary/hmeimim-airport.md");
    }

    @Test
    void nonAsciiFileName() {
        TestProject project = TestProject.create(dir).page("explainers/über.md", "explainer", "Über", "", "Body.");
        assertSays(failure(project), "content/explainers/über.md: the name 'über' becomes part of a web address");
    }

    @Test
    void templateError() {
        TestProject project = TestProject.create(dir)
                .page("explainers/bases.md", "explainer", "Bases", "", "Body.")
                .write("templates/explainer.ftl", "<#ftl output_format=\"HTML\">\n<#global site = config.site_model>\n"
                        + "<p>${site.page(content.uri).titel}</p>\n");
        assertSays(failure(project), "templates/explainer.ftl:3:", "titel");
    }

    @Test
    void errorInAPartialTheMarkdownRenders() {
        TestProject project = TestProject.create(dir)
                .term("tartus", "Tartus", "")
                .page("explainers/bases.md", "explainer", "Bases", "", "The port of [Tartus](term:).")
                .write("templates/partials/term-reference.ftl", "<#ftl output_format=\"HTML\">\n<#-- Parameter: reference. -->\n"
                        + "<a href=\"${reference.href()}\">${reference.term().titel}</a>");
        assertSays(failure(project), "templates/partials/term-reference.ftl:3:", "titel");
    }

    @Test
    void referenceToADraftGlossaryTerm() {
        TestProject project = TestProject.create(dir)
                .write("content/glossary/astana.md", "title=Astana talks\ntype=term\nsummary=Talks on Syria.\ndate=2025-08-01\n"
                        + "reviewed=2025-08-01\nstatus=draft\ncategory=place\naliases=Astana process\n~~~~~~\n")
                .page("explainers/bases.md", "explainer", "Bases", "", "The [talks](term:astana) and the [process](term:Astana process).");
        String message = failure(project);
        assertSays(message, "content/explainers/bases.md:10: the glossary term 'astana' is a draft (content/glossary/astana.md:6 says"
                + " status=draft)", "the glossary term 'Astana process' is a draft", "set status=published there");
        assertTrue(!message.contains("add content/glossary/astana.md"), () -> "offers to create a file that exists:\n" + message);
    }

    @Test
    void termReferenceByAnAliasOfTwoWordsIsALink() throws IOException {
        TestProject project = TestProject.create(dir)
                .term("lavrentyev", "Alexander Lavrentyev", "aliases=Aleksandr Lavrentiev\n")
                .page("explainers/bases.md", "explainer", "Bases", "", "[Russia's envoy](term:Aleksandr Lavrentiev) came.");
        project.build();
        String html = Files.readString(project.output().resolve("explainers/bases.html"));
        assertTrue(html.contains("href=\"../glossary/lavrentyev.html\""), "no link to the entry");
        assertTrue(!html.contains("](term:"), "a term reference was published as text");
    }

    @Test
    void termReferenceLeftAsText() {
        TestProject project = TestProject.create(dir).term("tartus", "Tartus", "")
                .page("explainers/bases.md", "explainer", "Bases", "", "The [port] (term:tartus) is busy.");
        assertSays(failure(project), "content/explainers/bases.md:10: this term reference is not a link",
                "write it as [port](term:tartus)");
    }

    @Test
    void rawHtml() {
        TestProject project = TestProject.create(dir)
                .page("explainers/bases.md", "explainer", "Bases", "", "Intro.\n\n<script>alert(1)</script>\n\nA <div onclick=\"x()\">box</div>.");
        assertSays(failure(project), "content/explainers/bases.md:12: raw HTML is not published: '<script>alert(1)</script>'",
                "content/explainers/bases.md:14: raw HTML is not published: '<div onclick=\"x()\">'; write plain Markdown");
    }

    @Test
    void linkCopiedFromThePreview() {
        TestProject project = TestProject.create(dir)
                .page("explainers/bases.md", "explainer", "Bases", "", "See [how we work](http://127.0.0.1:8820/about.html).");
        assertSays(failure(project), "content/explainers/bases.md:10: 'http://127.0.0.1:8820/about.html' is an address on your own"
                + " computer", "link to the page's source file instead: (../about.md)");
    }

    @Test
    void footnoteWithoutItsNoteAndNoteNeverCited() {
        TestProject project = TestProject.create(dir).page("explainers/bases.md", "explainer", "Bases", "",
                "Signed in 2017.[^no-such-note]\n\n[^unused]: TASS, \"Ratified\", 2017.");
        assertSays(failure(project), "content/explainers/bases.md:10: the footnote [^no-such-note] has no note",
                "content/explainers/bases.md:12: the source note [^unused] is never cited");
    }

    @Test
    void imageWithoutAltText() {
        TestProject project = TestProject.create(dir).page("explainers/bases.md", "explainer", "Bases", "", "![](map.svg)");
        assertSays(failure(project), "content/explainers/bases.md:10: the image 'map.svg' has no alt text; write ![what the image shows](map.svg)");
    }

    @Test
    void imageThatIsNotAFileOfTheSiteOrComesFromAnotherSite() {
        TestProject project = TestProject.create(dir).page("explainers/bases.md", "explainer", "Bases", "",
                "![The port](port.svg)\n\n![The coast](https://example.org/coast.png)");
        assertSays(failure(project), "content/explainers/bases.md:10: the image 'port.svg' is not a file of the site; put the file at"
                        + " assets/explainers/port.svg (the assets folder is published at the site's root)",
                "content/explainers/bases.md:12: the image 'https://example.org/coast.png' is loaded from another site");
    }

    @Test
    void imageInTheAssetsFolderIsPublished() throws IOException {
        TestProject project = TestProject.create(dir).page("explainers/bases.md", "explainer", "Bases", "", "![The port](../images/port.svg)");
        Files.createDirectories(dir.resolve("assets/images"));
        Files.writeString(dir.resolve("assets/images/port.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        project.build();
        assertTrue(Files.isRegularFile(project.output().resolve("images/port.svg")));
    }

    @Test
    void missingTemplatesFolder() throws IOException {
        TestProject project = TestProject.create(dir).page("explainers/bases.md", "explainer", "Bases", "", "Body.");
        Files.move(dir.resolve("templates"), dir.resolve("templates-elsewhere"));
        assertSays(failure(project), "templates: the templates folder is missing");
    }
}
