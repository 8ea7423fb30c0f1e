package org.explainer.map;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Country boundaries for one region, as written by {@code tools/geodata/extract.mjs}
 * (see {@code data/geo/README.md} for the format).
 *
 * @param attribution the short credit drawn on every map
 * @param bbox        the region the file covers; a map may show only what lies inside it
 */
public record GeoData(String source, String licence, String attribution, BoundingBox bbox,
                      List<Country> countries) {

    public GeoData {
        countries = List.copyOf(countries);
    }

    /** Reads a boundary file, failing with a {@link MapDataException} that names the file and the faulty entry. */
    public static GeoData load(Path file) {
        return GeoDataReader.read(file);
    }

    public Optional<Country> country(String name) {
        return countries.stream().filter(country -> country.name().equals(name)).findFirst();
    }
}
