package org.explainer.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Fetches addresses of a local server once each, following redirects as a browser would. */
public final class HttpFetcher {

    /** What came back for an address: where the redirects ended, the status, the type and the bytes. */
    public record Response(URI uri, int status, String contentType, byte[] body) {

        public boolean isHtml() {
            return status == 200 && contentType.startsWith("text/html");
        }

        public boolean isCss() {
            return status == 200 && contentType.startsWith("text/css");
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<URI, Response> cache = new HashMap<>();

    /** {@code uri} without its fragment, fetched on first use. */
    public Response get(URI uri) {
        return cache.computeIfAbsent(withoutFragment(uri), this::fetch);
    }

    public static URI withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? uri : URI.create(text.substring(0, hash));
    }

    private Response fetch(URI uri) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.uri(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fetch " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + uri, e);
        }
    }
}
