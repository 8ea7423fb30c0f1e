package org.explainer.markdown.context;

import org.explainer.base.Spelling;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the links writers put in Markdown. Pages link to each other by their source file
 * ({@code ../background/agreements.md#section}), so a link survives any change of output layout and
 * can be checked against the content before anything is rendered.
 */
public final class SiteLinks {

    public static final String TERM_SCHEME = "term:";

    private final Map<String, String> publishedByContentPath;
    private final Set<String> draftContentPaths;

    /**
     * @param publishedByContentPath output path of every published page, by its path in the content folder
     * @param draftContentPaths      content paths of drafts, which exist but must not be linked
     */
    public SiteLinks(Map<String, String> publishedByContentPath, Set<String> draftContentPaths) {
        this.publishedByContentPath = Map.copyOf(publishedByContentPath);
        this.draftContentPaths = Set.copyOf(draftContentPaths);
    }

    public LinkTarget resolve(String fromContentPath, String url) {
        if (url.startsWith(TERM_SCHEME)) {
            return new LinkTarget(LinkTarget.Kind.TERM, url.substring(TERM_SCHEME.length()), "", null);
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
        String outputUri = publishedByContentPath.get(target);
        if (outputUri != null) {
            return new LinkTarget(LinkTarget.Kind.SITE_PAGE, outputUri, fragment, null);
        }
        if (draftContentPaths.contains(target)) {
            return LinkTarget.broken(LinkTarget.Kind.SITE_PAGE, "'" + url + "' links to a draft, which is not published");
        }
        String hint = Spelling.closest(target, publishedByContentPath.keySet())
                .map(known -> " (did you mean content/" + known + "?)").orElse("");
        return LinkTarget.broken(LinkTarget.Kind.SITE_PAGE, "'" + url + "' links to content/" + target
                + ", which does not exist" + hint);
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
