package org.explainer.testing;

import org.explainer.base.ProjectConfig;
import org.explainer.pipeline.SiteBuild;
import org.explainer.site.Site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A small site in a temporary folder, built with the real templates, assets, settings and maps of this
 * project but with content (and timeline) the test writes, so each test controls exactly what the build sees.
 */
public final class TestProject {

    /** The repository's own project folder (Maven runs tests from it). */
    public static final Path REAL = Path.of("").toAbsolutePath();

    private final Path dir;

    private TestProject(Path dir) {
        this.dir = dir;
    }

    /** A project with the real machinery and a minimal valid home page, search, 404 and glossary index. */
    public static TestProject create(Path dir) {
        TestProject project = new TestProject(dir);
        copyTree(REAL.resolve("templates"), dir.resolve("templates"));
        copyTree(REAL.resolve("assets"), dir.resolve("assets"));
        copyTree(REAL.resolve("data/geo"), dir.resolve("data/geo"));
        copyTree(REAL.resolve("data/maps"), dir.resolve("data/maps"));
        try {
            Files.copy(REAL.resolve(ProjectConfig.FILE_NAME), dir.resolve(ProjectConfig.FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        project.page("index.md", "page", "Home", "layout=home\n", "Welcome.");
        project.page("explainers/index.md", "page", "Explainers", "layout=explainers\n", "All explainers.");
        project.page("background/index.md", "page", "Background", "layout=background\n", "Reference pages.");
        project.page("glossary/index.md", "page", "Glossary", "layout=glossary\n", "All terms.");
        project.page("search.md", "page", "Search", "layout=search\n", "Search the site.");
        project.page("404.md", "page", "Page not found", "layout=not-found\n", "Try these links.");
        project.page("about.md", "page", "About", "", "## Method\n\nHow we work.\n\n## Corrections\n\nHow we correct.\n\n"
                + "## Sources policy\n\nHow we cite.\n");
        project.page("background/timeline.md", "background", "Timeline", "", "Events in order.");
        return project;
    }

    public Path dir() {
        return dir;
    }

    public Path output() {
        return dir.resolve("target/site");
    }

    /** Writes a content file with a complete, valid header plus {@code extraHeader} lines. */
    public TestProject page(String contentPath, String type, String title, String extraHeader, String body) {
        return write("content/" + contentPath, "title=" + title + "\ntype=" + type + "\nsummary=About " + title
                + ".\ndate=2025-08-01\nreviewed=2025-08-02\nstatus=published\ntags=test\n" + extraHeader + "~~~~~~\n\n" + body + "\n");
    }

    public TestProject term(String key, String title, String extraHeader) {
        return page("glossary/" + key + ".md", "term", title, "category=place\n" + extraHeader, "");
    }

    public TestProject write(String path, String text) {
        Path file = dir.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Builds into {@link #output()} for the site address {@code https://example.org/sub-path/}. */
    public Site build() {
        return build("https://example.org/sub-path/");
    }

    /** Builds into {@link #output()} for the site address {@code siteUrl}, as {@code -Dsite.url} does. */
    public Site build(String siteUrl) {
        return new SiteBuild(ProjectConfig.load(dir, siteUrl)).build(output());
    }

    public String read(String outputPath) {
        try {
            return Files.readString(output().resolve(outputPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
