package org.explainer.directives;

import org.explainer.glossary.Glossary;
import org.explainer.glossary.Term;
import org.explainer.markdown.PageContext;
import org.explainer.markdown.Urls;
import org.explainer.markdown.directives.Directive;
import org.explainer.markdown.directives.DirectiveHandler;
import org.explainer.markdown.languages.ScriptLanguages;
import org.explainer.timeline.PartialDate;
import org.explainer.timeline.Timeline;
import org.explainer.timeline.TimelineEvent;
import org.explainer.timeline.TimelineHtml;

import java.util.List;
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
        if (!category.isEmpty() && !Timeline.CATEGORIES.contains(category)) {
            return Optional.of("{{timeline category=" + category + "}}: use one of " + String.join(", ", Timeline.CATEGORIES));
        }
        if (timeline.select(filter(directive)).isEmpty()) {
            return Optional.of("{{timeline}} selects no event; widen its options");
        }
        return Optional.empty();
    }

    @Override
    public String render(Directive directive, PageContext page) {
        TimelineHtml html = new TimelineHtml(
                key -> Urls.relative(page.outputUri(), glossary.byKey(key).map(Term::getUri).orElseThrow()),
                key -> glossary.byKey(key).map(Term::getTitle).orElseThrow(),
                languages);
        if (isFull(directive)) {
            return html.full(timeline.events());
        }
        String href = fullTimelineUri == null || fullTimelineUri.equals(page.outputUri()) ? null
                : Urls.relative(page.outputUri(), fullTimelineUri);
        return html.extract(timeline.select(filter(directive)), "Key dates", href);
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
