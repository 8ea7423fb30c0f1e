package org.explainer.gates;

import org.explainer.preview.StaticServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Gate 3: the site works under a sub-path, as GitHub Pages serves a project site: every link, asset
 * and fragment resolves, every page can be reached from the home page, a wrong address gets the
 * site's 404 page, and nothing is loaded from another site.
 */
class SubPathLinksIT {

    @Test
    void everyLinkResolvesUnderASubPath() {
        Path site = SiteFiles.bakedSite();
        try (StaticServer server = SiteFiles.serve(site, SiteFiles.SUB_PATH)) {
            List<Finding> findings = new SubPathLinkChecker(site, URI.create(server.url())).check();
            System.out.printf("Links under %s: %d pages crawled from the home and 404 pages, %d problems%n",
                    SiteFiles.SUB_PATH, SiteFiles.htmlPages(site).size(), findings.size());
            Findings.assertNone("Links under " + SiteFiles.SUB_PATH, findings);
        }
    }
}
