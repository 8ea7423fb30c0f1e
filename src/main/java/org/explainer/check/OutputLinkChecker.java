package org.explainer.check;

import org.explainer.base.Problem;
import org.explainer.base.ProblemCollector;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the baked output as a browser would meet it: every internal {@code href} and {@code src}
 * resolves to a file, every {@code #fragment} to an id, and no page loads anything from another site.
 * Markdown links were checked at their source line before baking; this catches what templates write.
 *
 * <p>Each page is parsed once, reduced to its ids and references, and dropped, so memory does not grow
 * with the site. One checker kept across builds (the preview's) parses again only the pages whose bytes
 * changed since the last check.
 */
public final class OutputLinkChecker {

    private static final String LINK_ATTRIBUTES = "a[href], link[href], area[href]";
    private static final String SOURCE_ATTRIBUTES = "img[src], script[src], iframe[src], source[src], audio[src], video[src], embed[src]";
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?:");
    /** {@code <link>} relations that make the browser fetch the address, not merely point at it. */
    private static final Pattern LOADING_RELATIONS = Pattern.compile("(?i)stylesheet|icon|preload|manifest");

    /**
     * One address written in a page, the {@code index}-th the check collects there: {@code loaded} when
     * the browser fetches it as the page loads.
     */
    private record Reference(int index, String url, boolean loaded) {
    }

    /** Something wrong with a page's {@code index}-th reference. */
    private record Finding(int index, String message) {
    }

    /** What the check needs from one page. */
    private record PageLinks(Set<String> ids, List<Reference> references) {
    }

    private record Parsed(byte[] digest, PageLinks links) {
    }

    private final Map<String, Parsed> parsedByPath = new HashMap<>();

    /** Checks {@code siteDir} once. */
    public static void check(Path siteDir, ProblemCollector problems) {
        new OutputLinkChecker().checkSite(siteDir, problems);
    }

    /** Checks {@code siteDir}, parsing only the pages that differ from the last site this checker saw. */
    public void checkSite(Path siteDir, ProblemCollector problems) {
        Set<Path> files = files(siteDir);
        List<Path> pages = files.stream().filter(path -> path.toString().endsWith(".html")).sorted().toList();
        Map<Path, PageLinks> linksByPage = new HashMap<>();
        pages.parallelStream()
                .map(page -> Map.entry(page, parsed(siteDir, page).links()))
                .toList()
                .forEach(entry -> linksByPage.put(entry.getKey(), entry.getValue()));
        Set<String> current = new HashSet<>();
        pages.forEach(page -> current.add(key(siteDir, page)));
        parsedByPath.keySet().retainAll(current);
        BakedSite site = new BakedSite(siteDir, files, folders(siteDir, files), linksByPage);
        for (Path page : pages) {
            List<Finding> findings = new ArrayList<>();
            for (Reference reference : linksByPage.get(page).references()) {
                site.check(page, reference, findings);
            }
            if (!findings.isEmpty()) {
                List<Integer> lines = referenceLines(page);
                String file = siteDir.relativize(page).toString().replace('\\', '/');
                findings.forEach(finding -> problems.add(Problem.at(file, lines.get(finding.index()), finding.message())));
            }
        }
    }

    /** Every folder that holds a file of the site, so a link to a folder can lead to its index page. */
    private static Set<Path> folders(Path siteDir, Set<Path> files) {
        Set<Path> folders = new HashSet<>();
        for (Path file : files) {
            for (Path folder = file.getParent(); folder != null && folder.startsWith(siteDir); folder = folder.getParent()) {
                folders.add(folder);
            }
        }
        return folders;
    }

    private Parsed parsed(Path siteDir, Path page) {
        String key = key(siteDir, page);
        byte[] bytes = read(page);
        byte[] digest = sha256(bytes);
        Parsed known;
        synchronized (parsedByPath) {
            known = parsedByPath.get(key);
        }
        if (known != null && Arrays.equals(known.digest(), digest)) {
            return known;
        }
        Parsed fresh = new Parsed(digest, linksOf(new String(bytes, StandardCharsets.UTF_8)));
        synchronized (parsedByPath) {
            parsedByPath.put(key, fresh);
        }
        return fresh;
    }

    /** Parsed without tracking positions, which doubles jsoup's speed; lines are found only for a page with problems. */
    private static PageLinks linksOf(String html) {
        Document document = Jsoup.parse(html, "", Parser.htmlParser());
        Set<String> ids = new HashSet<>();
        document.select("[id]").forEach(element -> ids.add(element.id()));
        document.select("a[name]").forEach(element -> ids.add(element.attr("name")));
        List<Reference> references = new ArrayList<>();
        for (Element element : document.select(LINK_ATTRIBUTES)) {
            boolean loaded = element.nameIs("link") && LOADING_RELATIONS.matcher(element.attr("rel")).find();
            references.add(new Reference(references.size(), element.attr("href"), loaded));
        }
        for (Element element : document.select(SOURCE_ATTRIBUTES)) {
            references.add(new Reference(references.size(), element.attr("src"), true));
        }
        return new PageLinks(Set.copyOf(ids), List.copyOf(references));
    }

    /** The elements whose addresses are checked, in the order {@link #linksOf} numbers their references. */
    private static List<Element> referringElements(Document document) {
        List<Element> elements = new ArrayList<>(document.select(LINK_ATTRIBUTES));
        elements.addAll(document.select(SOURCE_ATTRIBUTES));
        return elements;
    }

    /** The line of each of the page's references, from a second parse that tracks positions. */
    private static List<Integer> referenceLines(Path page) {
        Document document = Jsoup.parse(new String(read(page), StandardCharsets.UTF_8), "", Parser.htmlParser().setTrackPosition(true));
        return referringElements(document).stream()
                .map(element -> element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0)
                .toList();
    }

    /** The whole baked site as the check sees it: its files, folders and each page's ids. */
    private record BakedSite(Path root, Set<Path> files, Set<Path> folders, Map<Path, PageLinks> pages) {

        void check(Path page, Reference reference, List<Finding> findings) {
            String url = reference.url();
            if (url.isEmpty() || url.startsWith("mailto:") || url.startsWith("data:")) {
                return;
            }
            if (url.startsWith("//") || WEB_ADDRESS.matcher(url).lookingAt()) {
                if (reference.loaded()) {
                    findings.add(new Finding(reference.index(), "loads " + url + " from another site"));
                }
                return;
            }
            if (url.startsWith("/")) {
                findings.add(new Finding(reference.index(), "'" + url + "' is root-absolute and breaks when the site lives under a "
                        + "sub-path; make it relative"));
                return;
            }
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                findings.add(new Finding(reference.index(), "'" + url + "' is not a valid address"));
                return;
            }
            if (uri.getScheme() != null) {
                return;
            }
            Path target = uri.getPath() == null || uri.getPath().isEmpty() ? page : page.getParent().resolve(uri.getPath()).normalize();
            if (folders.contains(target) || target.equals(root)) {
                target = target.resolve("index.html");
            }
            if (!target.startsWith(root) || !files.contains(target)) {
                findings.add(new Finding(reference.index(), "'" + url + "' leads to no file in the site"));
                return;
            }
            String fragment = uri.getFragment();
            PageLinks targetPage = pages.get(target);
            if (fragment != null && !fragment.isEmpty() && targetPage != null && !targetPage.ids().contains(fragment)) {
                findings.add(new Finding(reference.index(), "'" + url + "' points to #" + fragment + ", which is not an id on "
                        + root.relativize(target)));
            }
        }
    }

    private static String key(Path siteDir, Path page) {
        return siteDir.relativize(page).toString();
    }

    private static Set<Path> files(Path siteDir) {
        try (Stream<Path> walk = Files.walk(siteDir)) {
            return new HashSet<>(walk.filter(Files::isRegularFile).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
