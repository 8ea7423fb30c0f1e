package org.explainer.map;

import org.explainer.base.PlaceKinds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns a map YAML file into a {@link MapSpec}, checking every field a writer could get wrong. */
final class MapSpecReader {

    private static final Set<String> TOP_LEVEL = Set.of("title", "description", "focus", "bbox", "width", "places");
    private static final Set<String> PLACE = Set.of("name", "latitude", "longitude", "kind", "label", "note");
    // Below this the labels crowd out the land; above it the file gains nothing a screen can show.
    private static final int MIN_WIDTH = 300;
    private static final int MAX_WIDTH = 2000;

    private MapSpecReader() {
    }

    static MapSpec read(Path file, PlaceKinds kinds) {
        Fields root = Fields.readFile(file);
        root.allowOnly(TOP_LEVEL);
        BoundingBox bbox = root.box("bbox");
        List<Place> places = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<?> entries = root.list("places");
        for (int i = 0; i < entries.size(); i++) {
            Place place = place(root.entry(entries.get(i), "place " + (i + 1)), i + 1, bbox, kinds);
            if (!names.add(place.name())) {
                throw root.error("place " + (i + 1) + " (\"" + place.name() + "\") repeats the name of an earlier place");
            }
            places.add(place);
        }
        return new MapSpec(root.text("title"), root.text("description"), root.text("focus"), bbox,
                root.integer("width", MIN_WIDTH, MAX_WIDTH), places);
    }

    private static Place place(Fields fields, int number, BoundingBox bbox, PlaceKinds kinds) {
        fields.allowOnly(PLACE);
        String name = fields.text("name");
        Fields place = fields.named("place " + number + " (\"" + name + "\")");
        double latitude = place.number("latitude", -90, 90);
        double longitude = place.number("longitude", -180, 180);
        if (!bbox.contains(longitude, latitude)) {
            throw place.error("latitude " + latitude + ", longitude " + longitude
                    + " lies outside the map's bbox, so it would not be drawn");
        }
        String kind = place.text("kind");
        return new Place(name, latitude, longitude, kinds.kind(kind).orElseThrow(() -> place.error("field \"kind\" is \""
                        + kind + "\"; allowed: " + kinds.names() + " (map.place.kinds in jbake.properties)")),
                place.choice("label", LabelSide.class), place.optionalText("note"));
    }
}
