package org.explainer.testing;

import org.explainer.base.BuildMode;
import org.explainer.base.ProjectConfig;
import org.explainer.pipeline.SiteBuild;
import org.explainer.site.Site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A small site in a temporary folder, built with this project's machinery (its templates and assets)
 * and a fixture site's map, but with settings and content the test owns, so each test controls exactly
 * what the build sees and no test depends on what the real site says.
 */
public final class TestProject {

    /** The repository's own project folder (Maven runs tests from it). */
    public static final Path REAL = Path.of("").toAbsolutePath();

    /**
     * The test site's vocabulary and map, and the JBake settings every site of this machinery has: what a
     * test site has beside its own words.
     */
    public static final String VOCABULARY_AND_JBAKE_SETTINGS = """
            timeline.categories=diplomacy, planning
            glossary.categories=place, person
            map.place.kinds=town:dot, terminal:triangle, country:name-only, sea:name-only
            map.geodata=data/geo/dover-strait.json
            template.explainer.file=explainer.ftl
            template.background.file=background.ftl
            template.term.file=term.ftl
            template.page.file=page.ftl
            template.feed.file=feed.ftl
            template.sitemap.file=sitemap.ftl
            feed.file=feed.xml
            sitemap.file=sitemap.xml
            header.separator=~~~~~~
            asset.ignore=true
            freemarker.timezone=UTC
            """;

    /** The test site's settings: its own words, and the rest. */
    private static final String SETTINGS = """
            site.title=Test site
            site.description=A site the tests write.
            site.publisher=Test publisher
            language.en=English | ltr | en-GB
            site.language=en
            site.host=http://127.0.0.1:8820/
            site.nav=explainers/|Explainers; background/|Background; glossary/|Glossary; about.html|About
            site.footer=about.html#how-we-work|How we work; feed.xml|Atom feed; search.html|Search
            site.footer.note=Written by the tests.
            """ + VOCABULARY_AND_JBAKE_SETTINGS;

    /** The settings a project cannot do without, for a test that needs its configuration only; its languages come after. */
    public static final String BARE_SETTINGS = """
            site.title=T
            site.description=D
            site.publisher=P
            site.host=https://example.org/
            site.nav=a.html|A
            site.footer=a.html|A
            """;

    private final Path dir;

    private TestProject(Path dir) {
        this.dir = dir;
    }

    /**
     * A project with the real machinery, settings of its own, a fixture site's map, and a minimal valid
     * home page, section indexes, glossary index, search, 404 and about page.
     */
    public static TestProject create(Path dir) {
        TestProject project = new TestProject(dir);
        copyTree(REAL.resolve("templates"), dir.resolve("templates"));
        copyTree(REAL.resolve("assets"), dir.resolve("assets"));
        copyTree(FixtureSites.CHANNEL_TUNNEL.resolve("data/geo"), dir.resolve("data/geo"));
        copyTree(FixtureSites.CHANNEL_TUNNEL.resolve("data/maps"), dir.resolve("data/maps"));
        project.write(ProjectConfig.FILE_NAME, SETTINGS);
        project.write("text/en.properties", "category.diplomacy=Diplomacy\ncategory.planning=Planning\n"
                + "category.place=Place\ncategory.person=Person\n");
        project.page("index.md", "page", "Home", "layout=home\n", "Welcome.");
        project.page("explainers/index.md", "page", "Explainers", "layout=section\n", "All explainers.");
        project.page("background/index.md", "page", "Background", "layout=section\n", "Reference pages.");
        project.page("glossary/index.md", "page", "Glossary", "layout=glossary\n", "All terms.");
        project.page("search.md", "page", "Search", "layout=search\n", "Search the site.");
        project.page("404.md", "page", "Page not found", "layout=not-found\n", "Try these links.");
        project.page("about.md", "page", "About", "", "## How we work\n\nCarefully.\n");
        project.page("background/timeline.md", "background", "Timeline", "", "Events in order.");
        return project;
    }

    /** A project already in {@code dir}, such as a clone of another test project. */
    public static TestProject at(Path dir) {
        return new TestProject(dir);
    }

    /** A copy of {@code original}'s folder, repository and all, at {@code dir}: a test's own from one prepared once. */
    public static TestProject copyOf(TestProject original, Path dir) {
        copyTree(original.dir(), dir);
        return new TestProject(dir);
    }

    public Path dir() {
        return dir;
    }

    public Path output() {
        return dir.resolve("target/site");
    }

    /**
     * The identity on disk (the file key) of a file of the output: a page the preview copies from its last build, by a
     * second name, keeps it; a page written again does not.
     */
    public Object outputIdentity(String path) {
        try {
            return Files.readAttributes(output().resolve(path), BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a content file with a complete, valid header plus {@code extraHeader} lines. */
    public TestProject page(String contentPath, String type, String title, String extraHeader, String body) {
        return write("content/" + contentPath, "title=" + title + "\ntype=" + type + "\nsummary=About " + title
                + ".\ndate=2025-08-01\nreviewed=2025-08-02\nstatus=published\ntags=test\n" + extraHeader + "~~~~~~\n\n" + body + "\n");
    }

    public TestProject term(String key, String title, String extraHeader) {
        return page("glossary/" + key + ".md", "term", title, "category=place\n" + extraHeader, "");
    }

    /** Renames or moves a file of the project, as a writer moving a page would. */
    public TestProject move(String from, String to) {
        try {
            Files.createDirectories(dir.resolve(to).getParent());
            Files.move(dir.resolve(from), dir.resolve(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
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
        try {
            return new SiteBuild(ProjectConfig.load(dir, siteUrl)).build(output());
        } finally {
            // A build that fails while reading the content leaves JBake's set-up running on the common pool;
            // it must be done with this folder before the test deletes it, or JBake prints a stack trace.
            ForkJoinPool.commonPool().awaitQuiescence(1, TimeUnit.MINUTES);
        }
    }

    /** Builds into {@link #output()} with every page's history from the repository the project is in. */
    public Site buildWithHistory() {
        return new SiteBuild(ProjectConfig.load(dir, "https://example.org/sub-path/"), SiteBuild.Timings.NONE,
                BuildMode.PUBLISH, true).build(output());
    }

    /** Builds into {@link #output()} as the preview does, drafts included, with every page's history from the repository. */
    public Site previewWithHistory() {
        return new SiteBuild(ProjectConfig.load(dir, "http://127.0.0.1:8820/"), SiteBuild.Timings.NONE, BuildMode.PREVIEW, true)
                .build(output());
    }

    /** Builds into {@link #output()} as the preview does, drafts included. */
    public Site preview() {
        return new SiteBuild(ProjectConfig.load(dir, "http://127.0.0.1:8820/"), SiteBuild.Timings.NONE, BuildMode.PREVIEW).build(output());
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
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
