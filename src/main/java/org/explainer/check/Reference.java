package org.explainer.check;

/**
 * One address written in a page or a stylesheet, as written, with what the browser does with it.
 *
 * @param address the address as written, without surrounding white space
 * @param use     what the browser does with it, which decides where it may lead
 * @param element what holds it, as messages name it: {@code a}, {@code link[rel=icon]}, {@code img srcset},
 *                {@code style attribute}, {@code url()}
 * @param line    the line it is written on, 0 when the page was parsed without positions
 */
public record Reference(String address, Use use, String element, int line) {

    /** What the browser does with an address; {@link LinkRules} says where each may lead. */
    public enum Use {
        /** A link a reader may follow ({@code a}, {@code area}). */
        FOLLOWED,
        /** A {@code <link>} that names a page without fetching it: canonical, alternate, and the like. */
        NAMED,
        /** Fetched as the page loads: scripts, images, frames, objects, stylesheets, icons, CSS {@code url()}. */
        LOADED
    }
}
