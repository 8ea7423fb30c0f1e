package org.explainer.gates;

import org.explainer.preview.StaticServer;

/**
 * The baked site served under the sub-path, as on GitHub project pages, with one browser window
 * looking at it: what a test of the site's behaviour in a real browser starts from.
 */
final class SiteInBrowser implements AutoCloseable {

    private final StaticServer server;
    private final BrowserSession browser;
    private final BrowserWindow window;

    private SiteInBrowser(StaticServer server, BrowserSession browser, BrowserWindow window) {
        this.server = server;
        this.browser = browser;
        this.window = window;
    }

    /** Serves target/site and starts Chromium, or fails (CI) or skips (elsewhere) saying {@code unchecked} went unchecked. */
    static SiteInBrowser open(String unchecked, Display display) {
        StaticServer server = SiteFiles.serve(SiteFiles.bakedSite(), SiteFiles.SUB_PATH);
        try {
            BrowserSession browser = BrowserSession.start(unchecked);
            return new SiteInBrowser(server, browser, browser.window(display));
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /** The address of a page of the site, such as {@code search.html}. */
    String url(String path) {
        return server.url() + path;
    }

    BrowserWindow window() {
        return window;
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
