package org.explainer.timeline;

import java.util.List;

/**
 * One dated event of the timeline, with the source that backs it.
 *
 * @param terms glossary keys of the terms the event involves
 */
public record TimelineEvent(PartialDate date, String title, String description, String category,
                            List<String> terms, List<String> tags, Source source) {

    /** Where the event is documented; {@code archived} is the address of an archived copy, or empty. */
    public record Source(String publisher, String title, PartialDate date, String url, String archived) {
    }
}
