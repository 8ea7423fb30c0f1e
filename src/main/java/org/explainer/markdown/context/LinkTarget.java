package org.explainer.markdown.context;

/**
 * What a Markdown link points at, once resolved against the page it is on.
 *
 * @param kind     what kind of address it is
 * @param uri      for a site page, its root-relative output path; for a term, the term key
 * @param fragment the {@code #fragment} without the hash, or empty
 * @param error    why the link is broken, or null
 * @param language for a site page in another language than the linking page's, that language's tag (the
 *                 link says it with {@code hreflang} and {@code lang}); else empty
 */
public record LinkTarget(Kind kind, String uri, String fragment, String error, String language) {

    public LinkTarget(Kind kind, String uri, String fragment, String error) {
        this(kind, uri, fragment, error, "");
    }

    public enum Kind { SITE_PAGE, SAME_PAGE, TERM, EXTERNAL, OTHER }

    public boolean isBroken() {
        return error != null;
    }

    static LinkTarget broken(Kind kind, String error) {
        return new LinkTarget(kind, "", "", error);
    }
}
