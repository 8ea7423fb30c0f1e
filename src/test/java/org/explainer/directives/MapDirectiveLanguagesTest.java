package org.explainer.directives;

import org.explainer.base.Language;
import org.explainer.base.Languages;
import org.explainer.base.ProblemCollector;
import org.explainer.base.ProjectConfig;
import org.explainer.testing.InMemorySite;
import org.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code {{map bases}}} on a page in Arabic or Russian shows that language's copy of the real map, captioned in it. */
class MapDirectiveLanguagesTest {

    private static final Language ENGLISH = Language.parse("en", "English | ltr | en-GB");
    private static final Language ARABIC = Language.parse("ar", "العربية | rtl | ar-SY-u-nu-latn");
    private static final Language RUSSIAN = Language.parse("ru", "Русский | ltr | ru");

    private static final Maps MAPS = load();

    private static Maps load() {
        ProjectConfig real = ProjectConfig.load(TestProject.REAL, "");
        ProblemCollector problems = new ProblemCollector();
        Maps maps = Maps.load(TestProject.REAL, TestProject.REAL.resolve("data/maps"), real.geoDataFile(), real.placeKinds(),
                Languages.of(List.of(ENGLISH, ARABIC, RUSSIAN), "en"), problems);
        problems.throwIfAny();
        return maps;
    }

    private static String page(Language language) {
        return new InMemorySite().directive(new MapDirective(MAPS)).page("explainers/page.md", "explainer", "{{map bases}}\n")
                .render("explainers/page.md", language);
    }

    @Test
    void eachLanguageHasItsOwnCopyOfTheMapAndTheDefaultKeepsItsAddress() {
        assertEquals("maps/bases.svg", MAPS.map("bases", ENGLISH).orElseThrow().outputPath());
        assertEquals("ar/maps/bases.svg", MAPS.map("bases", ARABIC).orElseThrow().outputPath());
        assertEquals("ru/maps/bases.svg", MAPS.map("bases", RUSSIAN).orElseThrow().outputPath());
        assertTrue(MAPS.map("bases", ARABIC).orElseThrow().svg().contains(">منشأة طرطوس البحرية<"));
    }

    @Test
    void anArabicPageShowsTheArabicMapWithAnArabicCaptionAndPlaces() {
        String html = page(ARABIC);
        assertTrue(html.contains("src=\"../ar/maps/bases.svg\" alt=\"القواعد الروسية في سوريا\""), html);
        assertTrue(html.contains("<figcaption class=\"map__caption\">خريطة سوريا وساحلها"), html);
        assertTrue(html.contains("<li>منشأة طرطوس البحرية (نقطة إمداد وإصلاح للبحرية الروسية): "), html);
    }

    @Test
    void aRussianPageShowsTheRussianMap() {
        String html = page(RUSSIAN);
        assertTrue(html.contains("src=\"../ru/maps/bases.svg\" alt=\"Российские базы в Сирии\""), html);
        assertTrue(html.contains("<li>Дамаск: "), html);
    }

    @Test
    void textTheMapFileLeavesUntranslatedIsShownInTheDefaultLanguageMarkedAsSuch(@TempDir Path project) throws IOException {
        Path maps = Files.createDirectories(project.resolve("data/maps"));
        Files.writeString(maps.resolve("coast.yml"), """
                title: The coast
                titles: {ar: الساحل}
                description: Two towns on the coast.
                focus: Syria
                bbox: [34.0, 32.0, 42.5, 37.5]
                width: 600
                places:
                  - {name: Latakia, names: {ar: اللاذقية}, latitude: 35.517, longitude: 35.783, kind: city, label: start}
                  - {name: Jableh, latitude: 35.35, longitude: 35.917, kind: city, label: start, note: A port, notes: {ar: ميناء}}
                """);
        ProjectConfig real = ProjectConfig.load(TestProject.REAL, "");
        ProblemCollector problems = new ProblemCollector();
        Maps coast = Maps.load(project, maps, real.geoDataFile(), real.placeKinds(), Languages.of(List.of(ENGLISH, ARABIC), "en"), problems);
        problems.throwIfAny();
        String html = new InMemorySite().directive(new MapDirective(coast)).page("explainers/page.md", "explainer", "{{map coast}}\n")
                .render("explainers/page.md", ARABIC);
        assertTrue(html.contains("alt=\"الساحل\" width="), html);
        assertTrue(html.contains("<figcaption class=\"map__caption\"><span lang=\"en-GB\" dir=\"ltr\">Two towns on the coast.</span>"), html);
        assertTrue(html.contains("<li>اللاذقية: "), html);
        assertTrue(html.contains("<li><span lang=\"en-GB\" dir=\"ltr\">Jableh</span> (ميناء): "), html);
    }

    @Test
    void anEnglishPageIsAsItWas() {
        String html = page(ENGLISH);
        assertTrue(html.contains("src=\"../maps/bases.svg\" alt=\"Russia&#39;s bases in Syria\""), html);
        assertTrue(html.contains("<li>Damascus: "), html);
    }
}
