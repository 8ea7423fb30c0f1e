package org.explainer.gates;

import org.explainer.check.LinkRules;
import org.explainer.check.Reference;
import org.explainer.check.References;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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
import java.util.Optional;
import java.util.Set;

/**
 * Checks a site served over HTTP under a sub-path (as GitHub Pages serves a project site, at
 * {@code /repo-name/}) by following links from the home page as a reader would: every link, asset
 * and {@code #fragment} resolves inside the sub-path; every page in the folder can be reached; a
 * missing address gets the site's own 404 page with status 404, and that page works from any depth;
 * and no page makes the browser load anything from another site. Which addresses count and where
 * each may lead are the build's own {@link References} and {@link LinkRules}; here the server answers.
 */
public final class SubPathLinkChecker {

    /** An address that no page of any site should have, several folders deep. */
    static final String MISSING_PATH = "no-such-folder/no-such-page.html";

    private final Path folder;
    private final URI root;
    private final HttpFetcher http = new HttpFetcher();
    private final Map<URI, Set<String>> idsByPage = new HashMap<>();
    private final Set<URI> checkedStylesheets = new HashSet<>();
    private LinkRules rules;

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
        rules = new LinkRules(canonicalAddress());
        Set<URI> reached = crawl(findings);
        findOrphans(reached, findings);
        checkNotFound(findings);
        return findings;
    }

    /**
     * Follows links from the home page and from the 404 page, which hosting serves at every missing address,
     * so readers arrive there too (its translations are reached from it); returns every page reached.
     */
    private Set<URI> crawl(List<Finding> findings) {
        Set<URI> reached = new LinkedHashSet<>();
        Deque<URI> queue = new ArrayDeque<>(List.of(root, root.resolve(SiteFiles.NOT_FOUND_PAGE)));
        while (!queue.isEmpty()) {
            HttpFetcher.Response page = http.get(queue.removeFirst());
            if (!page.isHtml() || !reached.add(page.uri())) {
                continue;
            }
            queue.addAll(checkPage(page, findings));
        }
        return reached;
    }

    /** Checks every address on one page, by the build's own {@link LinkRules}; returns the pages it links to. */
    private List<URI> checkPage(HttpFetcher.Response page, List<Finding> findings) {
        List<URI> toFollow = new ArrayList<>();
        String where = name(page.uri());
        References.Page read = References.read(parse(page));
        URI base = rules.base(built(page.uri()), read.base());
        for (Reference reference : read.references()) {
            Optional<URI> served = check(where, reference, base, findings);
            if (served.isPresent() && reference.use() == Reference.Use.FOLLOWED) {
                toFollow.add(HttpFetcher.withoutFragment(served.get()));
            }
        }
        return toFollow;
    }

    /**
     * Checks one reference by the rules, then asks the server for its target; returns the target's address
     * on this server if it answered. A stylesheet's own references are checked the first time it is met.
     */
    private Optional<URI> check(String where, Reference reference, URI base, List<Finding> findings) {
        LinkRules.Verdict verdict = rules.judge(reference, base);
        if (verdict instanceof LinkRules.Wrong wrong) {
            findings.add(new Finding(where, reference.line(), wrong.message()));
        }
        if (!(verdict instanceof LinkRules.InSite inSite)) {
            return Optional.empty();
        }
        URI served = served(inSite.address());
        HttpFetcher.Response response = http.get(served);
        if (response.status() != 200) {
            findings.add(new Finding(where, reference.line(), LinkRules.described(reference) + " leads to " + name(served)
                    + ", which answers " + response.status()));
            return Optional.empty();
        }
        if (response.isCss() && checkedStylesheets.add(response.uri())) {
            String stylesheet = name(response.uri());
            for (Reference inside : References.inCss(new String(response.body(), StandardCharsets.UTF_8))) {
                check(stylesheet, inside, built(response.uri()), findings);
            }
        }
        if (LinkRules.needsId(inSite.fragment()) && response.isHtml() && !ids(response).contains(inSite.fragment())) {
            findings.add(new Finding(where, reference.line(), LinkRules.noId(reference, inSite.fragment(), name(response.uri()))));
        }
        return Optional.of(served);
    }

    private Set<String> ids(HttpFetcher.Response page) {
        return idsByPage.computeIfAbsent(page.uri(), uri -> References.read(parse(page)).ids());
    }

    private void findOrphans(Set<URI> reached, List<Finding> findings) {
        for (Path file : SiteFiles.htmlPages(folder)) {
            String name = SiteFiles.name(folder, file);
            if (!name.equals(SiteFiles.NOT_FOUND_PAGE) && !reached.contains(root.resolve(SiteFiles.urlPath(folder, file)))) {
                findings.add(Finding.at(name, "no link leads here from the home page or the 404 page"));
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
     * The address the site was built for, from the home page's canonical link. Pages are judged at that
     * address, as the build judges them, and each address in the site is then asked of this server: so
     * a {@code <base>} the build wrote as the site's root (the 404 page's) is the root here too.
     */
    private URI canonicalAddress() {
        HttpFetcher.Response home = http.get(root);
        Element canonical = home.isHtml() ? parse(home).selectFirst("link[rel=canonical][href]") : null;
        return canonical == null ? root : URI.create(canonical.attr("href"));
    }

    /** Where an address of this server stands at the address the site was built for. */
    private URI built(URI served) {
        String text = served.toString();
        return text.startsWith(root.toString()) ? URI.create(rules.addressOf("") + text.substring(root.toString().length())) : served;
    }

    /** Where an address of the site, as built, is on this server. */
    private URI served(URI built) {
        return URI.create(root + built.toString().substring(rules.addressOf("").toString().length()));
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
