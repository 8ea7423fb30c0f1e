package org.explainer.scaffold;

/** A new page was not created, for the reason given; nothing was written. */
public final class ScaffoldRefused extends RuntimeException {

    public ScaffoldRefused(String reason) {
        super(reason);
    }
}
