package org.explainer.gates;

import org.explainer.base.ProjectConfig;
import org.explainer.pipeline.SiteBuild;
import org.explainer.preview.StaticServer;
import org.explainer.testing.FixtureSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The machinery knows no subject: a second site, on the Channel Tunnel, with its own content, data
 * and settings and nothing else, builds and passes the HTML, link, metadata and reproducibility gates.
 */
class SecondSiteIT {

    private static final Path PROJECT = FixtureSites.CHANNEL_TUNNEL;
    private static final String SITE_URL = "https://example.org/repo-name/";

    @TempDir
    static Path temp;
    private static Path site;

    @BeforeAll
    static void build() {
        site = temp.resolve("first/site");
        build(site);
    }

    @Test
    void hasEveryKindOfPage() {
        for (String page : List.of("index.html", "explainers/index.html", "background/index.html", "glossary/index.html",
                "search.html", "404.html", "maps/crossing.svg", "feed.xml", "sitemap.xml", SearchIndexFile.NAME)) {
            assertTrue(site.resolve(page).toFile().isFile(), page);
        }
    }

    @Test
    void everyPageIsValidHtml() {
        List<Finding> errors = new HtmlValidityChecker().check(site);
        System.out.printf("Second site, HTML validity: %d pages checked, %d errors%n", SiteFiles.htmlPages(site).size(), errors.size());
        Findings.assertNone("Second site, HTML validity (Nu Html Checker)", errors);
    }

    @Test
    void everyLinkResolvesUnderASubPath() {
        try (StaticServer server = SiteFiles.serve(site, SiteFiles.SUB_PATH)) {
            List<Finding> findings = new SubPathLinkChecker(site, URI.create(server.url())).check();
            System.out.printf("Second site, links under %s: %d problems%n", SiteFiles.SUB_PATH, findings.size());
            Findings.assertNone("Second site, links under " + SiteFiles.SUB_PATH, findings);
        }
    }

    @Test
    void describesItself() {
        List<Finding> findings = new SiteMetadataChecker().check(site);
        System.out.printf("Second site, metadata: %d problems%n", findings.size());
        Findings.assertNone("Second site, metadata", findings);
    }

    @Test
    void twoCleanBuildsAreByteIdentical() {
        Path second = temp.resolve("second/site");
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            build(second);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        List<Finding> differences = new ReproducibilityChecker().compare(site, second);
        System.out.printf("Second site, reproducible output: %d files built twice, %d differ%n", SiteFiles.files(site).size(),
                differences.size());
        Findings.assertNone("Second site, reproducible output", differences);
    }

    private static void build(Path output) {
        new SiteBuild(ProjectConfig.load(PROJECT, SITE_URL)).build(output);
    }
}
