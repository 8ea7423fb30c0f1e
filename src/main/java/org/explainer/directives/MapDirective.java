package org.explainer.directives;

import org.explainer.map.Wording;
import org.explainer.markdown.context.PageContext;
import org.explainer.markdown.context.Urls;
import org.explainer.markdown.context.Directive;
import org.explainer.markdown.context.DirectiveHandler;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code {{map NAME}}} places the locator map drawn from {@code data/maps/NAME.yml}, as a figure from
 * {@code templates/partials/map-figure.ftl}: the SVG as an image, its description as the caption, and
 * the marked places as a text list with coordinates, so the map's content is there for screen
 * readers, text browsers and print; all in the page's language, as far as the map file translates it.
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
        return maps.has(directive.argument()) ? Optional.empty()
                : Optional.of("{{map " + directive.argument() + "}}: there is no data/maps/" + directive.argument()
                + ".yml; maps available: " + String.join(", ", maps.names()));
    }

    @Override
    public String render(Directive directive, PageContext page) {
        Maps.DrawnMap map = maps.map(directive.argument(), page.language()).orElseThrow(() -> new IllegalStateException(
                "the map " + directive.argument() + " was not drawn in " + page.language() + ", the language of " + page.contentPath()));
        List<MarkedPlace> places = map.spec().places().stream().filter(place -> place.kind().symbol().marksAPoint())
                .map(place -> new MarkedPlace(map.language().of(place.name()), place.note().map(map.language()::of),
                        place.latitude(), place.longitude())).toList();
        return page.partials().render("partials/map-figure.ftl", Map.of(
                "src", Urls.relative(page.outputUri(), map.outputPath()),
                "map", map,
                "places", places));
    }

    /** A place marked on the map, as the figure lists it, in the page's language; degrees north and east. */
    public record MarkedPlace(Wording name, Optional<Wording> note, double latitude, double longitude) {
    }

    private String first() {
        var names = maps.names().iterator();
        return names.hasNext() ? names.next() : "NAME";
    }
}
