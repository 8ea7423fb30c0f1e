package org.explainer.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns a boundary JSON file into {@link GeoData}, checking its shape on the way. */
final class GeoDataReader {

    private static final Set<String> TOP_LEVEL = Set.of("source", "licence", "attribution", "bbox", "countries");
    private static final Set<String> COUNTRY = Set.of("name", "id", "rings");

    private GeoDataReader() {
    }

    static GeoData read(Path file) {
        Fields root = Fields.readFile(file);
        root.allowOnly(TOP_LEVEL);
        BoundingBox bbox = root.box("bbox");
        List<Country> countries = new ArrayList<>();
        List<?> entries = root.list("countries");
        for (int i = 0; i < entries.size(); i++) {
            String entry = "country " + (i + 1);
            countries.add(country(root.entry(entries.get(i), entry), entry));
        }
        return new GeoData(root.text("source"), root.text("licence"), root.text("attribution"), bbox, countries);
    }

    private static Country country(Fields fields, String entry) {
        fields.allowOnly(COUNTRY);
        String name = fields.text("name");
        Fields country = fields.named(entry + " (\"" + name + "\")");
        // Natural Earth leaves a few units (N. Cyprus, Kosovo) without a code; the extract writes "".
        String id = country.textOrEmpty("id");
        List<List<LonLat>> rings = new ArrayList<>();
        List<?> ringList = country.list("rings");
        for (int r = 0; r < ringList.size(); r++) {
            rings.add(ring(country, r + 1, ringList.get(r)));
        }
        return new Country(name, id, rings);
    }

    private static List<LonLat> ring(Fields country, int number, Object value) {
        if (!(value instanceof List<?> points) || points.size() < 4) {
            throw country.error("ring " + number + " should be a list of at least 4 [lon, lat] points");
        }
        List<LonLat> ring = new ArrayList<>(points.size());
        for (int p = 0; p < points.size(); p++) {
            if (!(points.get(p) instanceof List<?> pair) || pair.size() != 2) {
                throw country.error("ring " + number + ", point " + (p + 1) + " should be [lon, lat]");
            }
            String where = "ring " + number + ", point " + (p + 1);
            ring.add(new LonLat(country.number(where + " longitude", pair.get(0), -180, 180),
                    country.number(where + " latitude", pair.get(1), -90, 90)));
        }
        return ring;
    }
}
