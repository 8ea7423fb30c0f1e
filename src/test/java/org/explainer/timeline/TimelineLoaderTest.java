package org.explainer.timeline;

import org.explainer.base.BuildFailure;
import org.explainer.base.Language;
import org.explainer.base.Languages;
import org.explainer.base.ProblemCollector;
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

class TimelineLoaderTest {

    @TempDir
    Path dir;

    private static final String GOOD = """
            - date: "1971"
              title: Soviet navy gets a supply point
              description: An agreement gives the Soviet navy a supply point at Tartus.
              category: military
              terms: [tartus]
              tags: [bases]
              source:
                publisher: Example News
                title: "A title"
                date: "2017-01-20"
                url: https://example.org/a
            """;

    private Timeline load(String yaml) throws IOException {
        Path file = dir.resolve("timeline.yml");
        Files.writeString(file, yaml);
        ProblemCollector problems = new ProblemCollector();
        Timeline timeline = TimelineLoader.load(file, "data/timeline.yml", List.of("diplomacy", "military"), "tartus"::equals,
                ONE, problems);
        problems.throwIfAny();
        return timeline;
    }

    private String failure(String yaml) {
        return assertThrows(BuildFailure.class, () -> load(yaml)).getMessage();
    }

    private static final Languages ONE = Languages.of(List.of(Language.parse("en", "English | ltr | en-GB")), "en");
    private static final Languages THREE = Languages.of(List.of(Language.parse("en", "English | ltr | en-GB"),
            Language.parse("ar", "العربية | rtl | ar-SY-u-nu-latn"), Language.parse("ru", "Русский | ltr | ru-RU")), "en");

    private static final String TRANSLATED = GOOD.replace("""
              description: An agreement gives the Soviet navy a supply point at Tartus.
            """, """
              titles:
                ar: البحرية السوفيتية تحصل على نقطة إمداد
              description: An agreement gives the Soviet navy a supply point at Tartus for 49 years.
              descriptions:
                ar: اتفاق يمنح البحرية السوفيتية نقطة إمداد في طرطوس لمدة 49 عاماً.
                ru: Соглашение даёт советскому флоту пункт снабжения в Тартусе на 49 лет.
            """);

    private Timeline loadInThree(String yaml) throws IOException {
        Path file = dir.resolve("timeline.yml");
        Files.writeString(file, yaml);
        ProblemCollector problems = new ProblemCollector();
        Timeline timeline = TimelineLoader.load(file, "data/timeline.yml", List.of("military"), "tartus"::equals, THREE, problems);
        problems.throwIfAny();
        return timeline;
    }

    @Test
    void anEventIsShownInEachLanguageItIsTranslatedIntoAndInEnglishOtherwise() throws IOException {
        Timeline timeline = loadInThree(TRANSLATED);
        assertEquals("البحرية السوفيتية تحصل على نقطة إمداد", timeline.in("ar").events().get(0).title());
        assertEquals("Soviet navy gets a supply point", timeline.in("ru").events().get(0).title());
        assertTrue(timeline.in("ru").events().get(0).description().startsWith("Соглашение"));
        assertEquals("Soviet navy gets a supply point", timeline.in("en").events().get(0).title());
    }

    @Test
    void aTranslationThatLosesANumberOrIsInAnUndeclaredLanguageFails() {
        String lost = assertThrows(BuildFailure.class, () -> loadInThree(TRANSLATED.replace("на 49 лет", "надолго"))).getMessage();
        assertTrue(lost.contains("data/timeline.yml:8: event 1 (\"Soviet navy gets a supply point\"): the description in 'ru'"
                + " writes the numbers [] and the description [49]"), lost);
        String undeclared = assertThrows(BuildFailure.class, () -> loadInThree(TRANSLATED.replace("    ru: ", "    de: "))).getMessage();
        assertTrue(undeclared.contains("data/timeline.yml:8: event 1 (\"Soviet navy gets a supply point\"): descriptions has 'de',"
                + " which is no other language this site declares (ar, ru)"), undeclared);
    }

    @Test
    void aCommittedVersionIsReadAsWrittenWithoutTheChecksOfTodaysSite() {
        // A category and a glossary term the site no longer has, and a translation into a language it never declared.
        String old = TRANSLATED.replace("category: military", "category: navy").replace("[tartus]", "[tartous]")
                .replace("    ru: ", "    de: ");
        TimelineEvent event = TimelineLoader.asCommitted(old).orElseThrow().get(0);
        assertEquals("navy", event.category());
        assertEquals("البحرية السوفيتية تحصل على نقطة إمداد", event.in("ar").title());
        assertEquals("Example News", event.source().publisher());
        assertEquals(List.of(), TimelineLoader.asCommitted("").orElse(List.of()));
        assertTrue(TimelineLoader.asCommitted("title: not a list").isEmpty());
        assertTrue(TimelineLoader.asCommitted(GOOD.replace("\"1971\"", "\"early 1971\"")).isEmpty(), "a date that does not read");
        assertTrue(TimelineLoader.asCommitted("- date: [unclosed").isEmpty(), "not YAML");
    }

    @Test
    void readsEventsWithTheirPrecision() throws IOException {
        TimelineEvent event = load(GOOD).events().get(0);
        assertEquals("year", event.date().precision());
        assertEquals("2017-01-20", event.source().date().iso());
        assertEquals("day", event.source().date().precision());
    }

    @Test
    void aSourceMayCarryAnArchivedCopy() throws IOException {
        assertEquals("", load(GOOD).events().get(0).source().archived());
        String archived = GOOD + "    archived: https://web.archive.org/web/2017/https://example.org/a\n";
        assertEquals("https://web.archive.org/web/2017/https://example.org/a", load(archived).events().get(0).source().archived());
        String message = failure(GOOD + "    archived: web.archive.org/a\n");
        assertTrue(message.contains("data/timeline.yml:12: event 1 (\"Soviet navy gets a supply point\"): the source's archived copy"
                + " 'web.archive.org/a' is not a web address"), message);
    }

    @Test
    void badDateNamesFileLineAndEvent() {
        String message = failure(GOOD.replace("date: \"1971\"", "date: \"1971-13\""));
        assertTrue(message.contains("data/timeline.yml:1: event 1 (\"Soviet navy gets a supply point\"): date '1971-13' is not a date"), message);
    }

    @Test
    void missingSourceIsAnError() {
        String yaml = GOOD.substring(0, GOOD.indexOf("  source:"));
        assertTrue(failure(yaml).contains("event 1 (\"Soviet navy gets a supply point\"): has no source"));
    }

    @Test
    void unknownTermIsAnError() {
        assertTrue(failure(GOOD.replace("[tartus]", "[tartous]")).contains("data/timeline.yml:5: event 1 (\"Soviet navy gets a supply point\"): unknown glossary term 'tartous'"));
    }

    @Test
    void aCategoryTheSiteDoesNotDeclareNamesTheSetting() {
        assertTrue(failure(GOOD.replace("category: military", "category: economy")).contains("data/timeline.yml:4: event 1"
                + " (\"Soviet navy gets a supply point\"): category 'economy' is not one of diplomacy, military"
                + " (timeline.categories in jbake.properties)"));
    }

    @Test
    void eventsOutOfOrderAreAnError() {
        String second = GOOD.replace("\"1971\"", "\"1944-07-21\"").replace("Soviet navy gets a supply point", "Relations begin");
        assertTrue(failure(GOOD + second).contains("event 2 (\"Relations begin\"): dated 1944-07-21, before the event above it"));
    }

    @Test
    void partialDatesSelectByTheirOwnPrecision() {
        PartialDate march2016 = PartialDate.parse("2016-03").orElseThrow();
        assertTrue(march2016.within(PartialDate.parse("2016").orElseThrow(), PartialDate.parse("2016").orElseThrow()));
        assertTrue(march2016.within(PartialDate.parse("2016-01").orElseThrow(), PartialDate.parse("2016-03").orElseThrow()));
        assertFalse(march2016.within(PartialDate.parse("2016-04").orElseThrow(), null));
        assertEquals("month", march2016.precision());
    }
}
