package org.explainer.directives;

import org.explainer.base.Language;
import org.explainer.glossary.Glossary;
import org.explainer.markdown.context.PageContext;
import org.explainer.markdown.context.Urls;
import org.explainer.markdown.context.Directive;
import org.explainer.markdown.context.DirectiveHandler;
import org.explainer.markdown.languages.LanguageRuns;
import org.explainer.base.ScriptLanguages;
import org.explainer.base.Words;
import org.explainer.timeline.PartialDate;
import org.explainer.timeline.Timeline;
import org.explainer.timeline.TimelineEvent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code {{timeline}}} places the whole timeline; with options it places a compact extract:
 * {@code {{timeline tag=bases}}}, {@code {{timeline from=2024-12 to=2025-07}}},
 * {@code {{timeline category=military from=2015}}} (options combine).
 */
public final class TimelineDirective implements DirectiveHandler {

    private static final Set<String> OPTIONS = Set.of("tag", "from", "to", "category");

    private final Timeline timeline;
    private final Map<String, Glossary> glossaries;
    private final Glossary glossary;
    private final String defaultCode;
    private final ScriptLanguages languages;
    /** Each language's first page that shows the whole timeline, learnt from {@link #used} before any page renders. */
    private final Map<String, String> fullTimelineUris = new HashMap<>();

    /** A timeline on a site in one language, whose events link {@code glossary}'s entries. */
    public TimelineDirective(Timeline timeline, Glossary glossary, ScriptLanguages languages) {
        this(timeline, Map.of(), glossary, "", languages);
    }

    /**
     * @param glossaries each language's glossary, by code: a page's timeline links the entries of its language
     * @param glossary   the default language's, for a language without one
     * @param defaultCode the default language's code
     */
    public TimelineDirective(Timeline timeline, Map<String, Glossary> glossaries, Glossary glossary, String defaultCode,
                             ScriptLanguages languages) {
        this.timeline = timeline;
        this.glossaries = Map.copyOf(glossaries);
        this.glossary = glossary;
        this.defaultCode = defaultCode;
        this.languages = languages;
    }

    public static boolean isFull(Directive directive) {
        return directive.options().isEmpty();
    }

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public Optional<String> check(Directive directive) {
        for (String option : directive.options().keySet()) {
            if (!OPTIONS.contains(option)) {
                return Optional.of("{{timeline}} has no option '" + option + "'; use tag=, from=, to= or category=");
            }
        }
        for (String bound : List.of("from", "to")) {
            String value = directive.option(bound);
            if (!value.isEmpty() && PartialDate.parse(value).isEmpty()) {
                return Optional.of("{{timeline " + bound + "=" + value + "}}: write the date as YYYY, YYYY-MM or YYYY-MM-DD");
            }
        }
        String tag = directive.option("tag");
        if (!tag.isEmpty() && !timeline.hasTag(tag)) {
            return Optional.of("{{timeline tag=" + tag + "}}: no event in the timeline has the tag '" + tag + "'");
        }
        String category = directive.option("category");
        if (!category.isEmpty() && !timeline.categories().contains(category)) {
            return Optional.of("{{timeline category=" + category + "}}: use one of " + String.join(", ", timeline.categories()));
        }
        if (timeline.select(filter(directive)).isEmpty()) {
            return Optional.of("{{timeline}} selects no event; widen its options");
        }
        return Optional.empty();
    }

    /** Extracts link to the page that shows the whole timeline. */
    @Override
    public void used(Directive directive, String pageUri, String languageCode) {
        if (isFull(directive)) {
            fullTimelineUris.putIfAbsent(languageCode, pageUri);
        }
    }

    /** The words of the events shown: each one's title and description, in the language. */
    @Override
    public int words(Directive directive, String languageCode) {
        Timeline shown = timeline.in(languageCode);
        return (isFull(directive) ? shown.events() : shown.select(filter(directive))).stream()
                .mapToInt(event -> Words.count(event.title()) + Words.count(event.description())).sum();
    }

    @Override
    public String render(Directive directive, PageContext page) {
        Timeline shown = timeline.in(page.language().getCode());
        if (isFull(directive)) {
            return page.partials().render("partials/timeline.ftl", Map.of(
                    "decades", shown.decades(),
                    "termLinks", termLinks(page),
                    "languages", new LanguageRuns(languages, page.language())));
        }
        // The whole timeline in the page's language, else in the default language, else in any.
        String fullTimelineUri = fullTimelineUris.getOrDefault(page.language().getCode(), fullTimelineUris.getOrDefault(defaultCode,
                fullTimelineUris.values().stream().sorted().findFirst().orElse(null)));
        String fullTimelineHref = fullTimelineUri == null || fullTimelineUri.equals(page.outputUri()) ? ""
                : Urls.relative(page.outputUri(), fullTimelineUri);
        return page.partials().render("partials/timeline-extract.ftl", Map.of(
                "events", shown.select(filter(directive)),
                "fullTimelineHref", fullTimelineHref,
                "languages", new LanguageRuns(languages, page.language())));
    }

    /**
     * A glossary entry an event names, as the timeline links to it.
     *
     * @param hreflang the entry's language where it is not the page's (an entry the language has no translation of), else empty
     */
    public record TermLink(String href, String title, String hreflang) {
    }

    /** The entries the events name, by key, linked from {@code page}: its language's, else the default language's. */
    private Map<String, TermLink> termLinks(PageContext page) {
        Glossary own = glossaries.getOrDefault(page.language().getCode(), glossary);
        Map<String, TermLink> links = new HashMap<>();
        for (TimelineEvent event : timeline.events()) {
            for (String key : event.terms()) {
                links.computeIfAbsent(key, k -> own.byKey(k).map(term -> new TermLink(Urls.relative(page.outputUri(), term.getUri()),
                        term.getTitle(), own.borrowedFrom(term).map(Language::getTag).orElse(""))).orElseThrow());
            }
        }
        return links;
    }

    private static Predicate<TimelineEvent> filter(Directive directive) {
        String tag = directive.option("tag");
        String category = directive.option("category");
        PartialDate from = PartialDate.parse(directive.option("from")).orElse(null);
        PartialDate to = PartialDate.parse(directive.option("to")).orElse(null);
        return event -> (tag.isEmpty() || event.tags().contains(tag))
                && (category.isEmpty() || event.category().equals(category))
                && event.date().within(from, to);
    }
}
