package org.explainer.map;

/**
 * Fits a projected bounding box into an SVG coordinate system of a given width: north up, the box's
 * whole extent visible, one scale for x and y so nothing is stretched.
 */
final class Viewport {

    // Edges of the box are curved after projection; this many steps per edge find their extremes.
    private static final int EDGE_STEPS = 32;

    private final EquidistantConic projection;
    private final int width;
    private final int height;
    private final double scale;
    private final double minX;
    private final double maxY;

    Viewport(BoundingBox box, int width) {
        this.projection = EquidistantConic.fitting(box);
        this.width = width;
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        double bottom = Double.POSITIVE_INFINITY;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= EDGE_STEPS; i++) {
            double lon = box.west() + (box.east() - box.west()) * i / EDGE_STEPS;
            double lat = box.south() + (box.north() - box.south()) * i / EDGE_STEPS;
            for (double[] p : new double[][] {
                    projection.project(lon, box.south()), projection.project(lon, box.north()),
                    projection.project(box.west(), lat), projection.project(box.east(), lat)}) {
                left = Math.min(left, p[0]);
                right = Math.max(right, p[0]);
                bottom = Math.min(bottom, p[1]);
                top = Math.max(top, p[1]);
            }
        }
        this.scale = width / (right - left);
        this.minX = left;
        this.maxY = top;
        this.height = (int) Math.round((top - bottom) * scale);
    }

    Point project(double lon, double lat) {
        double[] km = projection.project(lon, lat);
        return new Point((km[0] - minX) * scale, (maxY - km[1]) * scale);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** True along every meridian, which is what the scale bar measures. */
    double pixelsPerKm() {
        return scale;
    }
}
