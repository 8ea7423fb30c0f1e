package org.explainer.directives;

import org.explainer.base.BuildFailure;
import org.explainer.base.Language;
import org.explainer.glossary.Glossary;
import org.explainer.timeline.PartialDate;
import org.explainer.timeline.Timeline;
import org.explainer.timeline.TimelineEvent;
import org.explainer.base.ScriptLanguages;
import org.explainer.testing.InMemorySite;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectivesTest {

    private static final TimelineEvent EVENT = new TimelineEvent(PartialDate.parse("2017-01-18").orElseThrow(),
            "Tartus agreement signed", "Russia may use Tartus for 49 years.", "diplomacy", List.of(), List.of("bases"),
            new TimelineEvent.Source("Example News", "Deal signed (Соглашение подписано)", PartialDate.parse("2017-01-20").orElseThrow(),
                    "https://example.org/deal", "https://web.archive.org/web/2017/https://example.org/deal"));

    private static InMemorySite site(String body) {
        InMemorySite site = new InMemorySite();
        return site.directive(new TimelineDirective(new Timeline(List.of(EVENT), List.of("diplomacy")), Glossary.of(List.of(),
                new org.explainer.base.ProblemCollector()), ScriptLanguages.parse("Cyrillic:ru"))).page("explainers/page.md", "explainer", body);
    }

    @Test
    void fullTimelineMarksASourceTitleInAnotherScriptWithItsLanguage() {
        String html = site("{{timeline}}\n").render("explainers/page.md");
        assertTrue(html.contains("“Deal signed (<span lang=\"ru\">Соглашение подписано</span>)”"), html);
    }

    @Test
    void onAnArabicPageTheTimelineIsolatesLatinRunsAndLeavesArabicPlain() {
        InMemorySite site = new InMemorySite().directive(new TimelineDirective(new Timeline(List.of(EVENT), List.of("diplomacy")),
                Glossary.of(List.of(), new org.explainer.base.ProblemCollector()), ScriptLanguages.parse("Latin:en, Cyrillic:ru, Arabic:ar")))
                .page("explainers/page.md", "explainer", "{{timeline}}\n");
        String html = site.render("explainers/page.md", Language.parse("ar", "العربية | rtl | ar-SY-u-nu-latn"));
        assertTrue(html.contains("<bdi lang=\"en\">Tartus agreement signed</bdi>"), html);
        assertTrue(html.contains("<bdi lang=\"en\">Example News</bdi>"), html);
        assertTrue(html.contains("“<bdi lang=\"en\">Deal signed</bdi> (<bdi lang=\"ru\">Соглашение подписано</bdi>)”"), html);
    }

    @Test
    void fullTimelineShowsASourcesArchivedCopyBesideIt() {
        String html = site("{{timeline}}\n").render("explainers/page.md");
        assertTrue(html.contains("<time datetime=\"2017-01-20\">20 January 2017</time> (<a class=\"external\" rel=\"external\""
                + " href=\"https://web.archive.org/web/2017/https://example.org/deal\">archived copy</a>)</p>"), html);
    }

    @Test
    void aPagesReadingTimeCountsTheEventsItsTimelineShows() {
        String description = "word ".repeat(397).strip();
        TimelineEvent longEvent = new TimelineEvent(EVENT.date(), "A long event", description, "diplomacy", List.of(), List.of("bases"),
                EVENT.source());
        org.explainer.site.Site site = new InMemorySite().directive(new TimelineDirective(new Timeline(List.of(longEvent, longEvent),
                        List.of("diplomacy")), Glossary.of(List.of(), new org.explainer.base.ProblemCollector()), ScriptLanguages.parse("Cyrillic:ru")))
                .page("explainers/page.md", "explainer", "{{timeline}}\n").assemble();
        // 2 × (3 + 397) words of events, at 200 a minute; the page's own text is the directive alone.
        assertEquals(4, site.getPages().get(0).getReadingMinutes());
    }

    @Test
    void extractShowsDateTitleAndSource() {
        String html = site("Intro.\n\n{{timeline tag=bases}}\n").render("explainers/page.md");
        assertTrue(html.contains("<time datetime=\"2017-01-18\">18 January 2017</time>"), html);
        assertTrue(html.contains("Tartus agreement signed"), html);
        assertTrue(html.contains("href=\"https://example.org/deal\""), html);
        assertFalse(html.contains("{{"), html);
    }

    @Test
    void extractLinksToThePageThatHoldsTheFullTimeline() {
        String html = site("{{timeline tag=bases}}\n").page("background/timeline.md", "background", "{{timeline}}\n")
                .render("explainers/page.md");
        assertTrue(html.contains("<p class=\"timeline-extract__more\"><a href=\"../background/timeline.html\">The full timeline</a></p>"), html);
    }

    @Test
    void fullTimelineDoesNotLinkToItself() {
        String html = site("{{timeline}}\n\n{{timeline tag=bases}}\n").render("explainers/page.md");
        assertFalse(html.contains("timeline-extract__more"), html);
    }

    @Test
    void unknownDirectiveNamesFileAndLine() {
        String message = assertThrows(BuildFailure.class, () -> site("Intro.\n\n{{chart bases}}\n").assemble()).getMessage();
        assertTrue(message.contains("content/explainers/page.md:12: unknown directive {{chart}}"), message);
    }

    @Test
    void extractThatSelectsNothingIsAnError() {
        String message = assertThrows(BuildFailure.class, () -> site("{{timeline tag=navy}}\n").assemble()).getMessage();
        assertTrue(message.contains("content/explainers/page.md:10: {{timeline tag=navy}}: no event in the timeline has the tag 'navy'"), message);
    }
}
