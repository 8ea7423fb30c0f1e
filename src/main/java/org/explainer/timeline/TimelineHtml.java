package org.explainer.timeline;

import org.explainer.base.ScriptLanguages;
import org.explainer.markdown.languages.LanguageSpans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static com.vladsch.flexmark.util.sequence.Escaping.escapeHtml;

/**
 * Renders timeline events as semantic HTML: ordered lists, {@code <time datetime>} at each date's own
 * precision, and the source of every event. Category filtering is left to the page's script, through
 * {@code data-category}; without it, every event shows.
 */
public final class TimelineHtml {

    private final Function<String, String> termHref;
    private final Function<String, String> termTitle;
    private final ScriptLanguages languages;

    /**
     * @param termHref  the link from the current page to a glossary entry, by key
     * @param termTitle the title of a glossary entry, by key
     * @param languages  marks titles and descriptions in other scripts with their language
     */
    public TimelineHtml(Function<String, String> termHref, Function<String, String> termTitle, ScriptLanguages languages) {
        this.termHref = termHref;
        this.termTitle = termTitle;
        this.languages = languages;
    }

    /** The whole timeline, in sections by decade. */
    public String full(List<TimelineEvent> events) {
        Map<String, StringBuilder> byDecade = new LinkedHashMap<>();
        for (TimelineEvent event : events) {
            byDecade.computeIfAbsent(event.date().year() / 10 * 10 + "s", decade -> new StringBuilder()).append(event(event));
        }
        StringBuilder html = new StringBuilder("<div class=\"timeline\" data-timeline>\n");
        byDecade.forEach((decade, items) -> html
                .append("<section class=\"timeline__era\" aria-labelledby=\"era-").append(decade).append("\">\n")
                .append("<h2 class=\"timeline__era-title\" id=\"era-").append(decade).append("\">The ").append(decade).append("</h2>\n")
                .append("<ol class=\"timeline__events\">\n").append(items).append("</ol>\n</section>\n"));
        return html.append("</div>\n").toString();
    }

    /** A compact extract for an explainer: dates, titles and sources, with a link to the full timeline. */
    public String extract(List<TimelineEvent> events, String caption, String fullTimelineHref) {
        StringBuilder html = new StringBuilder("<figure class=\"timeline-extract\">\n<figcaption class=\"timeline-extract__caption\">")
                .append(escapeHtml(caption, false)).append("</figcaption>\n<ol class=\"timeline-extract__events\">\n");
        for (TimelineEvent event : events) {
            html.append("<li class=\"timeline-extract__event\">").append(time(event.date()))
                    .append(" <span class=\"timeline-extract__title\">").append(LanguageSpans.html(event.title(), languages))
                    .append("</span> ").append(sourceLink(event.source(), "source")).append("</li>\n");
        }
        html.append("</ol>\n");
        if (fullTimelineHref != null) {
            html.append("<p class=\"timeline-extract__more\"><a href=\"").append(escapeHtml(fullTimelineHref, false))
                    .append("\">The full timeline</a></p>\n");
        }
        return html.append("</figure>\n").toString();
    }

    private String event(TimelineEvent event) {
        StringBuilder html = new StringBuilder("<li class=\"timeline__event\" data-category=\"").append(event.category()).append("\">\n")
                .append("<p class=\"timeline__date\">").append(time(event.date()))
                .append(" <span class=\"timeline__category\">").append(capitalised(event.category())).append("</span></p>\n")
                .append("<h3 class=\"timeline__title\">").append(LanguageSpans.html(event.title(), languages)).append("</h3>\n")
                .append("<p class=\"timeline__description\">").append(LanguageSpans.html(event.description(), languages)).append("</p>\n");
        if (!event.terms().isEmpty()) {
            html.append("<p class=\"timeline__terms\">In the glossary: ");
            for (int i = 0; i < event.terms().size(); i++) {
                String key = event.terms().get(i);
                html.append(i == 0 ? "" : ", ").append("<a href=\"").append(escapeHtml(termHref.apply(key), false)).append("\">")
                        .append(escapeHtml(termTitle.apply(key), false)).append("</a>");
            }
            html.append("</p>\n");
        }
        TimelineEvent.Source source = event.source();
        html.append("<p class=\"timeline__source\">Source: ").append(escapeHtml(source.publisher(), false)).append(", ")
                .append(sourceLink(source, "“" + LanguageSpans.html(source.title(), languages) + "”")).append(", ").append(time(source.date())).append("</p>\n");
        return html.append("</li>\n").toString();
    }

    private static String sourceLink(TimelineEvent.Source source, String html) {
        return "<a class=\"external\" rel=\"external\" href=\"" + escapeHtml(source.url(), false) + "\">" + html + "</a>";
    }

    private static String time(PartialDate date) {
        return "<time datetime=\"" + date.iso() + "\">" + escapeHtml(date.display(), false) + "</time>";
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
