package org.explainer.gates;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SiteMetadataCheckerTest {

    @Test
    void findsWhatABrokenSiteLacks() {
        List<String> findings = new SiteMetadataChecker().check(SiteFiles.fixture("missing-metadata")).stream()
                .map(Finding::toString).toList();

        assertEquals(List.of(
                "calais.html: lacks every name under \"Also written\" in the JSON-LD alternateName [Kales, Calés] [Kales]",
                "index.html: lacks JSON-LD Article with headline, datePublished, author and publisher",
                "feed.xml: lacks entries",
                "search-index.json: lacks the variant name \"Calés\""), findings);
    }
}
