package org.explainer.map;

import org.explainer.base.Language;
import org.explainer.base.PlaceKinds;
import org.explainer.base.ProjectConfig;
import org.explainer.testing.FixtureSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders a fixture site's map from its boundary data, with its kinds of place, as the build does. */
class LocatorMapTest {

    private static final Path GEO = FixtureSites.CHANNEL_TUNNEL.resolve("data/geo/dover-strait.json");
    private static final Path SPEC = FixtureSites.CHANNEL_TUNNEL.resolve("data/maps/crossing.yml");
    private static final PlaceKinds KINDS = ProjectConfig.load(FixtureSites.CHANNEL_TUNNEL, "").placeKinds();
    private static final MapLanguage ENGLISH = MapLanguage.of(Language.parse("en", "English | ltr | en-GB"));

    private static GeoData geo;
    private static MapSpec spec;
    private static String svg;
    private static Element root;

    @BeforeAll
    static void render() throws Exception {
        geo = GeoData.load(GEO);
        spec = MapSpec.load(SPEC, KINDS);
        svg = new LocatorMap().render(geo, spec, ENGLISH);
        root = parse(svg).getDocumentElement();
    }

    @Test
    void isAnAccessibleImage() {
        assertEquals("svg", root.getTagName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("img", root.getAttribute("role"));
        Element title = only("title");
        Element desc = only("desc");
        assertEquals(spec.title().text(), title.getTextContent());
        assertEquals(spec.description().text(), desc.getTextContent());
        assertEquals(title.getAttribute("id") + " " + desc.getAttribute("id"), root.getAttribute("aria-labelledby"));
    }

    @Test
    void scalesWithItsContainer() {
        assertTrue(root.getAttribute("viewBox").matches("0 0 760 \\d+"), root.getAttribute("viewBox"));
        assertFalse(root.hasAttribute("width"));
        assertFalse(root.hasAttribute("height"));
    }

    @Test
    void namesEachPlaceExactlyOnce() {
        List<String> labels = new ArrayList<>();
        NodeList texts = root.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            labels.add(texts.item(i).getFirstChild().getNodeValue());
        }
        for (Place place : spec.places()) {
            assertEquals(1, labels.stream().filter(place.name().text()::equals).count(), place.name().text());
        }
    }

    @Test
    void drawsOneCountryPathEachAndEmphasisesTheFocus() {
        NodeList paths = root.getElementsByTagName("path");
        int countries = 0;
        int focus = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            String css = ((Element) paths.item(i)).getAttribute("class");
            countries += css.contains("lm-country") ? 1 : 0;
            focus += css.contains("lm-focus") ? 1 : 0;
        }
        assertEquals(1, focus);
        assertTrue(countries >= 3, "the United Kingdom and its neighbours, got " + countries);
    }

    @Test
    void carriesItsOwnStylesForDarkModeAndPrint() {
        String css = only("style").getTextContent();
        assertTrue(css.contains("@media (prefers-color-scheme:dark)"));
        assertTrue(css.contains("@media print"));
        assertTrue(css.contains("--lm-sea:"));
    }

    @Test
    void referencesNothingOutsideItself() {
        for (String external : List.of("href", "url(", "@import", "<image", "<script")) {
            assertFalse(svg.contains(external), external);
        }
    }

    @Test
    void creditsTheBoundaryData() {
        assertTrue(svg.contains(">Natural Earth</text>"));
    }

    @Test
    void writesCoordinatesWithOneDecimalAtMost() {
        NodeList elements = root.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            NamedNodeMap attributes = elements.item(i).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Node attribute = attributes.item(a);
                assertFalse(attribute.getNodeValue().matches("(?s).*\\d\\.\\d\\d.*"), attribute.toString());
            }
        }
    }

    @Test
    void isDeterministic() {
        String again = new LocatorMap().render(GeoData.load(GEO), MapSpec.load(SPEC, KINDS), ENGLISH);
        assertEquals(svg, again);
    }

    @Test
    void staysSmall() {
        int bytes = svg.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < 30_000, bytes + " bytes");
    }

    @Test
    void refusesAFocusCountryTheDataLacks() {
        MapSpec wrong = new MapSpec(spec.title(), spec.description(), "Royaume-Uni", spec.bbox(), spec.width(), spec.places());
        MapDataException error = assertThrows(MapDataException.class, () -> new LocatorMap().render(geo, wrong, ENGLISH));
        assertTrue(error.getMessage().contains("focus country \"Royaume-Uni\""), error.getMessage());
    }

    @Test
    void refusesToShowLandBeyondTheData() {
        MapSpec wide = new MapSpec(spec.title(), spec.description(), spec.focus(),
                new BoundingBox(-5, 45, 8, 55), spec.width(), spec.places());
        MapDataException error = assertThrows(MapDataException.class, () -> new LocatorMap().render(geo, wide, ENGLISH));
        assertTrue(error.getMessage().contains("reaches beyond the boundary data"), error.getMessage());
    }

    private static Element only(String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        assertEquals(1, nodes.getLength(), tag);
        return (Element) nodes.item(0);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
