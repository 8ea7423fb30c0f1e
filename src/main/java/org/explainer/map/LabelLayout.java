package org.explainer.map;

import org.explainer.base.PlaceSymbol;

import java.util.List;
import java.util.Optional;

/**
 * Where a place's label goes: on the side of its marker the data asks for where it fits inside the
 * map's frame and covers neither another marker nor a label placed before it; else on the first other
 * side where it does, the opposite one first; else on the first side where it fits the frame; else
 * above or below the marker, moved sideways just far enough to lie inside the frame. Widths come from
 * {@link LabelWidth}'s estimate, which errs on the wide side. The sides are logical: on a map whose
 * labels run left to right, {@link LabelSide#START} is the left; on one whose labels run right to left,
 * the right. The anchor it gives is physical, as for left-to-right text.
 */
final class LabelLayout {

    // Space between a marker's edge and its label.
    private static final double GAP = 4;
    // The frame's line, 1 px wide along the map's edge, which a label's halo may meet but not cover.
    private static final double FRAME_MARGIN = 1;
    // Where the middle of a line of capitals and lower case sits above its baseline, in ems.
    private static final double MIDDLE = 0.35;
    // Height of a capital above the baseline, in ems.
    private static final double CAP = 0.72;
    // How far the tallest letters reach above the baseline, and descenders below it, in ems.
    private static final double ASCENT = 0.8;
    private static final double DESCENT = 0.24;
    // Half the width of the halo stroked round the letters (MapStyle's stroke-width:3px).
    private static final double HALO = 1.5;
    // Line spacing of a note under its name, in ems of the note's size.
    private static final double LINE_HEIGHT = 1.2;

    private LabelLayout() {
    }

    /**
     * Where a label's first line starts, which end of it sits there ({@code start} for its left end,
     * {@code middle} or {@code end} for its right end, as SVG's text-anchor for left-to-right text), and
     * how far below it the note's line is.
     */
    record Anchor(double x, double baseline, String textAnchor, double noteLine) {
    }

    /** The box a label covers, halo included, or a marker covers. */
    record Box(double left, double top, double right, double bottom) {

        /** The letters' box without their halo, which may overlap a neighbour without hiding it. */
        Box letters() {
            return new Box(left + HALO, top + HALO, right - HALO, bottom - HALO);
        }

        boolean overlaps(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }

        boolean inside(Viewport viewport) {
            return left >= FRAME_MARGIN && right <= viewport.width() - FRAME_MARGIN && insideVertically(viewport);
        }

        boolean insideVertically(Viewport viewport) {
            return top >= FRAME_MARGIN && bottom <= viewport.height() - FRAME_MARGIN;
        }

        /** How far to move the box so it lies inside; one taller than the frame keeps its top inside. */
        Point shiftInto(Viewport viewport) {
            return new Point(shift(left, right, viewport.width()), shift(top, bottom, viewport.height()));
        }

        private static double shift(double low, double high, double size) {
            if (low < FRAME_MARGIN || high - low > size - 2 * FRAME_MARGIN) {
                return FRAME_MARGIN - low;
            }
            return Math.min(0, size - FRAME_MARGIN - high);
        }
    }

    /** A place's label as drawn: its name and note in the map's language, and whether its sides mirror. */
    record Label(Place place, Wording name, Optional<Wording> note, boolean mirrored) {
    }

    /**
     * The label of a place whose marker reaches {@code radius} from {@code at}.
     *
     * @param taken the boxes of the other markers and of the labels placed before this one
     * @throws MapDataException if the label is wider than the map, so no place could hold it
     */
    static Anchor anchor(Label label, Point at, double radius, Viewport viewport, List<Box> taken) {
        List<LabelSide> sides = sidesToTry(physical(label.place().label(), label.mirrored()));
        Box asked = box(label, anchor(label, at, radius, sides.get(0)));
        if (asked.right() - asked.left() > viewport.width() - 2 * FRAME_MARGIN) {
            String translated = label.name().isFallback() || label.name().text().equals(label.place().name().text()) ? ""
                    : " in " + label.name().language().getCode() + " (\"" + label.name().text() + "\")";
            throw new MapDataException("place \"" + label.place().name().text() + "\"" + translated + ": its label is about "
                    + Math.round(asked.right() - asked.left()) + " px wide, wider than the map's " + viewport.width()
                    + " px; shorten the name or its note");
        }
        for (LabelSide side : sides) {
            Anchor anchor = anchor(label, at, radius, side);
            Box box = box(label, anchor);
            if (box.inside(viewport) && taken.stream().noneMatch(box.letters()::overlaps)) {
                return anchor;
            }
        }
        // Crowded on every side: the frame comes first.
        for (LabelSide side : sides) {
            Anchor anchor = anchor(label, at, radius, side);
            if (box(label, anchor).inside(viewport)) {
                return anchor;
            }
        }
        // Nowhere whole: a label above or below its marker can slide sideways without covering it.
        Anchor chosen = sides.stream().filter(side -> side != LabelSide.START && side != LabelSide.END)
                .map(side -> anchor(label, at, radius, side))
                .filter(anchor -> box(label, anchor).insideVertically(viewport))
                .findFirst().orElse(anchor(label, at, radius, sides.get(0)));
        Point shift = box(label, chosen).shiftInto(viewport);
        return new Anchor(chosen.x() + shift.x(), chosen.baseline() + shift.y(), chosen.textAnchor(), chosen.noteLine());
    }

    /** The side as for left-to-right text: start and end swap on a map whose labels run right to left. */
    private static LabelSide physical(LabelSide side, boolean mirrored) {
        if (!mirrored) {
            return side;
        }
        return switch (side) {
            case START -> LabelSide.END;
            case END -> LabelSide.START;
            default -> side;
        };
    }

    private static Anchor anchor(Label label, Point at, double radius, LabelSide side) {
        double offset = radius + GAP;
        double middle = at.y() + MIDDLE * MapStyle.LABEL_PX;
        double noteLine = label.note().isPresent() ? MapStyle.SMALL_PX * LINE_HEIGHT : 0;
        return switch (side) {
            case START -> new Anchor(at.x() - offset, middle, "end", noteLine);
            case END -> new Anchor(at.x() + offset, middle, "start", noteLine);
            case ABOVE -> new Anchor(at.x(), at.y() - offset - noteLine, "middle", noteLine);
            case BELOW -> new Anchor(at.x(), at.y() + offset + CAP * MapStyle.LABEL_PX, "middle", noteLine);
            case CENTRE -> new Anchor(at.x(), middle - noteLine / 2, "middle", noteLine);
        };
    }

    /** The side the data asks for, then the opposite one, then the other two; a centred name stays centred. */
    private static List<LabelSide> sidesToTry(LabelSide side) {
        return switch (side) {
            case START -> List.of(LabelSide.START, LabelSide.END, LabelSide.BELOW, LabelSide.ABOVE);
            case END -> List.of(LabelSide.END, LabelSide.START, LabelSide.BELOW, LabelSide.ABOVE);
            case ABOVE -> List.of(LabelSide.ABOVE, LabelSide.BELOW, LabelSide.END, LabelSide.START);
            case BELOW -> List.of(LabelSide.BELOW, LabelSide.ABOVE, LabelSide.END, LabelSide.START);
            case CENTRE -> List.of(LabelSide.CENTRE);
        };
    }

    /** The box a label placed at {@code anchor} covers. */
    static Box box(Label label, Anchor anchor) {
        PlaceSymbol symbol = label.place().kind().symbol();
        boolean bold = MapStyle.bold(symbol);
        double tracking = symbol == PlaceSymbol.NAME_ONLY ? MapStyle.AREA_TRACKING : 0;
        double width = LabelWidth.of(label.name().text(), MapStyle.LABEL_PX, bold, tracking);
        double bottom = anchor.baseline() + DESCENT * MapStyle.LABEL_PX;
        if (label.note().isPresent()) {
            width = Math.max(width, LabelWidth.of(label.note().get().text(), MapStyle.SMALL_PX, bold, tracking));
            bottom = anchor.baseline() + anchor.noteLine() + DESCENT * MapStyle.SMALL_PX;
        }
        double left = switch (anchor.textAnchor()) {
            case "end" -> anchor.x() - width;
            case "middle" -> anchor.x() - width / 2;
            default -> anchor.x();
        };
        return new Box(left - HALO, anchor.baseline() - ASCENT * MapStyle.LABEL_PX - HALO, left + width + HALO, bottom + HALO);
    }
}
