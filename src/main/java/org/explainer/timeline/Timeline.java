package org.explainer.timeline;

import java.util.List;
import java.util.function.Predicate;

/** The site's timeline: dated events in chronological order. */
public final class Timeline {

    public static final List<String> CATEGORIES = List.of("diplomacy", "military", "economy", "politics");

    private final List<TimelineEvent> events;

    public Timeline(List<TimelineEvent> events) {
        this.events = List.copyOf(events);
    }

    public static Timeline empty() {
        return new Timeline(List.of());
    }

    public List<TimelineEvent> events() {
        return events;
    }

    public List<TimelineEvent> select(Predicate<TimelineEvent> filter) {
        return events.stream().filter(filter).toList();
    }

    public boolean hasTag(String tag) {
        return events.stream().anyMatch(event -> event.tags().contains(tag));
    }
}
