package org.explainer.gates;

import org.explainer.preview.StaticServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The baked site the gates check, and the files in a site folder. */
public final class SiteFiles {

    /** The site's own "not found" page, served for any missing address rather than linked. */
    public static final String NOT_FOUND_PAGE = "404.html";

    /** Where the link gate serves the site, whatever address it was built for: under a sub-path, as GitHub Pages serves a project site. */
    public static final String SUB_PATH = "/repo-name/";

    private SiteFiles() {
    }

    /** The folder failsafe passes as {@code site.dir}: the output of {@code package}. */
    public static Path bakedSite() {
        String dir = System.getProperty("site.dir");
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException("the system property site.dir is not set; run the gates with ./mvnw verify");
        }
        Path site = Path.of(dir).toAbsolutePath().normalize();
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new IllegalStateException(site + " holds no baked site (no index.html); run ./mvnw package first");
        }
        return site;
    }

    /**
     * The path of the address a site was built for ({@code /} for a domain's root, {@code /repo-name/}
     * for a project site), from its home page's canonical link: where its 404 page's {@code <base>} points.
     */
    public static String builtBasePath(Path site) {
        try {
            Element canonical = Jsoup.parse(site.resolve("index.html").toFile()).selectFirst("link[rel=canonical][href]");
            return canonical == null ? "/" : URI.create(canonical.attr("href")).getPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves a site where it was built to live, so that every page, the 404 page too, looks as deployed. */
    public static StaticServer serveAsBuilt(Path site) {
        return serve(site, builtBasePath(site));
    }

    /** Serves {@code folder} on 127.0.0.1, any free port, under {@code basePath} such as {@code /} or {@link #SUB_PATH}. */
    public static StaticServer serve(Path folder, String basePath) {
        try {
            return StaticServer.start(folder, basePath, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve " + folder, e);
        }
    }

    /** A folder of test fixtures, from {@code src/test/resources/fixtures/}. */
    public static Path fixture(String name) {
        Path dir = Path.of("src/test/resources/fixtures", name).toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no fixture folder " + dir);
        }
        return dir;
    }

    /** Every HTML page under {@code root}, sorted, so findings come out in the same order on every run. */
    public static List<Path> htmlPages(Path root) {
        return files(root).stream().filter(path -> path.toString().endsWith(".html")).toList();
    }

    /** Every regular file under {@code root}, sorted. */
    public static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code file} relative to {@code root}, with forward slashes: how findings name files. */
    public static String name(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The address path of a page relative to the site root: a folder's index.html is the folder. */
    public static String urlPath(Path root, Path file) {
        String name = name(root, file);
        return name.equals("index.html") ? "" : name.endsWith("/index.html") ? name.substring(0, name.length() - "index.html".length()) : name;
    }
}
