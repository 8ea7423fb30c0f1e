package org.explainer.check;

import org.explainer.build.Problem;
import org.explainer.build.ProblemCollector;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks the baked output as a browser would meet it: every internal {@code href} and {@code src}
 * resolves to a file, every {@code #fragment} to an id, and no page loads anything from another site.
 * Markdown links were checked at their source line before baking; this catches what templates write.
 */
public final class OutputLinkChecker {

    private static final String LINK_ATTRIBUTES = "a[href], link[href], area[href]";
    private static final String SOURCE_ATTRIBUTES = "img[src], script[src], iframe[src], source[src], audio[src], video[src], embed[src]";

    private final Path root;
    private final Map<Path, Set<String>> idsByFile = new HashMap<>();

    private OutputLinkChecker(Path root) {
        this.root = root;
    }

    public static void check(Path siteDir, ProblemCollector problems) {
        new OutputLinkChecker(siteDir).checkAll(problems);
    }

    private void checkAll(ProblemCollector problems) {
        Map<Path, Document> pages = new HashMap<>();
        for (Path file : htmlFiles()) {
            Document document = parse(file);
            pages.put(file, document);
            Set<String> ids = new HashSet<>();
            document.select("[id]").forEach(element -> ids.add(element.id()));
            document.select("a[name]").forEach(element -> ids.add(element.attr("name")));
            idsByFile.put(file, ids);
        }
        pages.forEach((file, document) -> {
            for (Element element : document.select(LINK_ATTRIBUTES)) {
                checkReference(file, element, element.attr("href"), false, problems);
            }
            for (Element element : document.select(SOURCE_ATTRIBUTES)) {
                checkReference(file, element, element.attr("src"), true, problems);
            }
            for (Element element : document.select("link[rel~=(?i)stylesheet|icon|preload|modulepreload|manifest]")) {
                if (isThirdParty(element.attr("href"))) {
                    problems.add(at(file, element, "loads " + element.attr("href") + " from another site"));
                }
            }
        });
    }

    private void checkReference(Path file, Element element, String url, boolean loaded, ProblemCollector problems) {
        if (url.isEmpty() || url.startsWith("mailto:") || url.startsWith("data:")) {
            return;
        }
        if (isThirdParty(url) || url.startsWith("http:") || url.startsWith("https:")) {
            if (loaded) {
                problems.add(at(file, element, "loads " + url + " from another site"));
            }
            return;
        }
        if (url.startsWith("/")) {
            problems.add(at(file, element, "'" + url + "' is root-absolute and breaks when the site lives under a "
                    + "sub-path; make it relative"));
            return;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            problems.add(at(file, element, "'" + url + "' is not a valid address"));
            return;
        }
        if (uri.getScheme() != null) {
            return;
        }
        Path target = uri.getPath() == null || uri.getPath().isEmpty() ? file : file.getParent().resolve(uri.getPath()).normalize();
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!target.startsWith(root) || !Files.isRegularFile(target)) {
            problems.add(at(file, element, "'" + url + "' leads to no file in the site"));
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && idsByFile.containsKey(target)
                && !idsByFile.get(target).contains(fragment)) {
            problems.add(at(file, element, "'" + url + "' points to #" + fragment + ", which is not an id on "
                    + root.relativize(target)));
        }
    }

    private static boolean isThirdParty(String url) {
        return url.startsWith("//") || url.matches("(?i)^https?:.*");
    }

    private Problem at(Path file, Element element, String message) {
        int line = element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
        return Problem.at(root.relativize(file).toString().replace('\\', '/'), line, message);
    }

    private static Document parse(Path file) {
        try {
            Parser parser = Parser.htmlParser().setTrackPosition(true);
            return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> htmlFiles() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
