package org.explainer.linkcheck;

/** What became of a cited address, in the order a writer should deal with them. */
public enum LinkStatus {
    /** 404 or 410: the publisher removed it. */
    GONE("gone"),
    /** A server error (5xx), no answer in time, or no connection, after every retry. */
    FAILING("failing"),
    /** 401, 403 or 429: the site turned the checker away, as many do with robots; a person should look. */
    REFUSED("refused"),
    /** It answers from another address now: the citation can be updated. */
    REDIRECTED("redirected"),
    ALIVE("alive");

    private final String label;

    LinkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
