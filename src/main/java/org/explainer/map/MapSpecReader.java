package org.explainer.map;

import org.explainer.base.PlaceKinds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a map YAML file into a {@link MapSpec}, checking every field a writer could get wrong. Each text
 * field may have its translations beside it, under the same name in the plural, by language code:
 * {@code name: Latakia} and {@code names: {ar: اللاذقية, ru: Латакия}}.
 */
final class MapSpecReader {

    private static final Set<String> TOP_LEVEL = Set.of("title", "titles", "description", "descriptions", "focus", "bbox",
            "width", "places");
    private static final Set<String> PLACE = Set.of("name", "names", "latitude", "longitude", "kind", "label", "note", "notes");
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
            if (!names.add(place.name().text())) {
                throw root.error("place " + (i + 1) + " (\"" + place.name().text() + "\") repeats the name of an earlier place");
            }
            places.add(place);
        }
        return new MapSpec(text(root, "title", "titles"), text(root, "description", "descriptions"), root.text("focus"), bbox,
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
        Optional<MapText> note = place.optionalText("note").map(text -> new MapText(text, place.translations("notes")));
        if (note.isEmpty() && !place.translations("notes").isEmpty()) {
            throw place.error("field \"notes\" translates a note, but there is no \"note\"");
        }
        return new Place(text(place, "name", "names"), latitude, longitude, kinds.kind(kind).orElseThrow(() -> place.error("field \"kind\" is \""
                        + kind + "\"; allowed: " + kinds.names() + " (map.place.kinds in jbake.properties)")),
                place.choice("label", LabelSide.class), note);
    }

    /** The text field {@code key}, with its translations from the field {@code translationsKey}. */
    private static MapText text(Fields fields, String key, String translationsKey) {
        return new MapText(fields.text(key), fields.translations(translationsKey));
    }
}
