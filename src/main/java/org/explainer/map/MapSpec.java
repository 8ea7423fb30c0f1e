package org.explainer.map;

import org.explainer.base.PlaceKinds;
import java.nio.file.Path;
import java.util.List;

/**
 * What one locator map shows: written by a writer in a YAML file in {@code data/maps/}.
 *
 * @param title       the map's accessible name; its text in the default language also gives its element ids
 * @param description the map's long text alternative: what a reader who cannot see it needs to know
 * @param focus       the country drawn emphasised, by its name in the boundary data
 * @param bbox        the area to show; the map is cut to this box's extent after projection
 * @param width       the width of the SVG's coordinate system in px; the height follows from the box
 * @param places      labelled points, drawn in this order after the areas
 */
public record MapSpec(MapText title, MapText description, String focus, BoundingBox bbox, int width,
                      List<Place> places) {

    public MapSpec {
        places = List.copyOf(places);
    }

    /**
     * Reads a map file, failing with a {@link MapDataException} that names the file and the faulty place.
     *
     * @param kinds the kinds of place the site's maps may mark
     */
    public static MapSpec load(Path file, PlaceKinds kinds) {
        return MapSpecReader.read(file, kinds);
    }
}
