package org.explainer.gates;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a site served over HTTP under a sub-path (as GitHub Pages serves a project site, at
 * {@code /repo-name/}) by following links from the home page as a reader would: every link, asset
 * and {@code #fragment} resolves inside the sub-path; every page in the folder can be reached; a
 * missing address gets the site's own 404 page with status 404, and that page works from any depth;
 * and no page makes the browser load anything from another site.
 */
public final class SubPathLinkChecker {

    /** An address that no page of any site should have, several folders deep. */
    static final String MISSING_PATH = "no-such-folder/no-such-page.html";

    private final Path folder;
    private final URI root;
    private final HttpFetcher http = new HttpFetcher();
    private final Map<URI, Set<String>> idsByPage = new HashMap<>();
    private URI ownAddress;

    /**
     * @param folder the site's files, to find pages nothing links to
     * @param root   the address the server gives the folder, ending in {@code /}
     */
    public SubPathLinkChecker(Path folder, URI root) {
        this.folder = folder;
        this.root = root;
    }

    public List<Finding> check() {
        List<Finding> findings = new ArrayList<>();
        ownAddress = canonicalAddress();
        Set<URI> reached = crawl(findings);
        findOrphans(reached, findings);
        checkNotFound(findings);
        return findings;
    }

    /** Follows links from the home page; returns every page reached. */
    private Set<URI> crawl(List<Finding> findings) {
        Set<URI> reached = new LinkedHashSet<>();
        Deque<URI> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            HttpFetcher.Response page = http.get(queue.removeFirst());
            if (!page.isHtml() || !reached.add(page.uri())) {
                continue;
            }
            for (Reference reference : checkPage(page, findings)) {
                queue.addLast(HttpFetcher.withoutFragment(reference.target()));
            }
        }
        return reached;
    }

    /** Checks every address on one page; returns the links to other pages of the site, to follow. */
    private List<Reference> checkPage(HttpFetcher.Response page, List<Finding> findings) {
        List<Reference> toFollow = new ArrayList<>();
        String where = name(page.uri());
        for (Reference reference : Reference.inHtml(withServedBase(parse(page)))) {
            if (reference.target() == null) {
                findings.add(new Finding(where, reference.line(), reference.element() + " is not a valid address"));
            } else if (!isOwn(reference.target())) {
                if (reference.loaded()) {
                    findings.add(new Finding(where, reference.line(), reference.element() + " refers to " + reference.target()
                            + " on another site; everything a page loads must come from the site itself"));
                }
            } else if (checkTarget(where, reference, findings) && !reference.loaded()) {
                toFollow.add(reference);
            }
        }
        return toFollow;
    }

    /** Whether a reference to the site itself resolves, fragment included; reports it if not. */
    private boolean checkTarget(String where, Reference reference, List<Finding> findings) {
        URI served = served(reference.target());
        if (!served.getPath().startsWith(root.getPath())) {
            findings.add(new Finding(where, reference.line(), reference.element() + " leads to " + served.getPath()
                    + ", outside the sub-path " + root.getPath() + "; links must be relative"));
            return false;
        }
        HttpFetcher.Response response = http.get(served);
        if (response.status() != 200) {
            findings.add(new Finding(where, reference.line(), reference.element() + " leads to " + name(served)
                    + ", which answers " + response.status()));
            return false;
        }
        if (response.isCss()) {
            for (Reference inside : Reference.inCss(new String(response.body(), StandardCharsets.UTF_8), response.uri())) {
                checkTarget(name(response.uri()), inside, findings);
            }
        }
        String fragment = served.getRawFragment();
        if (fragment != null && response.isHtml() && !fragmentExists(response, fragment)) {
            findings.add(new Finding(where, reference.line(), reference.element() + " points to #" + fragment
                    + ", which is not an id on " + name(response.uri())));
        }
        return true;
    }

    private boolean fragmentExists(HttpFetcher.Response page, String rawFragment) {
        String fragment = URLDecoder.decode(rawFragment, StandardCharsets.UTF_8);
        // HTML: an empty fragment and "top" both mean the top of the page, with or without such an id.
        if (fragment.isEmpty() || fragment.equalsIgnoreCase("top")) {
            return true;
        }
        return idsByPage.computeIfAbsent(page.uri(), uri -> {
            Document document = parse(page);
            Set<String> ids = new HashSet<>();
            document.select("[id]").forEach(element -> ids.add(element.id()));
            document.select("a[name]").forEach(element -> ids.add(element.attr("name")));
            return ids;
        }).contains(fragment);
    }

    private void findOrphans(Set<URI> reached, List<Finding> findings) {
        for (Path file : SiteFiles.htmlPages(folder)) {
            String name = SiteFiles.name(folder, file);
            if (!name.equals(SiteFiles.NOT_FOUND_PAGE) && !reached.contains(root.resolve(SiteFiles.urlPath(folder, file)))) {
                findings.add(Finding.at(name, "no link leads here from the home page"));
            }
        }
    }

    /** A missing address must answer 404 with the site's own page, whose links work from that depth. */
    private void checkNotFound(List<Finding> findings) {
        HttpFetcher.Response response = http.get(root.resolve(MISSING_PATH));
        String where = name(response.uri());
        Path page = folder.resolve(SiteFiles.NOT_FOUND_PAGE);
        if (response.status() != 404) {
            findings.add(Finding.at(where, "a missing address answers " + response.status() + " instead of 404"));
        }
        if (!Files.isRegularFile(page)) {
            findings.add(Finding.at(SiteFiles.NOT_FOUND_PAGE, "the site has no 404 page, so readers at a wrong address get a bare error"));
        } else if (!Arrays.equals(response.body(), read(page))) {
            findings.add(Finding.at(where, "a missing address does not get the site's " + SiteFiles.NOT_FOUND_PAGE));
        } else {
            HttpFetcher.Response asHtml = new HttpFetcher.Response(response.uri(), 200, "text/html", response.body());
            checkPage(asHtml, findings);
        }
    }

    /**
     * The address the site was built for, from the home page's canonical link: absolute links to it
     * (canonical, Open Graph) are the site's own, whichever server it is checked on.
     */
    private URI canonicalAddress() {
        HttpFetcher.Response home = http.get(root);
        Element canonical = home.isHtml() ? parse(home).selectFirst("link[rel=canonical][href]") : null;
        return canonical == null ? root : URI.create(canonical.attr("href"));
    }

    /**
     * The build writes the 404 page's {@code <base>} as the root of the address the site was built
     * for, so that its links work at any depth; here that root is where the server put the site.
     * A base that points anywhere else is left as it is, and its links are checked as they stand.
     */
    private Document withServedBase(Document page) {
        Element base = page.selectFirst("base[href]");
        if (base != null && URI.create(page.location()).resolve(base.attr("href")).getPath().equals(ownAddress.getPath())) {
            base.attr("href", root.toString());
        }
        return page;
    }

    /** The site's own absolute addresses stand for the same files on this server. */
    private URI served(URI target) {
        String text = target.toString();
        return text.startsWith(ownAddress.toString()) && !ownAddress.equals(root)
                ? URI.create(root + text.substring(ownAddress.toString().length())) : target;
    }

    private boolean isOwn(URI target) {
        String text = target.toString();
        return text.startsWith(origin(root)) || text.startsWith(ownAddress.toString());
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/";
    }

    /** How findings name an address of this server: its path, which shows the sub-path. */
    private String name(URI uri) {
        return uri.toString().startsWith(origin(root)) ? uri.getRawPath() : uri.toString();
    }

    private static Document parse(HttpFetcher.Response page) {
        return Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8), page.uri().toString(),
                Parser.htmlParser().setTrackPosition(true));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
