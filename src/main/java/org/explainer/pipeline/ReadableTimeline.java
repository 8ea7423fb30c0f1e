package org.explainer.pipeline;

import org.explainer.text.InterfaceText;
import org.explainer.timeline.PartialDate;
import org.explainer.timeline.TimelineEvent;
import org.explainer.timeline.TimelineLoader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a version of the timeline data reads on the timeline page, for the comparison of a change: each event
 * as the page shows it in its language (its date and category, title and description), then its source, in
 * the words of {@code templates/partials/timeline.ftl}. The data file's own lines (its keys, quotes and
 * comments for writers) are never shown to readers. Empty for a version that is not a list of events.
 */
record ReadableTimeline(InterfaceText text) implements Function<String, Optional<List<String>>> {

    @Override
    public Optional<List<String>> apply(String data) {
        return TimelineLoader.asCommitted(data).map(events -> {
            List<String> blocks = new ArrayList<>();
            for (TimelineEvent committed : events) {
                TimelineEvent event = committed.in(text.language().getCode());
                String category = event.category().isEmpty() ? "" : " " + category(event.category());
                blocks.add(date(event.date()) + category + "\n" + event.title() + "\n" + event.description());
                TimelineEvent.Source source = event.source();
                blocks.add(text.format("timeline.source", Map.of("publisher", source.publisher(),
                        "title", text.format("quoted", Map.of("text", source.title())), "date", date(source.date()))));
            }
            return blocks;
        });
    }

    private String date(PartialDate date) {
        return text.format("date." + date.precision(), Map.of("date", date.iso()));
    }

    /** A category's name; one the site no longer declares is shown as written. */
    private String category(String key) {
        try {
            return text.format("category." + key, Map.of());
        } catch (IllegalArgumentException unknown) {
            return key;
        }
    }
}
