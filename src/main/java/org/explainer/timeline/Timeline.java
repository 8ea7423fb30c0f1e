package org.explainer.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The site's timeline: dated events in chronological order, each in one of the categories the site
 * declares ({@code timeline.categories} in jbake.properties).
 */
public final class Timeline {

    /** The events of one decade, named as in "the 1990s". */
    public record Decade(int start, List<TimelineEvent> events) {
    }

    private final List<TimelineEvent> events;
    private final List<String> categories;

    public Timeline(List<TimelineEvent> events, List<String> categories) {
        this.events = List.copyOf(events);
        this.categories = List.copyOf(categories);
    }

    public static Timeline empty(List<String> categories) {
        return new Timeline(List.of(), categories);
    }

    /** The timeline as a page in the language {@code code} shows it, each event translated where it is. */
    public Timeline in(String code) {
        return new Timeline(events.stream().map(event -> event.in(code)).toList(), categories);
    }

    public List<TimelineEvent> events() {
        return events;
    }

    /** The events in sections by decade, in order. */
    public List<Decade> decades() {
        Map<Integer, List<TimelineEvent>> byDecade = new LinkedHashMap<>();
        for (TimelineEvent event : events) {
            byDecade.computeIfAbsent(event.date().year() / 10 * 10, decade -> new ArrayList<>()).add(event);
        }
        return byDecade.entrySet().stream().map(decade -> new Decade(decade.getKey(), List.copyOf(decade.getValue()))).toList();
    }

    /** The categories an event may have. */
    public List<String> categories() {
        return categories;
    }

    public List<TimelineEvent> select(Predicate<TimelineEvent> filter) {
        return events.stream().filter(filter).toList();
    }

    public boolean hasTag(String tag) {
        return events.stream().anyMatch(event -> event.tags().contains(tag));
    }
}
