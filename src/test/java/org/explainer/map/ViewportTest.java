package org.explainer.map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewportTest {

    private static final BoundingBox LEVANT = new BoundingBox(33.9, 31.9, 42.6, 37.6);
    private final Viewport viewport = new Viewport(LEVANT, 760);

    @Test
    void northIsUpAndEastIsRight() {
        Point damascus = viewport.project(36.292, 33.513);
        Point latakia = viewport.project(35.783, 35.517);
        Point tartus = viewport.project(35.875, 34.915);
        assertTrue(damascus.y() > latakia.y(), "Damascus is south of Latakia, so lower on the map");
        assertTrue(tartus.x() < damascus.x(), "Tartus is west of Damascus, so further left");
        assertTrue(tartus.y() > latakia.y() && tartus.y() < damascus.y(), "Tartus lies between them north to south");
    }

    @Test
    void theWholeBoxFitsTheWidthAndTheHeightFollows() {
        for (double lon : new double[] {LEVANT.west(), LEVANT.east()}) {
            for (double lat : new double[] {LEVANT.south(), LEVANT.north()}) {
                Point corner = viewport.project(lon, lat);
                assertTrue(corner.x() >= -1e-9 && corner.x() <= 760 + 1e-9, "corner x " + corner);
                assertTrue(corner.y() >= -1e-9 && corner.y() <= viewport.height() + 1e-9, "corner y " + corner);
            }
        }
        assertEquals(760, viewport.width());
        assertTrue(viewport.height() > 500 && viewport.height() < 700, "height " + viewport.height());
    }

    @Test
    void scaleIsTrueAlongAMeridian() {
        // One degree of latitude on the mean sphere is 2 pi R / 360 = 111.19 km, whatever the latitude.
        double kmPerDegree = 2 * Math.PI * EquidistantConic.EARTH_RADIUS_KM / 360;
        for (double lon : new double[] {34.0, 38.0, 42.0}) {
            Point south = viewport.project(lon, 33.0);
            Point north = viewport.project(lon, 34.0);
            double km = Math.hypot(north.x() - south.x(), north.y() - south.y()) / viewport.pixelsPerKm();
            assertEquals(kmPerDegree, km, 0.01, "one degree of latitude at longitude " + lon);
        }
    }

    @Test
    void tartusToDamascusMatchesTheGreatCircleDistance() {
        Point tartus = viewport.project(35.875, 34.915);
        Point damascus = viewport.project(36.292, 33.513);
        double km = Math.hypot(tartus.x() - damascus.x(), tartus.y() - damascus.y()) / viewport.pixelsPerKm();
        // Haversine distance on the same sphere: 160.5 km. A conic is not exact off its meridians; 1% is the promise.
        assertEquals(160.5, km, 1.6);
    }
}
