package org.explainer.linkcheck;

import java.time.Duration;

/**
 * How politely and patiently addresses are checked.
 *
 * @param concurrency how many requests may be under way at once (never two to one host)
 * @param timeout     how long one request may take, connection included
 * @param retries     how many more tries a failing address gets (server error, 429, timeout, no connection)
 * @param backoff     the wait before the first retry; it doubles before each next one
 * @param userAgent   how the checker introduces itself to the sites it asks
 */
public record CheckSettings(int concurrency, Duration timeout, int retries, Duration backoff, String userAgent) {

    /** For the weekly run: four at a time, 20 s each, two retries after 2 s and 4 s. */
    public static CheckSettings standard(String siteUrl) {
        return new CheckSettings(4, Duration.ofSeconds(20), 2, Duration.ofSeconds(2),
                "explainer-link-check/1.0 (checks the sources cited by " + siteUrl + "; one request at a time per site)");
    }
}
