package org.explainer.text;

import org.explainer.base.ProblemCollector;
import org.explainer.base.ProjectConfig;
import org.explainer.base.PropertiesFile;
import org.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real project's interface text in each language it declares: the machinery's files
 * (templates/text/) and the site's (text/) load without a problem, each language has exactly the keys
 * English has, and Russian and Arabic counts and dates come out as those languages write them, Arabic
 * with the Western digits the site declares for it (ar-SY-u-nu-latn).
 */
class EditionTextsTest {

    private static final Path REAL = TestProject.REAL;

    @TempDir
    Path project;

    /**
     * The real interface text of {@code code}: a project whose settings are the real ones with
     * {@code code} as the default language, reading the real templates/text/ and text/ in place.
     */
    private InterfaceText text(String code) throws IOException {
        String settings = Files.readString(REAL.resolve(ProjectConfig.FILE_NAME), StandardCharsets.UTF_8);
        String asDefault = settings.replaceFirst("(?m)^site\\.language=.*$", "site.language=" + code);
        assertTrue(asDefault.contains("site.language=" + code + "\n"), "jbake.properties names no site.language");
        Files.writeString(project.resolve(ProjectConfig.FILE_NAME), asDefault
                + "\ntemplate.folder=" + REAL.resolve("templates").toString().replace('\\', '/')
                + "\ntext.folder=" + REAL.resolve("text").toString().replace('\\', '/') + "\n", StandardCharsets.UTF_8);
        ProblemCollector problems = new ProblemCollector();
        InterfaceTexts texts = InterfaceTexts.load(ProjectConfig.load(project, ""), problems);
        problems.throwIfAny();
        assertEquals(code, texts.getDefault().language().getCode());
        return texts.getDefault();
    }

    private static String minutes(InterfaceText text, int minutes) {
        return text.format("article.minutes", Map.of("minutes", minutes));
    }

    @Test
    void theRealProjectDeclaresArabicAndRussianAndLoadsEveryLanguageWithoutAProblem() {
        ProjectConfig real = ProjectConfig.load(REAL, "");
        assertEquals(List.of("en", "ar", "ru"), real.settings().languages().all().stream().map(Object::toString).toList());
        ProblemCollector problems = new ProblemCollector();
        InterfaceTexts.load(real, problems);
        problems.throwIfAny();
    }

    /**
     * The loader asks only that every language has every key some language has; here English is the measure,
     * with the site's own words beside it, which English takes from jbake.properties and the editions say in
     * their own language (a language without them would show the English title).
     */
    @Test
    void arabicAndRussianHaveExactlyTheKeysOfEnglishAndTheSitesOwnWords() {
        for (String folder : List.of("templates/text", "text")) {
            TreeSet<String> english = keys(REAL.resolve(folder).resolve("en.properties"));
            if (folder.equals("text")) {
                english.addAll(List.of("site.title", "site.description", "site.publisher", "site.footer.note", "site.nav", "site.footer"));
            }
            for (String code : List.of("ar", "ru")) {
                assertEquals(english, keys(REAL.resolve(folder).resolve(code + ".properties")), folder + "/" + code + ".properties");
            }
        }
    }

    private static TreeSet<String> keys(Path file) {
        return new TreeSet<>(PropertiesFile.read(file).keys());
    }

    @Test
    void russianReadingTimeTakesTheFormOfItsNumber() throws IOException {
        InterfaceText russian = text("ru");
        assertEquals("1 минута", minutes(russian, 1));
        assertEquals("2 минуты", minutes(russian, 2));
        assertEquals("5 минут", minutes(russian, 5));
        assertEquals("11 минут", minutes(russian, 11));
        assertEquals("21 минута", minutes(russian, 21));
        assertEquals("24 минуты", minutes(russian, 24));
    }

    /** Zero, one, two, few (3–10), many (11–99), other (100…): each its own form, all in Western digits. */
    @Test
    void arabicReadingTimeHasSixFormsInWesternDigits() throws IOException {
        InterfaceText arabic = text("ar");
        assertEquals("0 دقيقة", minutes(arabic, 0));
        assertEquals("دقيقة واحدة", minutes(arabic, 1));
        assertEquals("دقيقتان", minutes(arabic, 2));
        assertEquals("3 دقائق", minutes(arabic, 3));
        assertEquals("10 دقائق", minutes(arabic, 10));
        assertEquals("11 دقيقة", minutes(arabic, 11));
        assertEquals("100 دقيقة", minutes(arabic, 100));
    }

    @Test
    void countsWithANounAgreeInEachLanguage() throws IOException {
        InterfaceText russian = text("ru");
        assertEquals("Показано 3 из 21 события", russian.format("timeline.filter.shown", Map.of("shown", 3, "total", 21)));
        assertEquals("Показано 3 из 25 событий", russian.format("timeline.filter.shown", Map.of("shown", 3, "total", 25)));
        assertEquals("По запросу «Тартус» найдены 2 страницы.", russian.format("search.matches", Map.of("count", 2, "query", "Тартус")));
        InterfaceText arabic = text("ar");
        assertEquals("معروض 3 من أصل حدثين", arabic.format("timeline.filter.shown", Map.of("shown", 3, "total", 2)));
        assertEquals("معروض 3 من أصل 12 حدثًا", arabic.format("timeline.filter.shown", Map.of("shown", 3, "total", 12)));
        assertEquals("لا توجد صفحات تطابق «طرطوس».", arabic.format("search.matches", Map.of("count", 0, "query", "طرطوس")));
    }

    /** Arabic dates in Western digits with the month names used in Syria; Russian with its "г." kept on the year's line. */
    @Test
    void datesAndNumbersAreWrittenByEachLanguagesLocale() throws IOException {
        InterfaceText arabic = text("ar");
        assertEquals("31 تموز 2025", arabic.format("date.day", Map.of("date", "2025-07-31")));
        assertEquals("كانون الأول 2024", arabic.format("date.month", Map.of("date", "2024-12")));
        assertEquals("عقد 1970", arabic.format("timeline.decade", Map.of("decade", 1970)));
        assertEquals("34.889° شمالًا، 35.948° شرقًا", arabic.format("map.coordinates",
                Map.of("latitude", 34.8889, "north", true, "longitude", 35.9478, "east", true)));
        InterfaceText russian = text("ru");
        assertEquals("31 июля 2025\u202fг.", russian.format("date.day", Map.of("date", "2025-07-31")));
        assertEquals("1970-е годы", russian.format("timeline.decade", Map.of("decade", 1970)));
        assertEquals("34,889° с. ш., 35,948° в. д.", russian.format("map.coordinates",
                Map.of("latitude", 34.8889, "north", true, "longitude", 35.9478, "east", true)));
    }

    /** What the site's script writes (search results, the filters' counts) must be in the form a script takes. */
    @Test
    void theScriptsMessagesAreInTheFormAScriptTakes() throws IOException {
        List<String> scriptKeys = List.of("search.loading", "search.failed", "search.matches", "search.kind",
                "glossary.filter.label", "glossary.filter.all", "glossary.filter.shown", "timeline.filter.label", "timeline.filter.shown");
        assertTrue(text("ar").forScript(scriptKeys).contains("\"two\":\"معروض {shown} من أصل حدثين\""));
        assertTrue(text("ru").forScript(scriptKeys).contains("\"few\":\"Показаны {shown} статьи\""));
    }
}
