package org.explainer.markdown.languages;

import org.explainer.base.Language;
import org.explainer.base.ScriptLanguages;
import org.explainer.markdown.Markdown;
import org.explainer.testing.InMemorySite;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs of other scripts, marked relative to the language of the page they are on. */
class LanguageSpansTest {

    private static final ScriptLanguages SCRIPTS = ScriptLanguages.parse("Latin:en, Cyrillic:ru, Arabic:ar");
    private static final Language ENGLISH = Language.parse("en", "English | ltr | en-GB");
    private static final Language ARABIC = Language.parse("ar", "العربية | rtl | ar-SY-u-nu-latn");
    private static final Language RUSSIAN = Language.parse("ru", "Русский | ltr | ru");

    /** A site of one page whose body is {@code body}, rendered by the dialect with the site's scripts named. */
    private static InMemorySite pageOf(String body) {
        return new InMemorySite(new Markdown(SCRIPTS)).page("explainers/page.md", "explainer", body);
    }

    @Test
    void onAnArabicPageALatinNameIsIsolatedAndTheArabicCommaStaysAfterIt() {
        assertEquals("قالت وكالة <bdi lang=\"en\">Reuters</bdi>، في 2024.",
                LanguageSpans.html("قالت وكالة Reuters، في 2024.", SCRIPTS, ARABIC));
    }

    @Test
    void onAnArabicPageArabicIsPlainAndNumbersAloneAreLeftToTheBidiAlgorithm() {
        assertEquals(List.of(new TextRun("وصلت 4 سفن في 12.03.2025، ثم غادرت.", "", false, false)),
                LanguageSpans.split("وصلت 4 سفن في 12.03.2025، ثم غادرت.", SCRIPTS, ARABIC));
    }

    @Test
    void onAnArabicPageACodeWithDigitsIsOneRun() {
        assertEquals("منظومة <bdi lang=\"en\">S-400</bdi> وطائرة <bdi lang=\"en\">A321</bdi>، و<bdi lang=\"en\">2S19</bdi>.",
                LanguageSpans.html("منظومة S-400 وطائرة A321، و2S19.", SCRIPTS, ARABIC));
    }

    @Test
    void onAnArabicPageAPhraseOfSeveralLatinWordsIsOneRunAndTheQuotesStayOutside() {
        assertEquals("نشرت «<bdi lang=\"en\">The Moscow Times</bdi>» خبراً.",
                LanguageSpans.html("نشرت «The Moscow Times» خبراً.", SCRIPTS, ARABIC));
    }

    @Test
    void onAnArabicPageAPublisherAndATitleAreTwoRunsAndTheArabicCommaAndQuotesBetweenThemStayOutside() {
        assertEquals("<bdi lang=\"en\">LBCI (Reuters)</bdi>، «<bdi lang=\"en\">Russia’s Putin meets Syrian FM</bdi>»، 31 تموز 2025.",
                LanguageSpans.html("LBCI (Reuters)، «Russia’s Putin meets Syrian FM»، 31 تموز 2025.", SCRIPTS, ARABIC));
    }

    @Test
    void anApostropheTheDialectMadeTypographicStaysInsideItsRun() {
        InMemorySite site = pageOf("نشرت LBCI خبر «Russia's Putin meets Syrian FM»... ثم غادر.\n");
        assertEquals("<p>نشرت <bdi lang=\"en\">LBCI</bdi> خبر «<bdi lang=\"en\">Russia&rsquo;s Putin meets Syrian FM</bdi>»&hellip; ثم غادر.</p>\n",
                site.render("explainers/page.md", ARABIC));
    }

    @Test
    void onAnArabicPageARussianRunIsIsolatedAsRussian() {
        assertEquals("قاعدة <bdi lang=\"ru\">Хмеймим</bdi>.",
                LanguageSpans.html("قاعدة Хмеймим.", SCRIPTS, ARABIC));
    }

    @Test
    void onARussianPageArabicKeepsItsDirectionAndLatinIsMarkedEnglish() {
        assertEquals("Агентство <span lang=\"en\">Reuters</span> и газета «<span lang=\"ar\" dir=\"rtl\">الوطن</span>».",
                LanguageSpans.html("Агентство Reuters и газета «الوطن».", SCRIPTS, RUSSIAN));
    }

    @Test
    void onARussianPageDigitsAfterALatinRunAreLeftAsTheyAre() {
        assertEquals("Система <span lang=\"en\">S</span>-400.", LanguageSpans.html("Система S-400.", SCRIPTS, RUSSIAN));
    }

    @Test
    void onAnEnglishPageLatinIsPlainAndOtherScriptsAreMarkedAsBefore() {
        assertEquals("The base at <span lang=\"ru\">Хмеймим</span> (<span lang=\"ar\" dir=\"rtl\">حميميم</span>), S-400.",
                LanguageSpans.html("The base at Хмеймим (حميميم), S-400.", SCRIPTS, ENGLISH));
    }

    @Test
    void onAnArabicPageAnAddressShownAsTextRunsLeftToRight() {
        InMemorySite site = pageOf("انظر <https://example.org/تقرير/2024>.\n");
        String arabic = site.render("explainers/page.md", ARABIC);
        assertEquals("<p>انظر <a dir=\"ltr\" href=\"https://example.org/تقرير/2024\" class=\"external\" rel=\"external\">"
                + "https://example.org/تقرير/2024</a>.</p>\n", arabic);
        assertEquals(arabic.replace(" dir=\"ltr\"", "").replace("<p>انظر", "<p><span lang=\"ar\" dir=\"rtl\">انظر</span>"),
                site.render("explainers/page.md", RUSSIAN));
    }

    @Test
    void theMarkdownDialectMarksABodyRelativeToThePagesLanguage() {
        InMemorySite site = pageOf("قالت وكالة Reuters، في 2024.\n");
        assertEquals("<p>قالت وكالة <bdi lang=\"en\">Reuters</bdi>، في 2024.</p>\n", site.render("explainers/page.md", ARABIC));
        assertEquals("<p><span lang=\"ar\" dir=\"rtl\">قالت وكالة</span> <span lang=\"en\">Reuters</span>، <span lang=\"ar\" dir=\"rtl\">في</span> 2024.</p>\n",
                site.render("explainers/page.md", RUSSIAN));
    }
}
