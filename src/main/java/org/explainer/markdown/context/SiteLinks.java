package org.explainer.markdown.context;

import org.explainer.base.Language;
import org.explainer.base.Spelling;
import org.explainer.content.Editions;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves the links writers put in Markdown. Pages link to each other by their source file
 * ({@code ../background/agreements.md#section}), so a link survives any change of output layout and
 * can be checked against the content before anything is rendered.
 */
public final class SiteLinks {

    public static final String TERM_SCHEME = "term:";

    /** An address on the writer's own machine, such as the preview's, which no reader can open. */
    private static final Pattern LOCAL_ADDRESS = Pattern.compile(
            "(?i)(?:https?:)?//(?:localhost|[^/:?#]*\\.localhost|127(?:\\.\\d{1,3}){3}|0\\.0\\.0\\.0|\\[::1?])(?::\\d+)?(/[^?#]*)?(?:\\?[^#]*)?(?:#(.*))?");

    private final Map<String, String> publishedByContentPath;
    private final Map<String, String> draftsByContentPath;
    private final Map<String, String> contentPathByOutputUri;
    private final Editions editions;
    private final Set<String> unreadable;

    /**
     * @param publishedByContentPath output path of every published page, by its path in the content folder
     * @param draftsByContentPath    output path of every draft, by its path in the content folder: only another
     *                               draft may link one, as both are rendered in the preview and neither is published
     */
    public SiteLinks(Map<String, String> publishedByContentPath, Map<String, String> draftsByContentPath) {
        this(publishedByContentPath, draftsByContentPath, null);
    }

    /**
     * @param editions where each language's pages lie: a link in a page of another language than the default
     *                 goes to the page in that language when there is one, else to the default language's
     */
    public SiteLinks(Map<String, String> publishedByContentPath, Map<String, String> draftsByContentPath, Editions editions) {
        this(publishedByContentPath, draftsByContentPath, editions, Set.of());
    }

    /**
     * @param unreadable content files that are there but could not be read as pages, for a problem already reported
     *                   (a header's mistake): a link to one is not reported too, as a link to a page that does not exist
     */
    public SiteLinks(Map<String, String> publishedByContentPath, Map<String, String> draftsByContentPath, Editions editions,
                     Set<String> unreadable) {
        this.editions = editions;
        this.unreadable = Set.copyOf(unreadable);
        this.publishedByContentPath = Map.copyOf(publishedByContentPath);
        this.draftsByContentPath = Map.copyOf(draftsByContentPath);
        // Two files published at one address are reported when the sources are read; either serves a hint.
        this.contentPathByOutputUri = publishedByContentPath.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey, (first, clash) -> first));
    }

    /** Two SiteLinks resolve every link alike when they know the same pages: the preview then reuses a page's analysis. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SiteLinks links && publishedByContentPath.equals(links.publishedByContentPath)
                && draftsByContentPath.equals(links.draftsByContentPath) && unreadable.equals(links.unreadable);
    }

    @Override
    public int hashCode() {
        return publishedByContentPath.hashCode() * 31 + draftsByContentPath.hashCode();
    }

    public LinkTarget resolve(String fromContentPath, String url) {
        if (url.startsWith(TERM_SCHEME)) {
            return new LinkTarget(LinkTarget.Kind.TERM, url.substring(TERM_SCHEME.length()), "", null);
        }
        Matcher local = LOCAL_ADDRESS.matcher(url);
        if (local.matches()) {
            return LinkTarget.broken(LinkTarget.Kind.EXTERNAL, "'" + url + "' is an address on your own computer,"
                    + " which readers cannot open; " + sourceLinkAdvice(fromContentPath, local.group(1), local.group(2)));
        }
        if (Urls.hasScheme(url) || url.startsWith("//")) {
            return new LinkTarget(LinkTarget.Kind.EXTERNAL, url, "", null);
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        if (path.isEmpty()) {
            return new LinkTarget(LinkTarget.Kind.SAME_PAGE, "", fragment, null);
        }
        if (!isMarkdown(path)) {
            if (path.endsWith(".html") || !path.contains(".")) {
                return LinkTarget.broken(LinkTarget.Kind.SITE_PAGE, "link to the page's source file instead, "
                        + "e.g. ../background/agreements.md: '" + url + "' is not a Markdown file of the site");
            }
            return new LinkTarget(LinkTarget.Kind.OTHER, url, fragment, null);
        }
        String target = normalize(fromContentPath, path);
        if (target == null) {
            return LinkTarget.broken(LinkTarget.Kind.SITE_PAGE, "'" + url + "' points outside the content folder");
        }
        if (editions != null) {
            LinkTarget inEdition = inEdition(fromContentPath, target, fragment);
            if (inEdition != null) {
                return inEdition;
            }
        }
        String outputUri = publishedByContentPath.get(target);
        if (outputUri != null) {
            return new LinkTarget(LinkTarget.Kind.SITE_PAGE, outputUri, fragment, null);
        }
        String draft = draftsByContentPath.get(target);
        if (draft != null && draftsByContentPath.containsKey(fromContentPath)) {
            return new LinkTarget(LinkTarget.Kind.SITE_PAGE, draft, fragment, null);
        }
        if (draft != null) {
            return LinkTarget.broken(LinkTarget.Kind.SITE_PAGE, "'" + url + "' links to a draft, which is not published;"
                    + " publish content/" + target + " first, or with this page");
        }
        if (unreadable.contains(target)) {
            // The file is there; its own mistake is reported, and stops the build until it is mended.
            return new LinkTarget(LinkTarget.Kind.OTHER, url, "", null);
        }
        String hint = Spelling.closest(target, publishedByContentPath.keySet()).or(() -> longerName(target))
                .map(known -> " (did you mean content/" + known + "?)").orElse("");
        return LinkTarget.broken(LinkTarget.Kind.SITE_PAGE, "'" + url + "' links to content/" + target
                + ", which does not exist" + hint);
    }

    /** A published page whose file's name begins with the name linked, written short: bases.md for bases-tartus.md. */
    private Optional<String> longerName(String target) {
        String stem = target.substring(0, target.lastIndexOf('.')) + "-";
        return publishedByContentPath.keySet().stream().filter(path -> path.startsWith(stem)).sorted().findFirst();
    }

    /**
     * A link between published pages in a site of several languages: a page in another language than the
     * default links the page in its own language when it has one, whichever language's file the link names,
     * and otherwise the default language's, saying so; any page linking a page of another language says so.
     * Null when neither the page nor the original is published.
     */
    private LinkTarget inEdition(String fromContentPath, String target, String fragment) {
        Language from = editions.languageOf(fromContentPath);
        Language defaultLanguage = editions.languages().getDefault();
        String original = editions.originalOf(target);
        String own = editions.pathIn(from, original);
        if (!from.equals(defaultLanguage) && publishedByContentPath.containsKey(own)) {
            return new LinkTarget(LinkTarget.Kind.SITE_PAGE, publishedByContentPath.get(own), fragment, null);
        }
        String chosen = publishedByContentPath.containsKey(target) ? target
                : !from.equals(defaultLanguage) && publishedByContentPath.containsKey(original) ? original : null;
        if (chosen == null) {
            return null;
        }
        Language language = editions.languageOf(chosen);
        return new LinkTarget(LinkTarget.Kind.SITE_PAGE, publishedByContentPath.get(chosen), fragment, null,
                language.equals(from) ? "" : language.getTag());
    }

    /** How to link the page a preview address shows: by its source file, relative to the linking page. */
    private String sourceLinkAdvice(String fromContentPath, String path, String fragment) {
        String uri = path == null ? "" : path.replaceFirst("^/+", "");
        if (uri.isEmpty() || uri.endsWith("/")) {
            uri += "index.html";
        }
        String target = contentPathByOutputUri.get(uri);
        if (target == null) {
            return "link to the page's source file instead, e.g. ../background/agreements.md";
        }
        String link = Urls.relative(fromContentPath, target) + (fragment == null || fragment.isEmpty() ? "" : "#" + fragment);
        return "link to the page's source file instead: (" + link + ")";
    }

    private static boolean isMarkdown(String path) {
        return path.endsWith(".md") || path.endsWith(".markdown");
    }

    /** The linked file's path in the content folder, or null if the link climbs out of it. */
    private static String normalize(String fromContentPath, String path) {
        try {
            URI base = new URI("site", "root", "/" + fromContentPath, null);
            URI resolved = base.resolve(new URI(null, null, path, null)).normalize();
            String result = resolved.getPath();
            return result.startsWith("/..") ? null : result.substring(1);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
