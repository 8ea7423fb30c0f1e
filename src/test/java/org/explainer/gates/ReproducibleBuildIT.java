package org.explainer.gates;

import org.explainer.build.ProjectConfig;
import org.explainer.build.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two clean builds of the same sources give byte-identical output: every date comes from content. */
class ReproducibleBuildIT {

    @Test
    void twoBuildsAreByteIdentical(@TempDir Path dir) throws IOException {
        Path project = Path.of("").toAbsolutePath();
        SiteBuild build = new SiteBuild(ProjectConfig.load(project, "https://example.org/repo-name/"));
        build.build(dir.resolve("first/site"));
        build.build(dir.resolve("second/site"));
        assertEquals(OutputDigest.of(dir.resolve("first/site")).differences(OutputDigest.of(dir.resolve("second/site"))),
                java.util.List.of());
    }
}
