package org.explainer.map;

import org.explainer.base.PlaceSymbol;
import org.explainer.base.PlaceKinds;
import org.explainer.base.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapSpecTest {

    private static final PlaceKinds KINDS = PlaceKinds.parse("city:dot, capital:ringed-dot, base:triangle, area:name-only");

    private static final String HEADER = """
            title: Test map
            description: A map for tests.
            focus: Syria
            bbox: [34.0, 32.0, 42.5, 37.5]
            width: 600
            places:
              - name: Latakia
                latitude: 35.517
                longitude: 35.783
                kind: city
                label: start
            """;

    @TempDir
    Path dir;

    @Test
    void readsEveryField() throws IOException {
        MapSpec spec = MapSpec.load(write(HEADER + """
                  - name: Tartus naval facility
                    latitude: 34.915
                    longitude: 35.875
                    kind: base
                    label: end
                    note: Since 1971
                """), KINDS);
        assertEquals(MapText.of("Test map"), spec.title());
        assertEquals(new BoundingBox(34.0, 32.0, 42.5, 37.5), spec.bbox());
        assertEquals(600, spec.width());
        assertEquals(new Place(MapText.of("Tartus naval facility"), 34.915, 35.875, new PlaceKind("base", PlaceSymbol.TRIANGLE),
                LabelSide.END, Optional.of(MapText.of("Since 1971"))), spec.places().get(1));
        assertEquals(Optional.empty(), spec.places().get(0).note());
    }

    @Test
    void aMissingLatitudeNamesTheFileAndThePlace() throws IOException {
        Path file = write(HEADER + """
                  - name: Tartus naval facility
                    longitude: 35.875
                    kind: base
                    label: start
                """);
        MapDataException error = assertThrows(MapDataException.class, () -> MapSpec.load(file, KINDS));
        assertEquals(file + ": place 2 (\"Tartus naval facility\"): missing required field \"latitude\"",
                error.getMessage());
    }

    @Test
    void aLatitudeOutOfRangeIsRejected() throws IOException {
        Path file = write(HEADER.replace("latitude: 35.517", "latitude: 135.517"));
        MapDataException error = assertThrows(MapDataException.class, () -> MapSpec.load(file, KINDS));
        assertTrue(error.getMessage().startsWith(file + ": place 1 (\"Latakia\"): \"latitude\" is 135.517"),
                error.getMessage());
    }

    @Test
    void aPlaceOutsideTheMapIsRejected() throws IOException {
        Path file = write(HEADER.replace("longitude: 35.783", "longitude: 30.0"));
        MapDataException error = assertThrows(MapDataException.class, () -> MapSpec.load(file, KINDS));
        assertTrue(error.getMessage().contains("place 1 (\"Latakia\")")
                && error.getMessage().contains("outside the map's bbox"), error.getMessage());
    }

    @Test
    void anUnknownKindListsTheAllowedOnes() throws IOException {
        Path file = write(HEADER.replace("kind: city", "kind: town"));
        MapDataException error = assertThrows(MapDataException.class, () -> MapSpec.load(file, KINDS));
        assertEquals(file + ": place 1 (\"Latakia\"): field \"kind\" is \"town\"; allowed: [area, base, capital, city]"
                + " (map.place.kinds in jbake.properties)",
                error.getMessage());
    }

    @Test
    void aMisspeltFieldIsNotIgnored() throws IOException {
        Path file = write(HEADER.replace("label: start", "label: start\n    lable: end"));
        MapDataException error = assertThrows(MapDataException.class, () -> MapSpec.load(file, KINDS));
        assertTrue(error.getMessage().contains("unknown field(s) [lable]"), error.getMessage());
    }

    @Test
    void aRepeatedPlaceIsRejected() throws IOException {
        Path file = write(HEADER + HEADER.substring(HEADER.indexOf("  - name")));
        MapDataException error = assertThrows(MapDataException.class, () -> MapSpec.load(file, KINDS));
        assertTrue(error.getMessage().contains("place 2 (\"Latakia\") repeats"), error.getMessage());
    }

    @Test
    void aMissingTopLevelFieldNamesTheFile() throws IOException {
        Path file = write(HEADER.replace("focus: Syria\n", ""));
        MapDataException error = assertThrows(MapDataException.class, () -> MapSpec.load(file, KINDS));
        assertEquals(file + ": missing required field \"focus\"", error.getMessage());
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("map.yml"), yaml);
    }
}
