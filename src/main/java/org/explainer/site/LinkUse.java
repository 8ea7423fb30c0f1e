package org.explainer.site;

import org.explainer.markdown.context.LinkTarget;

/** A link as written in a page's Markdown: what it asks for and on which line of the file it stands. */
public record LinkUse(String url, String text, LinkTarget target, int line) {

    /** For a term reference: the key or alias after {@code term:}, or else the link text. */
    public String termName() {
        return target.uri().isBlank() ? text.strip() : target.uri().strip();
    }
}
