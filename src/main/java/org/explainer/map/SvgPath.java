package org.explainer.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Encodes rings as SVG path data: an absolute start, then relative steps, which roughly halves the
 * bytes of a coastline. Points are rounded to tenths first and the steps taken between rounded
 * points, so rounding never accumulates and two countries sharing a border share its exact points.
 */
final class SvgPath {

    private SvgPath() {
    }

    /** Path data for the rings, or an empty string when none has an area left to draw. */
    static String of(List<List<Point>> rings) {
        StringBuilder d = new StringBuilder();
        for (List<Point> ring : rings) {
            List<long[]> points = rounded(ring);
            if (points.size() < 3) {
                continue;
            }
            long[] previous = points.get(0);
            d.append('M').append(Svg.tenths(previous[0])).append(' ').append(Svg.tenths(previous[1])).append('l');
            for (int i = 1; i < points.size(); i++) {
                long[] point = points.get(i);
                appendNumber(d, point[0] - previous[0], i == 1);
                appendNumber(d, point[1] - previous[1], false);
                previous = point;
            }
            d.append('z');
        }
        return d.toString();
    }

    /** Tenths, without repeats and without the closing point, which "z" stands for. */
    private static List<long[]> rounded(List<Point> ring) {
        List<long[]> points = new ArrayList<>(ring.size());
        for (Point point : ring) {
            long[] tenths = {Math.round(point.x() * 10), Math.round(point.y() * 10)};
            if (points.isEmpty() || !sameAs(points.get(points.size() - 1), tenths)) {
                points.add(tenths);
            }
        }
        while (points.size() > 1 && sameAs(points.get(0), points.get(points.size() - 1))) {
            points.remove(points.size() - 1);
        }
        return points;
    }

    private static boolean sameAs(long[] a, long[] b) {
        return a[0] == b[0] && a[1] == b[1];
    }

    // A minus sign separates numbers by itself; only positive ones need a space.
    private static void appendNumber(StringBuilder d, long tenths, boolean first) {
        if (!first && tenths >= 0) {
            d.append(' ');
        }
        d.append(Svg.tenths(tenths));
    }
}
