package org.explainer.map;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The small pieces every map's bytes depend on: number format, path encoding, clipping, scale length. */
class SvgGeometryTest {

    @Test
    void numbersHaveOneDecimalAndNoNegativeZero() {
        assertEquals("12", Svg.num(12.04));
        assertEquals("12.1", Svg.num(12.06));
        assertEquals("-3.5", Svg.num(-3.46));
        assertEquals("0", Svg.num(-0.04));
    }

    @Test
    void escapesTextForXml() {
        assertEquals("Tom &amp; &quot;Jerry&quot; &lt;3&gt;", Svg.escape("Tom & \"Jerry\" <3>"));
    }

    @Test
    void pathsStartAbsoluteThenStepRelative() {
        List<Point> square = List.of(new Point(10, 10), new Point(20.04, 10), new Point(20, 20),
                new Point(10, 20), new Point(10, 10));
        assertEquals("M10 10l10 0 0 10-10 0z", SvgPath.of(List.of(square)));
    }

    @Test
    void ringsWithNoAreaLeftAreDropped() {
        assertEquals("", SvgPath.of(List.of(List.of(new Point(1, 1), new Point(1.01, 1), new Point(1, 1)))));
    }

    @Test
    void clipsARingToTheRectangle() {
        RectangleClipper clipper = new RectangleClipper(0, 0, 10, 10);
        List<Point> overhanging = List.of(new Point(5, 5), new Point(15, 5), new Point(15, 8), new Point(5, 8));
        assertEquals(List.of(new Point(5, 5), new Point(10, 5), new Point(10, 8), new Point(5, 8)),
                clipper.clip(overhanging));
        assertEquals(List.of(), clipper.clip(List.of(new Point(20, 20), new Point(30, 20), new Point(30, 30))));
    }

    @Test
    void scaleBarsUseRoundLengths() {
        assertEquals(200, ScaleBar.roundDown(204.6));
        assertEquals(100, ScaleBar.roundDown(199));
        assertEquals(500, ScaleBar.roundDown(999));
        assertEquals(1, ScaleBar.roundDown(1.9));
    }
}
