package org.explainer.map;

import java.util.Locale;

/**
 * Draws a locator map as a self-contained SVG: sea, land and borders from {@link GeoData}, the
 * places of a {@link MapSpec} named in the map's language, a scale bar and the data's credit. The SVG
 * has a viewBox and no fixed size, so the page decides how wide it is; it references nothing outside
 * itself; the same inputs always give the same bytes, so a rebuilt site shows no spurious changes.
 */
public final class LocatorMap {

    private static final double CREDIT_MARGIN = 6;

    /**
     * @throws MapDataException if the map shows land outside the boundary data or names a focus
     *                          country the data does not have
     */
    public String render(GeoData geo, MapSpec spec, MapLanguage language) {
        // Beyond the data's box, neighbouring countries would be silently missing from the map.
        if (!geo.bbox().contains(spec.bbox())) {
            throw new MapDataException("map \"" + spec.title().text() + "\": its bbox " + spec.bbox()
                    + " reaches beyond the boundary data's " + geo.bbox());
        }
        if (geo.country(spec.focus()).isEmpty()) {
            throw new MapDataException("map \"" + spec.title().text() + "\": focus country \"" + spec.focus()
                    + "\" is not in the boundary data; it has " + geo.countries().stream().map(Country::name).toList());
        }
        Viewport viewport = new Viewport(spec.bbox(), spec.width());
        String id = "lm-" + slug(spec.title().text());
        String width = Integer.toString(viewport.width());
        String height = Integer.toString(viewport.height());
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lm\" viewBox=\"0 0 " + width + " " + height
                + "\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\"" + rootLanguage(language) + ">\n"
                + "<title id=\"" + id + "-title\"" + fallback(language.of(spec.title())) + ">"
                + Svg.escape(language.of(spec.title()).text()) + "</title>\n"
                + "<desc id=\"" + id + "-desc\"" + fallback(language.of(spec.description())) + ">"
                + Svg.escape(language.of(spec.description()).text()) + "</desc>\n"
                + "<style>\n" + MapStyle.css() + "</style>\n"
                + "<rect class=\"lm-sea\" width=\"" + width + "\" height=\"" + height + "\"/>\n"
                + LandLayer.svg(geo.countries(), spec.focus(), viewport)
                + PlaceLayer.svg(spec.places(), viewport, language)
                + ScaleBar.svg(viewport, language.language())
                + "<text class=\"lm-label lm-small\" x=\"" + Svg.num(viewport.width() - CREDIT_MARGIN) + "\" y=\""
                + Svg.num(viewport.height() - CREDIT_MARGIN) + "\" text-anchor=\"end\">"
                + Svg.escape(geo.attribution()) + "</text>\n"
                + "<rect class=\"lm-frame\" x=\".5\" y=\".5\" width=\"" + (viewport.width() - 1) + "\" height=\""
                + (viewport.height() - 1) + "\"/>\n"
                + "</svg>\n";
    }

    /**
     * The map's language, on a map in another language than the site's default, for the fonts and voices
     * that depend on it. The default language's map is left as it was drawn before maps had languages.
     */
    private static String rootLanguage(MapLanguage language) {
        return language.isDefault() ? "" : " xml:lang=\"" + language.language().getTag() + "\"";
    }

    /** The language of a title or description left untranslated on a map in another language. */
    private static String fallback(Wording wording) {
        return wording.isFallback() ? " xml:lang=\"" + wording.language().getTag() + "\"" : "";
    }

    // Ids must be unique on a page that inlines several maps, and stable across builds.
    private static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "map" : slug;
    }
}
