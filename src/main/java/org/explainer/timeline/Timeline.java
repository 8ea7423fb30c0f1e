package org.explainer.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The site's timeline: dated events in chronological order. */
public final class Timeline {

    /** The events of one decade, named as in "the 1990s". */
    public record Decade(String name, List<TimelineEvent> events) {
    }

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

    /** The events in sections by decade, in order. */
    public List<Decade> decades() {
        Map<String, List<TimelineEvent>> byDecade = new LinkedHashMap<>();
        for (TimelineEvent event : events) {
            byDecade.computeIfAbsent(event.date().year() / 10 * 10 + "s", decade -> new ArrayList<>()).add(event);
        }
        return byDecade.entrySet().stream().map(decade -> new Decade(decade.getKey(), List.copyOf(decade.getValue()))).toList();
    }

    public List<TimelineEvent> select(Predicate<TimelineEvent> filter) {
        return events.stream().filter(filter).toList();
    }

    public boolean hasTag(String tag) {
        return events.stream().anyMatch(event -> event.tags().contains(tag));
    }
}
