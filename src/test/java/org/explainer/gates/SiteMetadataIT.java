package org.explainer.gates;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

/**
 * Gate 6: the baked site describes itself: every page's metadata and JSON-LD, the Atom feed, the
 * sitemap and the search index, with expectations taken from the site itself.
 */
class SiteMetadataIT {

    @Test
    void everyPageFeedSitemapAndSearchIndexCarriesItsMetadata() {
        Path site = SiteFiles.bakedSite();
        List<Finding> findings = new SiteMetadataChecker().check(site);
        System.out.printf("Metadata: %d pages, feed, sitemap and search index checked, %d problems%n",
                SiteFiles.htmlPages(site).size(), findings.size());
        Findings.assertNone("Site metadata", findings);
    }
}
