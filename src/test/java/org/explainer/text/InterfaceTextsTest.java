package org.explainer.text;

import org.explainer.base.BuildFailure;
import org.explainer.base.ProblemCollector;
import org.explainer.base.ProjectConfig;
import org.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each language's interface text follows its own rules: plurals and dates through ICU, from Russian and
 * Arabic messages in a test fixture (src/test/resources/text/), though the site publishes only English;
 * and a file that is wrong fails the build with its file, line, key and language.
 */
class InterfaceTextsTest {

    private static final Path FIXTURE = Path.of("src/test/resources/text");

    @TempDir
    Path project;

    /** A project in Russian and Arabic with the fixture's messages, whose default language is {@code defaultCode}. */
    private InterfaceText text(String defaultCode) throws IOException {
        writeProject(defaultCode, "");
        for (String code : List.of("ru", "ar")) {
            Files.copy(FIXTURE.resolve(code + ".properties"), textFile(code));
        }
        ProblemCollector problems = new ProblemCollector();
        InterfaceTexts texts = InterfaceTexts.load(ProjectConfig.load(project, ""), problems);
        problems.throwIfAny();
        return texts.getDefault();
    }

    private void writeProject(String defaultCode, String moreSettings) throws IOException {
        Files.createDirectories(project.resolve("text"));
        Files.writeString(project.resolve(ProjectConfig.FILE_NAME), TestProject.BARE_SETTINGS + """
                language.ru=Русский | ltr | ru
                language.ar=العربية | rtl | ar
                site.language=%s
                %s
                """.formatted(defaultCode, moreSettings), StandardCharsets.UTF_8);
    }

    private Path textFile(String code) {
        return project.resolve("text/" + code + ".properties");
    }

    private String failure() {
        ProblemCollector problems = new ProblemCollector();
        InterfaceTexts.load(ProjectConfig.load(project, ""), problems);
        return assertThrows(BuildFailure.class, problems::throwIfAny).getMessage();
    }

    private static String minutes(InterfaceText text, int minutes) {
        return text.format("article.minutes", Map.of("minutes", minutes));
    }

    @Test
    void russianReadingTimeTakesTheFormOfItsNumber() throws IOException {
        InterfaceText russian = text("ru");
        assertEquals("1 минута", minutes(russian, 1));
        assertEquals("2 минуты", minutes(russian, 2));
        assertEquals("5 минут", minutes(russian, 5));
        assertEquals("11 минут", minutes(russian, 11));
        assertEquals("21 минута", minutes(russian, 21));
        assertEquals("22 минуты", minutes(russian, 22));
    }

    @Test
    void arabicReadingTimeHasSixFormsAndArabicDigits() throws IOException {
        InterfaceText arabic = text("ar");
        assertEquals("٠ دقيقة", minutes(arabic, 0));
        assertEquals("دقيقة واحدة", minutes(arabic, 1));
        assertEquals("دقيقتان", minutes(arabic, 2));
        assertEquals("٣ دقائق", minutes(arabic, 3));
        assertEquals("١١ دقيقةً", minutes(arabic, 11));
        assertEquals("١٠٠ دقيقة", minutes(arabic, 100));
    }

    @Test
    void theLocaleChoosesTheNumerals() throws IOException {
        writeProject("ar", "language.ar=العربية | rtl | ar-u-nu-latn");
        for (String code : List.of("ru", "ar")) {
            Files.copy(FIXTURE.resolve(code + ".properties"), textFile(code));
        }
        ProblemCollector problems = new ProblemCollector();
        InterfaceText arabic = InterfaceTexts.load(ProjectConfig.load(project, ""), problems).getDefault();
        assertTrue(problems.isEmpty());
        assertEquals("3 دقائق", minutes(arabic, 3));
        assertEquals("1 أغسطس 2025", arabic.format("date.day", Map.of("date", "2025-08-01")));
    }

    /** Russian writes a narrow no-break space before the abbreviation of "year" (г.), so it never starts a line. */
    @Test
    void aLanguagesNameIsCapitalisedAsALabelNotInASentence() throws IOException {
        InterfaceText russian = text("ru");
        assertEquals("арабский", russian.languageName("ar"));
        assertEquals("Арабский", russian.languageLabel("ar"));
        assertEquals("Английский", russian.languageLabel("en-GB"));
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThem() throws IOException {
        InterfaceText russian = text("ru");
        assertEquals("1 августа 2025\u202fг.", russian.format("date.day", Map.of("date", "2025-08-01")));
        assertEquals("июль 1944\u202fг.", russian.format("date.month", Map.of("date", "1944-07")));
        assertEquals("1971", russian.format("date.year", Map.of("date", "1971")));
        Files.delete(textFile("ru"));
        Files.delete(textFile("ar"));
        InterfaceText arabic = text("ar");
        assertEquals("١ أغسطس ٢٠٢٥", arabic.format("date.day", Map.of("date", "2025-08-01")));
    }

    @Test
    void englishDatesAndReadingTimeAreWrittenAsTheSiteAlwaysWroteThem() {
        ProblemCollector problems = new ProblemCollector();
        InterfaceText english = InterfaceTexts.load(ProjectConfig.load(TestProject.REAL, ""), problems).getDefault();
        assertTrue(problems.isEmpty());
        assertEquals("1 August 2025", english.format("date.day", Map.of("date", "2025-08-01")));
        assertEquals("July 1944", english.format("date.month", Map.of("date", "1944-07")));
        assertEquals("1971", english.format("date.year", Map.of("date", "1971")));
        assertEquals("1 min", minutes(english, 1));
        assertEquals("12 min", minutes(english, 12));
    }

    @Test
    void aDateIsTheSameDayInEveryTimeZone() throws IOException {
        TimeZone before = TimeZone.getDefault();
        try {
            for (String zone : List.of("Pacific/Kiritimati", "America/Adak")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                com.ibm.icu.util.TimeZone.setDefault(com.ibm.icu.util.TimeZone.getTimeZone(zone));
                Files.deleteIfExists(textFile("ru"));
                Files.deleteIfExists(textFile("ar"));
                assertEquals("1 августа 2025\u202fг.", text("ru").format("date.day", Map.of("date", "2025-08-01")), zone);
            }
        } finally {
            TimeZone.setDefault(before);
            com.ibm.icu.util.TimeZone.setDefault(com.ibm.icu.util.TimeZone.getTimeZone(before.getID()));
        }
    }

    @Test
    void aMissingKeyFailsNamingTheKeyAndTheLanguage() throws IOException {
        writeProject("ru", "");
        Files.copy(FIXTURE.resolve("ru.properties"), textFile("ru"));
        Files.writeString(textFile("ar"), Files.readString(FIXTURE.resolve("ar.properties")).replaceAll("(?m)^date\\.month=.*\\n", ""));
        assertTrue(failure().contains("text/ar.properties: the interface text of the language 'ar' has no date.month"), failure());
    }

    @Test
    void aPluralWithoutEveryFormOfItsLanguageFailsWithFileAndLine() throws IOException {
        writeProject("ru", "");
        Files.copy(FIXTURE.resolve("ar.properties"), textFile("ar"));
        Files.writeString(textFile("ru"), Files.readString(FIXTURE.resolve("ru.properties"))
                .replace("few {# минуты} many {# минут} ", ""));
        assertTrue(failure().contains("text/ru.properties:3: article.minutes: the plural of {minutes} has the forms [one, other],"
                + " but the language 'ru' (ru) has [few, many, one, other]; add [few, many]"), failure());
    }

    @Test
    void aMessageThatIsNotValidFailsWithFileAndLine() throws IOException {
        writeProject("ru", "");
        Files.copy(FIXTURE.resolve("ar.properties"), textFile("ar"));
        Files.writeString(textFile("ru"), Files.readString(FIXTURE.resolve("ru.properties"))
                .replace("date.year={date, date, ::y}", "date.year={date, date, ::y"));
        assertTrue(failure().contains("text/ru.properties:6: date.year: not a valid message (ICU MessageFormat)"), failure());
    }

    @Test
    void aLanguageWithoutInterfaceTextFails() throws IOException {
        writeProject("ru", "");
        Files.copy(FIXTURE.resolve("ru.properties"), textFile("ru"));
        assertTrue(failure().contains("text/ar.properties: the language 'ar' has no interface text: write this file"), failure());
    }

    @Test
    void everyCategoryOfTheSiteNeedsItsName() throws IOException {
        writeProject("ru", "timeline.categories=diplomacy");
        Files.copy(FIXTURE.resolve("ru.properties"), textFile("ru"));
        Files.copy(FIXTURE.resolve("ar.properties"), textFile("ar"));
        Files.writeString(textFile("ru"), "category.diplomacy=Дипломатия\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertTrue(failure().contains("text/ar.properties: the interface text of the language 'ar' has no category.diplomacy"), failure());
    }

    @Test
    void theScriptGetsEachPluralFormWholeWithItsPlaceholders() {
        ProblemCollector problems = new ProblemCollector();
        InterfaceText english = InterfaceTexts.load(ProjectConfig.load(TestProject.REAL, ""), problems).getDefault();
        assertEquals("{\"search.loading\":\"Loading the search index…\",\"search.matches\":{\"arg\":\"count\","
                        + "\"=0\":\"No pages match “{query}”.\",\"one\":\"{count} page matches “{query}”.\","
                        + "\"other\":\"{count} pages match “{query}”.\"}}",
                english.forScript(List.of("search.loading", "search.matches")));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> english.forScript(List.of("date.day")));
        assertTrue(refused.getMessage().contains("the text date.day is for the browser's script, which does not understand a formatted placeholder"),
                refused.getMessage());
    }
}
