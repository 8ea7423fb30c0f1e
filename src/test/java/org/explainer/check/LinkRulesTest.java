package org.explainer.check;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkRulesTest {

    private final LinkRules rules = new LinkRules(URI.create("https://example.org/repo"));
    private final URI page = rules.addressOf("explainers/a page.html");

    private LinkRules.Verdict judge(String address, Reference.Use use) {
        return rules.judge(new Reference(address, use, "e", 1), page);
    }

    private LinkRules.InSite inSite(String address, Reference.Use use) {
        return assertInstanceOf(LinkRules.InSite.class, judge(address, use));
    }

    private String wrong(String address, Reference.Use use) {
        return assertInstanceOf(LinkRules.Wrong.class, judge(address, use)).message();
    }

    @Test
    void placesTheSitesFilesAtItsAddress() {
        assertEquals(URI.create("https://example.org/repo/"), rules.addressOf(""));
        assertEquals(URI.create("https://example.org/repo/explainers/a%20page.html"), page);
    }

    @Test
    void leadsAddressesIntoTheSiteToAPathAndAFragment() {
        assertEquals(new LinkRules.InSite("explainers/b.html", "x", URI.create("https://example.org/repo/explainers/b.html#x")),
                inSite("b.html#x", Reference.Use.FOLLOWED));
        assertEquals("", inSite("../", Reference.Use.FOLLOWED).path());
        assertEquals("explainers/a page.html", inSite("#top", Reference.Use.FOLLOWED).path());
        assertEquals("explainers/a page.html", inSite("?q=wheat", Reference.Use.FOLLOWED).path());
        assertEquals("glossary/", inSite("https://example.org/repo/glossary/", Reference.Use.NAMED).path());
    }

    @Test
    void leavesAddressesThereIsNothingToCheckIn() {
        for (String address : new String[] {"", "mailto:editor@example.org", "tel:+441234", "data:image/png;base64,xyz"}) {
            assertInstanceOf(LinkRules.Unchecked.class, judge(address, Reference.Use.LOADED), address);
        }
        assertInstanceOf(LinkRules.Unchecked.class, judge("https://example.com/source", Reference.Use.FOLLOWED));
    }

    @Test
    void refusesRootAbsoluteAndInvalidAddressesAndRelativeOnesThatLeaveTheSite() {
        assertEquals("e '/glossary/' is root-absolute and breaks when the site lives under a sub-path; make it relative",
                wrong("/glossary/", Reference.Use.FOLLOWED));
        assertEquals("e 'a b|c.html' is not a valid address", wrong("a b|c.html", Reference.Use.FOLLOWED));
        assertEquals("e '../../other-repo/' leads outside the site", wrong("../../other-repo/", Reference.Use.FOLLOWED));
    }

    @Test
    void letsLinksNameOnlyTheSitesOwnPages() {
        assertEquals("explainers/b.html", inSite("https://example.org/repo/explainers/b.html", Reference.Use.NAMED).path());
        assertTrue(wrong("https://news.example.com/feed.xml", Reference.Use.NAMED).endsWith("names a page on another site; "
                + "a <link> may only name the site's own pages"));
        assertTrue(wrong("https://example.org/other-repo/", Reference.Use.NAMED).contains("another site"));
    }

    @Test
    void loadsOnlyFromTheSiteItselfByRelativeAddresses() {
        assertEquals("css/site.css", inSite("../css/site.css", Reference.Use.LOADED).path());
        assertTrue(wrong("//cdn.example.com/x.js", Reference.Use.LOADED).endsWith("is loaded from another site; "
                + "everything a page loads must come from the site itself"));
        assertTrue(wrong("ftp://example.org/repo/x.png", Reference.Use.LOADED).contains("is loaded from another site"));
        assertTrue(wrong("https://example.org/repo/css/site.css", Reference.Use.LOADED).contains("is loaded by the site's "
                + "absolute address; load it by a relative one"));
    }

    @Test
    void resolvesAgainstThePagesBase() {
        URI notFound = rules.addressOf("no-such-folder/no-such-page.html");
        URI base = rules.base(notFound, Optional.of("/repo/"));
        assertEquals(rules.addressOf(""), base);
        assertEquals("glossary/", rules.judge(new Reference("glossary/", Reference.Use.FOLLOWED, "a", 1), base) instanceof
                LinkRules.InSite inSite ? inSite.path() : "not in the site");
        assertEquals(notFound, rules.base(notFound, Optional.empty()));
    }

    @Test
    void needsAnIdForEveryFragmentButAnEmptyOneAndTop() {
        assertTrue(LinkRules.needsId("key-points"));
        assertFalse(LinkRules.needsId(null));
        assertFalse(LinkRules.needsId(""));
        assertFalse(LinkRules.needsId("top"));
        assertFalse(LinkRules.needsId("TOP"));
    }
}
