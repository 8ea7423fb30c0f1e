package org.explainer.directives;

import org.explainer.glossary.Glossary;
import org.explainer.markdown.context.PageContext;
import org.explainer.markdown.context.Urls;
import org.explainer.markdown.context.Directive;
import org.explainer.markdown.context.DirectiveHandler;
import org.explainer.markdown.languages.LanguageRuns;
import org.explainer.base.ScriptLanguages;
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
    private final Glossary glossary;
    private final ScriptLanguages languages;
    /** The first page that shows the whole timeline, learnt from {@link #used} before any page renders; null if none. */
    private String fullTimelineUri;

    public TimelineDirective(Timeline timeline, Glossary glossary, ScriptLanguages languages) {
        this.timeline = timeline;
        this.glossary = glossary;
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
    public void used(Directive directive, String pageUri) {
        if (isFull(directive) && fullTimelineUri == null) {
            fullTimelineUri = pageUri;
        }
    }

    @Override
    public String render(Directive directive, PageContext page) {
        if (isFull(directive)) {
            return page.partials().render("partials/timeline.ftl", Map.of(
                    "decades", timeline.decades(),
                    "termLinks", termLinks(page),
                    "languages", new LanguageRuns(languages, page.language())));
        }
        String fullTimelineHref = fullTimelineUri == null || fullTimelineUri.equals(page.outputUri()) ? ""
                : Urls.relative(page.outputUri(), fullTimelineUri);
        return page.partials().render("partials/timeline-extract.ftl", Map.of(
                "events", timeline.select(filter(directive)),
                "fullTimelineHref", fullTimelineHref,
                "languages", new LanguageRuns(languages, page.language())));
    }

    /** A glossary entry an event names, as the timeline links to it. */
    public record TermLink(String href, String title) {
    }

    /** The entries the events name, by key, linked from {@code page}. */
    private Map<String, TermLink> termLinks(PageContext page) {
        Map<String, TermLink> links = new HashMap<>();
        for (TimelineEvent event : timeline.events()) {
            for (String key : event.terms()) {
                links.computeIfAbsent(key, k -> glossary.byKey(k).map(term -> new TermLink(
                        Urls.relative(page.outputUri(), term.getUri()), term.getTitle())).orElseThrow());
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
