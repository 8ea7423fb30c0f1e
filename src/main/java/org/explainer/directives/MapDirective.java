package org.explainer.directives;

import org.explainer.map.Place;
import org.explainer.markdown.PageContext;
import org.explainer.markdown.Urls;
import org.explainer.markdown.directives.Directive;
import org.explainer.markdown.directives.DirectiveHandler;

import java.util.Locale;
import java.util.Optional;

import static com.vladsch.flexmark.util.sequence.Escaping.escapeHtml;

/**
 * {@code {{map NAME}}} places the locator map drawn from {@code data/maps/NAME.yml}: the SVG as an
 * image, its description as the caption, and the marked places as a text list with coordinates, so
 * the map's content is there for screen readers, text browsers and print.
 */
public final class MapDirective implements DirectiveHandler {

    private final Maps maps;

    public MapDirective(Maps maps) {
        this.maps = maps;
    }

    @Override
    public String name() {
        return "map";
    }

    @Override
    public Optional<String> check(Directive directive) {
        if (directive.argument().isEmpty()) {
            return Optional.of("{{map}} needs the name of a map file in data/maps, e.g. {{map " + first() + "}}");
        }
        return maps.map(directive.argument()).isPresent() ? Optional.empty()
                : Optional.of("{{map " + directive.argument() + "}}: there is no data/maps/" + directive.argument()
                + ".yml; maps available: " + String.join(", ", maps.names()));
    }

    @Override
    public String render(Directive directive, PageContext page) {
        Maps.DrawnMap map = maps.map(directive.argument()).orElseThrow();
        StringBuilder html = new StringBuilder("<figure class=\"map\">\n")
                .append("<img class=\"map__image\" src=\"").append(Urls.relative(page.outputUri(), map.outputPath()))
                .append("\" alt=\"").append(escapeHtml(map.spec().title(), false)).append("\" width=\"").append(map.width())
                .append("\" height=\"").append(map.height()).append("\" loading=\"lazy\">\n")
                // The list of places belongs to the caption: a figure may hold one caption, first or last.
                .append("<figcaption class=\"map__caption\">").append(escapeHtml(map.spec().description(), false))
                .append("\n<details class=\"map__places\">\n<summary>Places marked on the map</summary>\n<ul>\n");
        for (Place place : map.spec().places()) {
            if (!place.kind().symbol().marksAPoint()) {
                continue;
            }
            html.append("<li>").append(escapeHtml(place.name(), false))
                    .append(place.note().map(note -> " (" + escapeHtml(note, false) + ")").orElse(""))
                    .append(": ").append(coordinates(place)).append("</li>\n");
        }
        return html.append("</ul>\n</details>\n</figcaption>\n</figure>\n").toString();
    }

    private static String coordinates(Place place) {
        return String.format(Locale.ROOT, "%.3f° %s, %.3f° %s", Math.abs(place.latitude()), place.latitude() >= 0 ? "N" : "S",
                Math.abs(place.longitude()), place.longitude() >= 0 ? "E" : "W");
    }

    private String first() {
        var names = maps.names().iterator();
        return names.hasNext() ? names.next() : "NAME";
    }
}
