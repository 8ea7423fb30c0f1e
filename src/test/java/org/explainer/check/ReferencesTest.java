package org.explainer.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReferencesTest {

    private static Document page(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    }

    @Test
    void readsEveryCandidateOfASrcsetAsHtmlDoes() {
        assertEquals(List.of("a.png", "b.png"), References.srcsetAddresses("a.png 1x, b.png 2x"));
        assertEquals(List.of("a.png", "b.png"), References.srcsetAddresses("a.png, b.png 2x"));
        assertEquals(List.of("a.png,b.png"), References.srcsetAddresses("a.png,b.png 2x"), "a comma inside an address");
        assertEquals(List.of("a,b.png", "c.png"), References.srcsetAddresses(" a,b.png 480w , c.png 800w "));
        assertEquals(List.of("a.png", "b.png"), References.srcsetAddresses("a.png (max-width: 2x, 3x) 1x, b.png"));
    }

    @Test
    void tellsLinksToFollowFromLinksThatNameAPageAndFromWhatALinkLoads() {
        Document document = page("""
                <link rel="canonical" href="https://example.org/">
                <link rel="alternate" href="feed.xml">
                <link rel="icon" href="i.svg">
                <link rel="apple-touch-icon" href="t.png">
                <link rel="stylesheet" href="s.css">
                <link rel="modulepreload" href="m.js">
                <a href="p.html">p</a>
                """);
        assertEquals(List.of(
                new Reference("https://example.org/", Reference.Use.NAMED, "link[rel=canonical]", 1),
                new Reference("feed.xml", Reference.Use.NAMED, "link[rel=alternate]", 2),
                new Reference("i.svg", Reference.Use.LOADED, "link[rel=icon]", 3),
                new Reference("t.png", Reference.Use.LOADED, "link[rel=apple-touch-icon]", 4),
                new Reference("s.css", Reference.Use.LOADED, "link[rel=stylesheet]", 5),
                new Reference("m.js", Reference.Use.LOADED, "link[rel=modulepreload]", 6),
                new Reference("p.html", Reference.Use.FOLLOWED, "a", 7)),
                References.read(document).references());
    }

    @Test
    void readsWhatElementsAndCssLoad() {
        Document document = page("""
                <img src="a.png" srcset="a.png 1x, b.png 2x" alt="">
                <object data="map.svg"></object>
                <track src="captions.vtt">
                <input type="text" src="not-an-image-button.png"><input type="image" src="go.png" alt="Go">
                <style>
                p { background: url( 'c.png' ) }
                </style>
                <p style="background: url(d.png)">x</p>
                """);
        assertEquals(List.of(
                new Reference("a.png", Reference.Use.LOADED, "img", 1),
                new Reference("a.png", Reference.Use.LOADED, "img srcset", 1),
                new Reference("b.png", Reference.Use.LOADED, "img srcset", 1),
                new Reference("map.svg", Reference.Use.LOADED, "object", 2),
                new Reference("captions.vtt", Reference.Use.LOADED, "track", 3),
                new Reference("go.png", Reference.Use.LOADED, "input", 4),
                new Reference("c.png", Reference.Use.LOADED, "<style>", 6),
                new Reference("d.png", Reference.Use.LOADED, "style attribute", 8)),
                References.read(document).references());
    }

    @Test
    void readsAStylesheetsUrlsAndImportsButNotItsComments() {
        String css = """
                @import "base.css";
                @import url(print.css) print;
                /* url(old.png)
                   is not read */
                a { background: url("a b.png"), url(data:image/png;base64,xyz); }
                """;
        assertEquals(List.of(
                new Reference("base.css", Reference.Use.LOADED, "@import", 1),
                new Reference("print.css", Reference.Use.LOADED, "url()", 2),
                new Reference("a b.png", Reference.Use.LOADED, "url()", 5),
                new Reference("data:image/png;base64,xyz", Reference.Use.LOADED, "url()", 5)),
                References.inCss(css));
    }

    @Test
    void findsIdsNamedAnchorsAndTheBase() {
        References.Page read = References.read(page("<base href=\"/repo/\"><h2 id=\"a\">A</h2><a name=\"b\">B</a>"));
        assertEquals(Set.of("a", "b"), read.ids());
        assertEquals(Optional.of("/repo/"), read.base());
    }
}
