package org.explainer.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One {@code <path>} per country in view, the focus country last so its heavier outline lies on top. */
final class LandLayer {

    private LandLayer() {
    }

    static String svg(List<Country> countries, String focus, Viewport viewport) {
        // Cut exactly at the frame, whose stroke covers the strokes along the cut: a browser showing
        // the SVG in a box of another shape then shows nothing outside the frame either.
        RectangleClipper clipper = new RectangleClipper(0, 0, viewport.width(), viewport.height());
        StringBuilder svg = new StringBuilder();
        countries.stream()
                .sorted(Comparator.comparing(country -> country.name().equals(focus)))
                .forEach(country -> {
                    String d = SvgPath.of(projected(country, viewport, clipper));
                    if (!d.isEmpty()) {
                        String css = country.name().equals(focus) ? "lm-country lm-focus" : "lm-country";
                        svg.append("<path class=\"").append(css).append("\" d=\"").append(d).append("\"/>\n");
                    }
                });
        return svg.toString();
    }

    private static List<List<Point>> projected(Country country, Viewport viewport, RectangleClipper clipper) {
        List<List<Point>> rings = new ArrayList<>();
        for (List<LonLat> ring : country.rings()) {
            List<Point> points = ring.stream().map(p -> viewport.project(p.lon(), p.lat())).toList();
            rings.add(clipper.clip(points));
        }
        return rings;
    }
}
