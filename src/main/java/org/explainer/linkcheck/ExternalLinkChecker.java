package org.explainer.linkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Asks each cited address whether it is still there, the way a reader's browser would (GET, following
 * redirects one by one), and sorts it by its answer ({@link LinkStatus}). At most
 * {@link CheckSettings#concurrency()} requests are under way at once, never two to the same host; an
 * address that fails in a way that may pass (a server error, 429, no answer in time, no connection) is
 * tried again after a wait that doubles each time.
 */
public final class ExternalLinkChecker {

    private static final int MAX_REDIRECTS = 10;

    private final CheckSettings settings;
    private final HttpClient client;
    private final Map<String, ReentrantLock> hosts = new ConcurrentHashMap<>();

    public ExternalLinkChecker(CheckSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout()).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The verdict on every address, in the order given. */
    public List<LinkResult> check(List<CitedAddress> addresses) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.concurrency()));
        try {
            List<Future<LinkResult>> pending = new ArrayList<>();
            for (CitedAddress address : addresses) {
                pending.add(pool.submit(() -> check(address)));
            }
            List<LinkResult> results = new ArrayList<>();
            for (Future<LinkResult> result : pending) {
                results.add(result.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the link check was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the link check failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private LinkResult check(CitedAddress address) throws InterruptedException {
        URI uri;
        try {
            uri = URI.create(address.url());
        } catch (IllegalArgumentException e) {
            return new LinkResult(address, LinkStatus.FAILING, 0, "", "not a valid address: " + e.getMessage());
        }
        Answer answer;
        int tries = 0;
        do {
            if (tries > 0) {
                Thread.sleep(settings.backoff().toMillis() << (tries - 1));
            }
            answer = follow(uri);
            tries++;
        } while (answer.mayPassLater() && tries <= settings.retries());
        return verdict(address, answer, tries);
    }

    private static LinkResult verdict(CitedAddress address, Answer answer, int tries) {
        String afterTries = tries > 1 ? " after " + tries + " tries" : "";
        int status = answer.status();
        if (status == 0) {
            return new LinkResult(address, LinkStatus.FAILING, 0, "", answer.error() + afterTries);
        }
        String moved = answer.finalUri().toString().equals(address.url()) ? "" : answer.finalUri().toString();
        if (status >= 200 && status < 300) {
            return moved.isEmpty()
                    ? new LinkResult(address, LinkStatus.ALIVE, status, "", String.valueOf(status))
                    : new LinkResult(address, LinkStatus.REDIRECTED, status, moved, "now at " + moved);
        }
        String via = moved.isEmpty() ? "" : " (redirected to " + moved + ")";
        if (status == 404 || status == 410) {
            return new LinkResult(address, LinkStatus.GONE, status, moved, status + via);
        }
        if (status == 401 || status == 403 || status == 429) {
            return new LinkResult(address, LinkStatus.REFUSED, status, moved, status + via + afterTries);
        }
        return new LinkResult(address, LinkStatus.FAILING, status, moved, status + via + afterTries);
    }

    /** One try: GET, then each redirect in turn, to the first answer that is not a redirect. */
    private Answer follow(URI start) throws InterruptedException {
        URI current = start;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<InputStream> response;
            try {
                response = send(current);
            } catch (HttpTimeoutException e) {
                return Answer.error(current, "no answer within " + settings.timeout().toSeconds() + " s");
            } catch (IOException | IllegalArgumentException e) {
                return Answer.error(current, "no connection: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
            int status = response.statusCode();
            var location = response.headers().firstValue("Location");
            if (status < 300 || status >= 400 || location.isEmpty()) {
                return new Answer(status, current, "");
            }
            try {
                current = current.resolve(location.get().replace(" ", "%20"));
            } catch (IllegalArgumentException e) {
                return new Answer(status, current, "");
            }
        }
        return Answer.error(current, "more than " + MAX_REDIRECTS + " redirects");
    }

    /** Sends one request, never while another to the same host is under way. */
    private HttpResponse<InputStream> send(URI uri) throws IOException, InterruptedException {
        ReentrantLock host = hosts.computeIfAbsent(String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT), name -> new ReentrantLock());
        host.lockInterruptibly();
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(settings.timeout())
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8")
                    .build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // The status and headers are the answer: closing the body leaves a long page or PDF unread.
            response.body().close();
            return response;
        } finally {
            host.unlock();
        }
    }

    /** The last answer of one try; status 0 when there was none. */
    private record Answer(int status, URI finalUri, String error) {

        static Answer error(URI uri, String error) {
            return new Answer(0, uri, error);
        }

        boolean mayPassLater() {
            return status == 0 || status == 429 || status >= 500;
        }
    }
}
