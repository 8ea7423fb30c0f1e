package org.explainer.map;

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
    void readsTheLevantExtract() {
        GeoData geo = GeoData.load(Path.of("data/geo/levant.json"));
        assertEquals("Natural Earth", geo.attribution());
        assertEquals(new BoundingBox(33, 31, 43.5, 38), geo.bbox());
        Country syria = geo.country("Syria").orElseThrow();
        assertEquals("760", syria.id());
        LonLat first = syria.rings().get(0).get(0);
        assertEquals(first, syria.rings().get(0).get(syria.rings().get(0).size() - 1), "rings are closed");
        for (String neighbour : new String[] {"Lebanon", "Israel", "Jordan", "Iraq", "Turkey", "Cyprus"}) {
            assertTrue(geo.country(neighbour).isPresent(), neighbour);
        }
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
