package org.explainer.map;

import org.explainer.base.Language;
import org.explainer.base.PlaceKind;
import org.explainer.base.PlaceSymbol;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Labels stay inside the map's frame whatever the data asks: each label's box, estimated from the SVG
 * as drawn (position, anchor, font size and weight, text), must lie within the viewBox.
 */
class LabelLayoutTest {

    private static final PlaceKind BASE = new PlaceKind("base", PlaceSymbol.TRIANGLE);
    private static final PlaceKind CITY = new PlaceKind("city", PlaceSymbol.DOT);
    private static final PlaceKind CAPITAL = new PlaceKind("capital", PlaceSymbol.RINGED_DOT);
    private static final PlaceKind AREA = new PlaceKind("area", PlaceSymbol.NAME_ONLY);


    private static final MapLanguage ENGLISH = MapLanguage.of(Language.parse("en", "English | ltr | en-GB"));
    private static final BoundingBox BOX = new BoundingBox(0, 0, 10, 8);
    private static final Viewport VIEWPORT = new Viewport(BOX, 400);
    private static final String LONG_NOTE = "A supply and repair point of some navy";

    @Test
    void keepsALabelWrittenToTheStartOfAMarkerAtTheWestEdgeInside() {
        assertInsideTheFrame(place("West Harbour naval facility", 0.6, 4, BASE, LabelSide.START, LONG_NOTE));
    }

    @Test
    void keepsALabelWrittenToTheEndOfAMarkerAtTheEastEdgeInside() {
        assertInsideTheFrame(place("East Point air base", 9.6, 4, BASE, LabelSide.END, LONG_NOTE));
    }

    @Test
    void keepsLabelsAboveAMarkerAtTheTopAndBelowOneAtTheBottomInside() {
        assertInsideTheFrame(place("Northtown", 5, 7.95, CITY, LabelSide.ABOVE, "a note"));
        assertInsideTheFrame(place("Southtown", 5, 0.05, CAPITAL, LabelSide.BELOW, "a note"));
    }

    @Test
    void keepsACentredNameAtACornerInside() {
        assertInsideTheFrame(place("The Very Long Name of a Sea", 0.1, 7.9, AREA, LabelSide.CENTRE, null));
    }

    @Test
    void putsALabelTooLongForEitherSideAboveOrBelowItsMarkerInside() {
        Place place = place("Midwater", 5, 4, CITY, LabelSide.START, "a note too long for either side of its marker");
        Label label = only(place);
        Point marker = VIEWPORT.project(5, 4);
        assertInsideTheFrame(place);
        assertEquals("middle", label.anchor());
        assertTrue(label.top() > marker.y() || label.bottom() < marker.y(), "the label does not cover the marker: " + label);
    }

    @Test
    void refusesALabelWiderThanTheMap() {
        Place place = place("A place whose name is longer than the whole map is wide, and then some more", 5, 4,
                CITY, LabelSide.END, null);
        MapDataException error = assertThrows(MapDataException.class, () -> PlaceLayer.svg(List.of(place), VIEWPORT, ENGLISH));
        assertTrue(error.getMessage().startsWith("place \"A place whose name") && error.getMessage().contains(
                "wider than the map's 400 px; shorten the name or its note"), error.getMessage());
    }

    @Test
    void keepsTheSideTheDataAsksForWhereTheLabelFits() {
        Label label = only(place("Midtown", 5, 4, CITY, LabelSide.START, "a short note"));
        Point marker = VIEWPORT.project(5, 4);
        assertEquals("end", label.anchor());
        assertTrue(label.right() < marker.x(), "the label ends before the marker: " + label);
    }

    @Test
    void movesALabelThatWouldLeaveTheFrameToTheOtherSideOfItsMarker() {
        Label label = only(place("West Harbour naval facility", 0.6, 4, BASE, LabelSide.START, LONG_NOTE));
        Point marker = VIEWPORT.project(0.6, 4);
        assertEquals("start", label.anchor());
        assertTrue(label.left() > marker.x(), "the label starts after the marker, not over it: " + label);
    }

    @Test
    void movesALabelOffANeighboursMarkerToAFreeSide() {
        Place asked = place("Westport", 5, 4, CITY, LabelSide.END, null);
        Place neighbour = place("Eastfield", 5.4, 4, CITY, LabelSide.END, null);
        List<Label> labels = labels(PlaceLayer.svg(List.of(neighbour, asked), VIEWPORT, ENGLISH), CITY);
        Point marker = VIEWPORT.project(5, 4);
        assertEquals("end", labels.get(1).anchor(), "Westport's label went to the start side, away from Eastfield");
        assertTrue(labels.get(1).right() < marker.x(), labels.get(1).toString());
    }

    private static Place place(String name, double lon, double lat, PlaceKind kind, LabelSide side, String note) {
        return new Place(MapText.of(name), lat, lon, kind, side, Optional.ofNullable(note).map(MapText::of));
    }

    private static void assertInsideTheFrame(Place place) {
        Label label = only(place);
        assertTrue(label.left() >= 0 && label.right() <= VIEWPORT.width()
                        && label.top() >= 0 && label.bottom() <= VIEWPORT.height(),
                "label " + label + " leaves the frame 0 0 " + VIEWPORT.width() + " " + VIEWPORT.height());
    }

    /** A label's box as a reader's browser draws it, by the same width estimate the layout uses. */
    private record Label(String anchor, double left, double top, double right, double bottom) {
    }

    private static Label only(Place place) {
        List<Label> labels = labels(PlaceLayer.svg(List.of(place), VIEWPORT, ENGLISH), place.kind());
        assertEquals(1, labels.size());
        return labels.get(0);
    }

    private static List<Label> labels(String svg, PlaceKind kind) {
        Element root = parse("<svg xmlns=\"http://www.w3.org/2000/svg\">" + svg + "</svg>");
        boolean bold = MapStyle.bold(kind.symbol());
        double tracking = kind == AREA ? MapStyle.AREA_TRACKING : 0;
        // A glyph's outline reaches about 0.8 em above the baseline and 0.24 em below; the halo adds 1.5 px.
        double halo = 1.5;
        List<Label> labels = new ArrayList<>();
        NodeList texts = root.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            double x = Double.parseDouble(text.getAttribute("x"));
            double baseline = Double.parseDouble(text.getAttribute("y"));
            String anchor = text.hasAttribute("text-anchor") ? text.getAttribute("text-anchor") : "start";
            String name = text.getFirstChild().getNodeValue();
            double width = LabelWidth.of(name, MapStyle.LABEL_PX, bold, tracking);
            double bottom = baseline + 0.24 * MapStyle.LABEL_PX;
            NodeList notes = text.getElementsByTagName("tspan");
            if (notes.getLength() > 0) {
                Element note = (Element) notes.item(0);
                width = Math.max(width, LabelWidth.of(note.getTextContent(), MapStyle.SMALL_PX, bold, tracking));
                bottom = baseline + Double.parseDouble(note.getAttribute("dy")) + 0.24 * MapStyle.SMALL_PX;
            }
            double left = switch (anchor.toLowerCase(Locale.ROOT)) {
                case "end" -> x - width;
                case "middle" -> x - width / 2;
                default -> x;
            };
            labels.add(new Label(anchor, left - halo, baseline - 0.8 * MapStyle.LABEL_PX - halo, left + width + halo,
                    bottom + halo));
        }
        return labels;
    }

    private static Element parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("the layer is not well-formed XML: " + xml, e);
        }
    }
}
