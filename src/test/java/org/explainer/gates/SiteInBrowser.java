package org.explainer.gates;

import org.explainer.preview.StaticServer;

/**
 * A folder served over HTTP, as readers get the site, with Chromium ready to look at it: what every
 * test of pages in a real browser starts from. Closing it stops the server and closes the windows the
 * test opened; the run's browser stays up for the next test ({@link BrowserSession}).
 */
final class SiteInBrowser implements AutoCloseable {

    private final StaticServer server;
    private final BrowserSession browser;

    private SiteInBrowser(StaticServer server, BrowserSession browser) {
        this.server = server;
        this.browser = browser;
    }

    /**
     * Starts Chromium beside {@code server}, or fails (CI) or skips (elsewhere) saying {@code unchecked}
     * went unchecked; the server is stopped if the browser cannot start.
     */
    static SiteInBrowser start(StaticServer server, String unchecked) {
        try {
            return new SiteInBrowser(server, BrowserSession.start(unchecked));
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /** The baked site under the sub-path, as on GitHub project pages. */
    static SiteInBrowser bakedSite(String unchecked) {
        return start(SiteFiles.serve(SiteFiles.bakedSite(), SiteFiles.SUB_PATH), unchecked);
    }

    /** The address of a page, such as {@code search.html}. */
    String url(String path) {
        return server.url() + path;
    }

    BrowserSession browser() {
        return browser;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }
}
