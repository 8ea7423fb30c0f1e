package org.explainer.site;

import org.explainer.markdown.context.Urls;

/** The old address of a page that moved: a small page there sends the reader on to the new one. */
public final class Redirect {

    private final String uri;
    private final Page target;

    Redirect(String uri, Page target) {
        this.uri = uri;
        this.target = target;
    }

    /** The old address, relative to the site root. */
    public String getUri() {
        return uri;
    }

    /** The relative path from the old address to the site root. */
    public String getRoot() {
        return Urls.rootPath(uri);
    }

    public Page getTarget() {
        return target;
    }
}
