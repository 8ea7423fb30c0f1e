package org.explainer.map;

import org.explainer.base.Language;
import org.explainer.base.PlaceKind;
import org.explainer.base.PlaceKinds;
import org.explainer.base.PlaceSymbol;
import org.explainer.base.ProjectConfig;
import org.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real site's map drawn for pages in Arabic and Russian: labelled in that language, right to left
 * in Arabic with its sides mirrored, every label inside the frame; untranslated text falls back to the
 * default language and says so.
 */
class MapLanguagesTest {

    private static final Language ENGLISH = Language.parse("en", "English | ltr | en-GB");
    private static final Language ARABIC = Language.parse("ar", "العربية | rtl | ar-SY-u-nu-latn");
    private static final Language RUSSIAN = Language.parse("ru", "Русский | ltr | ru");
    private static final MapLanguage IN_ENGLISH = MapLanguage.of(ENGLISH);
    private static final MapLanguage IN_ARABIC = new MapLanguage(ARABIC, ENGLISH);
    private static final MapLanguage IN_RUSSIAN = new MapLanguage(RUSSIAN, ENGLISH);

    private static final ProjectConfig REAL = ProjectConfig.load(TestProject.REAL, "");
    private static final PlaceKinds KINDS = REAL.placeKinds();
    private static final MapSpec BASES = MapSpec.load(TestProject.REAL.resolve("data/maps/bases.yml"), KINDS);
    private static final GeoData GEO = GeoData.load(REAL.geoDataFile());

    private static final PlaceKind CITY = new PlaceKind("city", PlaceSymbol.DOT);
    private static final BoundingBox BOX = new BoundingBox(0, 0, 10, 8);
    private static final Viewport VIEWPORT = new Viewport(BOX, 400);

    @TempDir
    Path dir;

    @Test
    void theRealMapInArabicIsLabelledInArabicRightToLeft() {
        Element root = parse(new LocatorMap().render(GEO, BASES, IN_ARABIC));
        assertEquals("ar-SY-u-nu-latn", root.getAttribute("xml:lang"));
        assertEquals("القواعد الروسية في سوريا", first(root, "title").getTextContent());
        List<Element> labels = placeLabels(root);
        assertEquals(BASES.places().size(), labels.size());
        for (int i = 0; i < labels.size(); i++) {
            Place place = placeNamed(labels.get(i));
            assertEquals(place.name().translations().get("ar"), name(labels.get(i)));
            assertEquals("rtl", labels.get(i).getAttribute("direction"), name(labels.get(i)));
            assertFalse(labels.get(i).hasAttribute("xml:lang"), "a label in the map's own language: " + name(labels.get(i)));
        }
        String svg = new LocatorMap().render(GEO, BASES, IN_ARABIC);
        assertTrue(svg.contains(">نقطة إمداد وإصلاح للبحرية الروسية</tspan>"), svg);
        assertTrue(svg.contains(" direction=\"rtl\" text-anchor=\"end\">200 كم</text>"), "the scale in Arabic, beside its bar: " + svg);
    }

    @Test
    void theRealMapInRussianIsLabelledInRussian() {
        Element root = parse(new LocatorMap().render(GEO, BASES, IN_RUSSIAN));
        assertEquals("ru", root.getAttribute("xml:lang"));
        assertEquals("Российские базы в Сирии", first(root, "title").getTextContent());
        assertTrue(root.getTextContent().contains("200 км"), "the scale in Russian");
        for (Element label : placeLabels(root)) {
            assertEquals(placeNamed(label).name().translations().get("ru"), name(label));
            assertFalse(label.hasAttribute("direction"), name(label));
        }
    }

    @Test
    void everyLabelOfTheRealMapIsInsideTheFrameInEveryLanguage() {
        for (MapLanguage language : List.of(IN_ENGLISH, IN_ARABIC, IN_RUSSIAN)) {
            Element root = parse(new LocatorMap().render(GEO, BASES, language));
            String[] viewBox = root.getAttribute("viewBox").split(" ");
            double width = Double.parseDouble(viewBox[2]);
            double height = Double.parseDouble(viewBox[3]);
            for (Element label : placeLabels(root)) {
                Box box = box(label, placeNamed(label).kind().symbol());
                assertTrue(box.left() >= 0 && box.right() <= width && box.top() >= 0 && box.bottom() <= height,
                        language.language() + ": label " + name(label) + " " + box + " leaves the frame 0 0 " + width + " " + height);
            }
        }
    }

    @Test
    void noLabelOfTheRealMapCoversAnotherPlacesMarkerInAnyLanguage() {
        // Where every side of a marker is crowded, a label may graze a neighbour's marker, by a pixel at most:
        // in Arabic, Jableh's name meets the corner of Khmeimim's triangle by half a pixel.
        double graze = 1;
        Viewport viewport = new Viewport(BASES.bbox(), BASES.width());
        for (MapLanguage language : List.of(IN_ENGLISH, IN_ARABIC, IN_RUSSIAN)) {
            for (Element label : placeLabels(parse(new LocatorMap().render(GEO, BASES, language)))) {
                Place own = placeNamed(label);
                Box box = box(label, own.kind().symbol());
                for (Place other : BASES.places()) {
                    if (other == own || !other.kind().symbol().marksAPoint()) {
                        continue;
                    }
                    LabelLayout.Box marker = PlaceLayer.markerBox(other.kind().symbol(),
                            viewport.project(other.longitude(), other.latitude()));
                    // The letters, without their halo, against the marker.
                    double width = Math.min(box.right() - 1.5, marker.right()) - Math.max(box.left() + 1.5, marker.left());
                    double height = Math.min(box.bottom() - 1.5, marker.bottom()) - Math.max(box.top() + 1.5, marker.top());
                    assertFalse(width > graze && height > graze, language.language() + ": the label " + name(label) + " covers the marker of "
                            + other.name().text() + ": " + box + " against " + marker);
                }
            }
        }
    }

    @Test
    void onAnArabicMapALabelAtTheStartOfItsMarkerSitsToItsRight() {
        Place place = new Place(new MapText("Midtown", Map.of("ar", "المدينة الوسطى")), 4, 5, CITY, LabelSide.START, Optional.empty());
        Point marker = VIEWPORT.project(5, 4);
        Element label = placeLabels(parse(wrap(PlaceLayer.svg(List.of(place), VIEWPORT, IN_ARABIC)))).get(0);
        assertEquals("end", label.getAttribute("text-anchor"), "the line's end, its left in Arabic, is by the marker");
        Box box = box(label, PlaceSymbol.DOT);
        assertTrue(box.left() > marker.x(), "the label lies to the right of the marker: " + box + ", marker at " + marker.x());
        Element english = placeLabels(parse(wrap(PlaceLayer.svg(List.of(place), VIEWPORT, IN_ENGLISH)))).get(0);
        assertTrue(box(english, PlaceSymbol.DOT).right() < marker.x(), "in English it lies to the left");
    }

    @Test
    void aNameWithoutATranslationIsDrawnInTheDefaultLanguageAndSaysSo() {
        Place place = new Place(MapText.of("Midtown"), 4, 5, CITY, LabelSide.START,
                Optional.of(new MapText("a market town", Map.of("ar", "بلدة سوق"))));
        Element label = placeLabels(parse(wrap(PlaceLayer.svg(List.of(place), VIEWPORT, IN_ARABIC)))).get(0);
        assertEquals("Midtown", name(label));
        assertEquals("en-GB", label.getAttribute("xml:lang"));
        assertFalse(label.hasAttribute("direction"), "English runs left to right");
        Element note = (Element) label.getElementsByTagName("tspan").item(0);
        assertEquals("بلدة سوق", note.getTextContent());
        assertEquals("ar-SY-u-nu-latn", note.getAttribute("xml:lang"));
        assertEquals("rtl", note.getAttribute("direction"));
        // Both lines sit to the right of the marker, each anchored at the marker's side in its own direction.
        assertEquals("start", label.getAttribute("text-anchor").isEmpty() ? "start" : label.getAttribute("text-anchor"));
        assertEquals("end", note.getAttribute("text-anchor"));
    }

    @Test
    void aTranslatedLabelWiderThanTheMapIsNamedInBothLanguages() {
        String long_ = "مدينة ذات اسم طويل جداً لا يتسع له عرض الخريطة كله مهما حاولنا أن نضعه في أي مكان منها";
        Place place = new Place(new MapText("Midtown", Map.of("ar", long_)), 4, 5, CITY, LabelSide.END, Optional.empty());
        MapDataException error = assertThrows(MapDataException.class, () -> PlaceLayer.svg(List.of(place), VIEWPORT, IN_ARABIC));
        assertTrue(error.getMessage().startsWith("place \"Midtown\" in ar (\"" + long_ + "\"): its label is about "), error.getMessage());
    }

    @Test
    void readsTranslationsBesideEachTextAndRejectsABadLanguageCode() throws IOException {
        Path file = dir.resolve("test.yml");
        Files.writeString(file, """
                title: Test map
                titles: {ar: خريطة, ru: Карта}
                description: A map.
                focus: Syria
                bbox: [34.0, 32.0, 42.5, 37.5]
                width: 600
                places:
                  - {name: Latakia, names: {ar: اللاذقية}, latitude: 35.5, longitude: 35.8, kind: city, label: start,
                     note: A port, notes: {ru: Порт}}
                """);
        MapSpec spec = MapSpec.load(file, KINDS);
        assertEquals(new MapText("Test map", Map.of("ar", "خريطة", "ru", "Карта")), spec.title());
        assertEquals(MapText.of("A map."), spec.description());
        assertEquals(new MapText("Latakia", Map.of("ar", "اللاذقية")), spec.places().get(0).name());
        assertEquals(Optional.of(new MapText("A port", Map.of("ru", "Порт"))), spec.places().get(0).note());

        Files.writeString(file, Files.readString(file).replace("{ar: اللاذقية}", "{Arabic: اللاذقية}"));
        MapDataException error = assertThrows(MapDataException.class, () -> MapSpec.load(file, KINDS));
        assertTrue(error.getMessage().contains("test.yml: place 1 (\"Latakia\"): field \"names\": \"Arabic\" is not a language code"),
                error.getMessage());
    }

    @Test
    void aTranslatedNoteWithoutANoteIsAnError() throws IOException {
        Path file = dir.resolve("test.yml");
        Files.writeString(file, """
                title: Test map
                description: A map.
                focus: Syria
                bbox: [34.0, 32.0, 42.5, 37.5]
                width: 600
                places:
                  - {name: Latakia, latitude: 35.5, longitude: 35.8, kind: city, label: start, notes: {ru: Порт}}
                """);
        MapDataException error = assertThrows(MapDataException.class, () -> MapSpec.load(file, KINDS));
        assertTrue(error.getMessage().contains("field \"notes\" translates a note, but there is no \"note\""), error.getMessage());
    }

    @Test
    void widthsOfArabicAndCyrillicErOnTheWideSide() {
        // Advances measured in Chromium with DejaVu Sans, the font system-ui gives there, in ems of 14 px.
        Map<String, double[]> measured = Map.of(
                "منشأة طرطوس البحرية", new double[] {9.971, 11.671},
                "نقطة إمداد وإصلاح للبحرية الروسية", new double[] {14.568, 17.351},
                "قاعدة حميميم الجوية", new double[] {8.667, 10.288},
                "البحر الأبيض المتوسط", new double[] {9.137, 10.879},
                "اللاذقية", new double[] {2.940, 3.660},
                "Пункт ВМФ в Тартусе", new double[] {11.334, 12.439},
                "Пункт снабжения и ремонта ВМФ России", new double[] {21.767, 23.843},
                "Авиабаза Хмеймим", new double[] {10.091, 11.062},
                "Средиземное море", new double[] {10.006, 11.016});
        measured.forEach((text, ems) -> {
            for (int bold = 0; bold < 2; bold++) {
                double estimate = LabelWidth.of(text, 14, bold == 1, 0);
                assertTrue(estimate >= ems[bold] * 14, text + (bold == 1 ? " bold" : "") + ": estimated " + estimate
                        + " px, drawn " + ems[bold] * 14 + " px");
                assertTrue(estimate <= ems[bold] * 14 * 1.6, text + ": estimated " + estimate + " px, far wider than "
                        + ems[bold] * 14 + " px drawn");
            }
        });
    }

    /** A label's box, halo included, by the same width estimate the layout uses, read from the SVG as drawn. */
    private record Box(double left, double top, double right, double bottom) {
    }

    private static Box box(Element label, PlaceSymbol symbol) {
        boolean bold = MapStyle.bold(symbol);
        double tracking = symbol == PlaceSymbol.NAME_ONLY ? MapStyle.AREA_TRACKING : 0;
        double x = Double.parseDouble(label.getAttribute("x"));
        double baseline = Double.parseDouble(label.getAttribute("y"));
        String anchor = label.getAttribute("text-anchor");
        boolean rightToLeft = label.getAttribute("direction").equals("rtl");
        double width = LabelWidth.of(name(label), MapStyle.LABEL_PX, bold, tracking);
        double left = left(x, width, anchor, rightToLeft);
        double right = left + width;
        double bottom = baseline + 0.24 * MapStyle.LABEL_PX;
        NodeList notes = label.getElementsByTagName("tspan");
        if (notes.getLength() > 0) {
            Element note = (Element) notes.item(0);
            double noteWidth = LabelWidth.of(note.getTextContent(), MapStyle.SMALL_PX, bold, tracking);
            double noteLeft = left(x, noteWidth, note.hasAttribute("text-anchor") ? note.getAttribute("text-anchor") : anchor,
                    note.hasAttribute("direction") ? note.getAttribute("direction").equals("rtl") : rightToLeft);
            left = Math.min(left, noteLeft);
            right = Math.max(right, noteLeft + noteWidth);
            bottom = baseline + Double.parseDouble(note.getAttribute("dy")) + 0.24 * MapStyle.SMALL_PX;
        }
        double halo = 1.5;
        return new Box(left - halo, baseline - 0.8 * MapStyle.LABEL_PX - halo, right + halo, bottom + halo);
    }

    /** Where a line starts on the left: SVG's start and end are the line's own, its right and left when it runs right to left. */
    private static double left(double x, double width, String anchor, boolean rightToLeft) {
        return switch (anchor.isEmpty() ? "start" : anchor) {
            case "middle" -> x - width / 2;
            case "end" -> rightToLeft ? x : x - width;
            default -> rightToLeft ? x - width : x;
        };
    }

    private static Place placeNamed(Element label) {
        String name = name(label);
        return BASES.places().stream().filter(place -> place.name().translations().containsValue(name)
                || place.name().text().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no place is called " + name));
    }

    /** The labels of places: the texts inside a place's group, not the scale or the credit. */
    private static List<Element> placeLabels(Element root) {
        List<Element> labels = new ArrayList<>();
        NodeList texts = root.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (text.getParentNode().getNodeName().equals("g")) {
                labels.add(text);
            }
        }
        return labels;
    }

    private static String name(Element label) {
        return label.getFirstChild().getNodeValue();
    }

    private static Element first(Element root, String tag) {
        return (Element) root.getElementsByTagName(tag).item(0);
    }

    private static String wrap(String layer) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\">" + layer + "</svg>";
    }

    private static Element parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("not well-formed XML: " + xml, e);
        }
    }
}
