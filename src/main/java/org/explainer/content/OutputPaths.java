package org.explainer.content;

import org.explainer.base.ProblemCollector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Makes sure no two sources would be published at the same address: two content files, a content file
 * and an asset, or either of them and a file the build generates. Compared without case, because
 * checkouts on macOS and Windows would merge them.
 */
public final class OutputPaths {

    private final Map<String, String> owners = new HashMap<>();
    private final ProblemCollector problems;

    private OutputPaths(ProblemCollector problems) {
        this.problems = problems;
    }

    /**
     * @param generated output paths the build itself writes (feed, sitemap, search index)
     */
    public static void check(List<SourceFile> sources, Path assetsDir, List<String> generated, ProblemCollector problems) {
        OutputPaths paths = new OutputPaths(problems);
        generated.forEach(path -> paths.owners.put(path.toLowerCase(Locale.ROOT), "a file the build generates"));
        sources.stream().filter(source -> !source.isDraft())
                .forEach(source -> paths.claim(source.outputUri(), source.displayPath()));
        Path projectDir = assetsDir.getParent();
        for (Path asset : assetFiles(assetsDir)) {
            paths.claim(slashes(assetsDir.relativize(asset)), slashes(projectDir.relativize(asset)));
        }
    }

    private void claim(String outputPath, String owner) {
        String previous = owners.putIfAbsent(outputPath.toLowerCase(Locale.ROOT), owner);
        if (previous != null) {
            problems.in(owner, "would be published as " + outputPath + ", like " + previous + "; rename one of them");
        }
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static List<Path> assetFiles(Path assetsDir) {
        if (!Files.isDirectory(assetsDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(assetsDir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
