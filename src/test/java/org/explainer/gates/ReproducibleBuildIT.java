package org.explainer.gates;

import org.explainer.base.BuildMode;
import org.explainer.base.ProjectConfig;
import org.explainer.pipeline.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Gate 5: two clean builds of the same sources are byte-identical. The second runs under another
 * time zone and language, as a writer's laptop abroad would, so output that depends on the machine
 * shows up here and not as a surprise diff in a deploy.
 */
class ReproducibleBuildIT {

    /** The sources package baked into the site the other gates check: this project, or the benchmark's synthetic site. */
    private static final Path PROJECT = Path.of(System.getProperty("bake.project", "")).toAbsolutePath();
    private static final String SITE_URL = "https://example.org/repo-name/";

    @Test
    void twoCleanBuildsAreByteIdentical(@TempDir Path temp) {
        Path first = temp.resolve("first/site");
        Path second = temp.resolve("second/site");
        build(first);
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            // Far from UTC, and Turkish, whose dotless i breaks careless upper- and lower-casing.
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            build(second);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        List<Finding> differences = new ReproducibilityChecker().compare(first, second);
        System.out.printf("Reproducible output: %d files built twice, %d differ%n", SiteFiles.files(first).size(), differences.size());
        Findings.assertNone("Reproducible output", differences);
    }

    private static void build(Path output) {
        // With the pages' history, as the site is published: it must depend on the commit only.
        new SiteBuild(ProjectConfig.load(PROJECT, SITE_URL), SiteBuild.Timings.NONE, BuildMode.PUBLISH, true).build(output);
    }
}
