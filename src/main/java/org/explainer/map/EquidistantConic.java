package org.explainer.map;

/**
 * The equidistant conic projection on a sphere (Snyder, "Map Projections: A Working Manual", 1987,
 * chapter 16), giving kilometres east and north of the map's centre.
 *
 * <p>Why this projection: locator maps cover a few hundred kilometres of the mid-latitudes, where a
 * conic keeps shapes and areas close to true, and this one keeps distances true along every meridian
 * and along its two standard parallels, so one scale bar is honest across the whole map (off the
 * standard parallels the east-west scale drifts by well under 1% for a box a few degrees tall).
 * Mercator would stretch the north of such a box against its south.
 */
final class EquidistantConic {

    // Mean radius of the Earth (IUGG); a sphere is accurate to about 0.5% here, far below a locator map's needs.
    static final double EARTH_RADIUS_KM = 6371.0088;

    private final double n;
    private final double g;
    private final double rho0;
    private final double lon0;

    /** Standard parallels and origin chosen for the box by the usual one-sixth rule. */
    static EquidistantConic fitting(BoundingBox box) {
        double sixth = (box.north() - box.south()) / 6;
        return new EquidistantConic(box.south() + sixth, box.north() - sixth, box.centreLat(), box.centreLon());
    }

    EquidistantConic(double parallel1, double parallel2, double originLat, double originLon) {
        double phi1 = Math.toRadians(parallel1);
        double phi2 = Math.toRadians(parallel2);
        // Distinct parallels only: BoundingBox guarantees south < north, so phi1 < phi2 here.
        n = (Math.cos(phi1) - Math.cos(phi2)) / (phi2 - phi1);
        g = Math.cos(phi1) / n + phi1;
        rho0 = EARTH_RADIUS_KM * (g - Math.toRadians(originLat));
        lon0 = originLon;
    }

    /** Kilometres east (x) and north (y) of the origin. */
    double[] project(double lon, double lat) {
        double rho = EARTH_RADIUS_KM * (g - Math.toRadians(lat));
        double theta = n * Math.toRadians(lon - lon0);
        return new double[] {rho * Math.sin(theta), rho0 - rho * Math.cos(theta)};
    }
}
