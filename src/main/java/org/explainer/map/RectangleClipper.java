package org.explainer.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Cuts polygon rings to a rectangle (Sutherland-Hodgman), so a map carries only the part of each
 * country it shows: the boundary data covers a whole region, the SVG must stay small.
 */
final class RectangleClipper {

    private final double left;
    private final double top;
    private final double right;
    private final double bottom;

    RectangleClipper(double left, double top, double right, double bottom) {
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
    }

    /** The part of the ring inside the rectangle; empty when there is none. */
    List<Point> clip(List<Point> ring) {
        List<Point> out = ring;
        out = clipEdge(out, Point::x, left, true);
        out = clipEdge(out, Point::x, right, false);
        out = clipEdge(out, Point::y, top, true);
        out = clipEdge(out, Point::y, bottom, false);
        return out;
    }

    private static List<Point> clipEdge(List<Point> ring, ToDoubleFunction<Point> axis, double bound,
                                        boolean keepGreater) {
        List<Point> out = new ArrayList<>(ring.size());
        for (int i = 0; i < ring.size(); i++) {
            Point previous = ring.get(i == 0 ? ring.size() - 1 : i - 1);
            Point current = ring.get(i);
            boolean previousIn = inside(axis.applyAsDouble(previous), bound, keepGreater);
            boolean currentIn = inside(axis.applyAsDouble(current), bound, keepGreater);
            if (currentIn != previousIn) {
                out.add(crossing(previous, current, axis, bound));
            }
            if (currentIn) {
                out.add(current);
            }
        }
        return out;
    }

    private static boolean inside(double value, double bound, boolean keepGreater) {
        return keepGreater ? value >= bound : value <= bound;
    }

    private static Point crossing(Point a, Point b, ToDoubleFunction<Point> axis, double bound) {
        double t = (bound - axis.applyAsDouble(a)) / (axis.applyAsDouble(b) - axis.applyAsDouble(a));
        return new Point(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()));
    }
}
