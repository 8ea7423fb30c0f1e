package org.explainer.map;

import org.explainer.testing.FixtureSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeoDataTest {

    @TempDir
    Path dir;

    @Test
    void readsAnExtractMadeByTheGeodataTool() {
        GeoData geo = GeoData.load(FixtureSites.CHANNEL_TUNNEL.resolve("data/geo/dover-strait.json"));
        assertEquals("Natural Earth", geo.attribution());
        assertEquals(new BoundingBox(-1.5, 49.8, 3.8, 52.2), geo.bbox());
        Country france = geo.country("France").orElseThrow();
        assertEquals("250", france.id());
        LonLat first = france.rings().get(0).get(0);
        assertEquals(first, france.rings().get(0).get(france.rings().get(0).size() - 1), "rings are closed");
        for (String neighbour : new String[] {"United Kingdom", "Belgium", "Netherlands"}) {
            assertTrue(geo.country(neighbour).isPresent(), neighbour);
        }
        // Russia's ring crosses the antimeridian, so its extent spans every longitude at its latitudes.
        assertTrue(geo.country("Russia").isEmpty(), "a country far from the box is left out");
    }

    @Test
    void aBrokenPointNamesTheFileCountryAndRing() throws IOException {
        Path file = Files.writeString(dir.resolve("geo.json"), """
                {"source": "test", "licence": "none", "attribution": "test", "bbox": [0, 0, 10, 10],
                 "countries": [{"name": "Square", "id": "", "rings": [[[0, 0], [1, 0], [1], [0, 0]]]}]}
                """);
        MapDataException error = assertThrows(MapDataException.class, () -> GeoData.load(file));
        assertEquals(file + ": country 1 (\"Square\"): ring 1, point 3 should be [lon, lat]", error.getMessage());
    }

    @Test
    void invalidJsonNamesTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("geo.json"), "{\"source\": [");
        MapDataException error = assertThrows(MapDataException.class, () -> GeoData.load(file));
        assertTrue(error.getMessage().startsWith(file + ": is not valid YAML or JSON"), error.getMessage());
    }
}
