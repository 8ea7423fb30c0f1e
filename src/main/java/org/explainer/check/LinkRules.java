package org.explainer.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each {@link Reference} may lead: the one set of rules the build's output check and the quality
 * gate both apply, each finding files its own way (on disk, or over HTTP under a sub-path).
 *
 * <ul>
 *   <li>Empty addresses, and {@code mailto:}, {@code tel:} and {@code data:} ones, lead nowhere to check.</li>
 *   <li>A root-absolute address ({@code /page.html}) is wrong: it breaks when the site lives under a sub-path.</li>
 *   <li>A relative address must stay inside the site.</li>
 *   <li>A followed link may lead to another site. A {@code <link>} that names a page (canonical,
 *       alternate) must name one of the site's own, by a relative address or by the site's absolute
 *       address. What a page loads must come from the site itself, by a relative address, so that the
 *       site works wherever it is served.</li>
 *   <li>An address in the site must lead to a file (a folder leads to its {@code index.html}), and its
 *       fragment to an id on that page; an empty fragment and {@code #top} need none, since HTML scrolls
 *       to the top for both ({@link #needsId}).</li>
 * </ul>
 */
public final class LinkRules {

    /** What the rules say about one reference. */
    public sealed interface Verdict permits Unchecked, Wrong, InSite {
    }

    /** Nothing to check: a link to another site, an e-mail address, inline data. */
    public record Unchecked() implements Verdict {
    }

    /** Wrong whatever the site holds. */
    public record Wrong(String message) implements Verdict {
    }

    /**
     * Leads into the site: the checker must find the file, and the fragment's id on it.
     *
     * @param path     decoded, relative to the site's root: {@code ""} for the home page, a trailing
     *                 {@code /} for a folder
     * @param fragment decoded, or null when the address has none
     * @param address  the absolute address, at the site's own address
     */
    public record InSite(String path, String fragment, URI address) implements Verdict {
    }

    private static final Unchecked UNCHECKED = new Unchecked();

    private final URI site;

    /** @param siteAddress the address the site was built for: its canonical links start with it */
    public LinkRules(URI siteAddress) {
        String text = siteAddress.normalize().toString();
        this.site = URI.create(text.endsWith("/") ? text : text + "/");
    }

    /**
     * The address of one of the site's files, from its path under the site's folder, {@code /}-separated;
     * the site's own address for {@code ""}.
     */
    public URI addressOf(String path) {
        try {
            return site.resolve(new URI(null, null, path, null).getRawPath());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file path: " + path, e);
        }
    }

    /** What a page's relative addresses resolve against: its own address, or its {@code <base>}'s. */
    public URI base(URI page, Optional<String> baseHref) {
        return baseHref.flatMap(LinkRules::parse).map(href -> resolve(page, href)).orElse(page);
    }

    /** @param base the address the reference resolves against: its page's {@link #base}, or its stylesheet's */
    public Verdict judge(Reference reference, URI base) {
        String address = reference.address();
        String lower = address.toLowerCase(Locale.ROOT);
        if (address.isEmpty() || lower.startsWith("mailto:") || lower.startsWith("tel:") || lower.startsWith("data:")) {
            return UNCHECKED;
        }
        if (address.startsWith("/") && !address.startsWith("//")) {
            return wrong(reference, "is root-absolute and breaks when the site lives under a sub-path; make it relative");
        }
        Optional<URI> written = parse(address);
        if (written.isEmpty()) {
            return wrong(reference, "is not a valid address");
        }
        URI target = resolve(base, written.get());
        boolean relative = written.get().getScheme() == null && written.get().getRawAuthority() == null;
        if (!inSite(target)) {
            if (relative && inSite(base)) {
                return wrong(reference, "leads outside the site");
            }
            return switch (reference.use()) {
                case FOLLOWED -> UNCHECKED;
                case NAMED -> wrong(reference, "names a page on another site; a <link> may only name the site's own pages");
                case LOADED -> wrong(reference, "is loaded from another site; everything a page loads must come from the site itself");
            };
        }
        if (!relative && reference.use() == Reference.Use.LOADED) {
            return wrong(reference, "is loaded by the site's absolute address; load it by a relative one, so the site works "
                    + "wherever it is served");
        }
        return new InSite(target.getPath().substring(site.getPath().length()), target.getFragment(), target);
    }

    /** Whether a fragment must name an id: HTML takes an empty one and {@code top} to mean the top of the page. */
    public static boolean needsId(String fragment) {
        return fragment != null && !fragment.isEmpty() && !fragment.equalsIgnoreCase("top");
    }

    /** The message for an address in the site that leads to no file. */
    public static String noFile(Reference reference) {
        return described(reference) + " leads to no file in the site";
    }

    /** The message for a fragment that names no id on {@code page}. */
    public static String noId(Reference reference, String fragment, String page) {
        return described(reference) + " points to #" + fragment + ", which is not an id on " + page;
    }

    /** How messages name a reference: what holds it, and the address as written. */
    public static String described(Reference reference) {
        return reference.element() + " '" + reference.address() + "'";
    }

    private static Wrong wrong(Reference reference, String problem) {
        return new Wrong(described(reference) + " " + problem);
    }

    private boolean inSite(URI address) {
        String path = address.getPath();
        return address.getScheme() != null && address.getScheme().equalsIgnoreCase(site.getScheme())
                && Objects.equals(lowerCase(address.getRawAuthority()), lowerCase(site.getRawAuthority()))
                && path != null && path.startsWith(site.getPath())
                && !("/" + path + "/").contains("/../");
    }

    /**
     * Resolved as a browser resolves it. {@link URI#resolve} alone would take {@code ?q=x} to the page's
     * folder rather than the page, as RFC 2396 did, and keep {@code ..} segments above the root.
     */
    private static URI resolve(URI base, URI written) {
        if (written.getScheme() == null && written.getRawAuthority() == null && written.getRawPath() != null
                && written.getRawPath().isEmpty() && written.getRawQuery() != null) {
            String page = base.toString().replaceFirst("[?#].*$", "");
            return URI.create(page + "?" + written.getRawQuery()
                    + (written.getRawFragment() == null ? "" : "#" + written.getRawFragment()));
        }
        return base.resolve(written).normalize();
    }

    private static Optional<URI> parse(String address) {
        try {
            return Optional.of(new URI(address));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String lowerCase(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
