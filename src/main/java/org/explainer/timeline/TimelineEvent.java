package org.explainer.timeline;

import java.util.List;
import java.util.Map;

/**
 * One dated event of the timeline, with the source that backs it.
 *
 * @param terms        glossary keys of the terms the event involves
 * @param titles       the title's translations, by language code
 * @param descriptions the description's translations, by language code
 */
public record TimelineEvent(PartialDate date, String title, String description, String category,
                            List<String> terms, List<String> tags, Source source,
                            Map<String, String> titles, Map<String, String> descriptions) {

    /** An event in the default language only. */
    public TimelineEvent(PartialDate date, String title, String description, String category,
                         List<String> terms, List<String> tags, Source source) {
        this(date, title, description, category, terms, tags, source, Map.of(), Map.of());
    }

    /** The event as a page in the language {@code code} shows it: its title and description translated where they are. */
    public TimelineEvent in(String code) {
        return new TimelineEvent(date, titles.getOrDefault(code, title), descriptions.getOrDefault(code, description),
                category, terms, tags, source, Map.of(), Map.of());
    }

    /** Where the event is documented; {@code archived} is the address of an archived copy, or empty. */
    public record Source(String publisher, String title, PartialDate date, String url, String archived) {
    }
}
