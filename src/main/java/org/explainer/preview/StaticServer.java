package org.explainer.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a baked site on 127.0.0.1 the way GitHub Pages does: under a base path, folders by their
 * {@code index.html}, a folder without its trailing slash redirected, and the site's own 404 page for
 * anything missing. The JDK's server is enough for one local reader and brings no dependency.
 * <p>
 * Serving the writer's preview, it also injects the live reload ({@link LiveReload}) into every HTML
 * response; the files on disk, which are the site's output, never contain it.
 */
public final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("woff2", "font/woff2"), Map.entry("webmanifest", "application/manifest+json"));

    private final HttpServer server;
    private final Path root;
    private final String basePath;
    private final Optional<LiveReload> liveReload;
    /** Requests are answered on threads of their own: a page's wait for the next build must not hold up its images. */
    private final ExecutorService threads;

    private StaticServer(HttpServer server, Path root, String basePath, Optional<LiveReload> liveReload, ExecutorService threads) {
        this.server = server;
        this.root = root;
        this.basePath = basePath;
        this.liveReload = liveReload;
        this.threads = threads;
    }

    /**
     * @param basePath where the site lives, such as {@code /} or {@code /repo-name/}
     * @param port     0 for any free port
     */
    public static StaticServer start(Path root, String basePath, int port) throws IOException {
        return start(root, basePath, port, Optional.empty());
    }

    /** Serves the writer's preview at the root, every page following the builds {@code status} records. */
    static StaticServer preview(Path root, int port, BuildStatus status) throws IOException {
        return start(root, "/", port, Optional.of(new LiveReload(status)));
    }

    private static StaticServer start(Path root, String basePath, int port, Optional<LiveReload> liveReload) throws IOException {
        // The JDK's server sends a response's headers and body in separate writes; with Nagle's algorithm on, the
        // body's last segment then waits for the client's delayed acknowledgement (up to 40 ms on Linux) on
        // every page fetched over a kept-alive connection, as browsers fetch. Read when the server is first made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "static-server");
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(threads);
        StaticServer server = new StaticServer(http, root, basePath.endsWith("/") ? basePath : basePath + "/", liveReload, threads);
        http.createContext("/", server::handle);
        http.start();
        return server;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (liveReload.isPresent() && path.startsWith(LiveReload.PATH)) {
                liveReload.get().handle(exchange, path);
                return;
            }
            if (!path.startsWith(basePath) && !(path + "/").equals(basePath)) {
                send(exchange, 404, notFoundPage());
                return;
            }
            Path file = root.resolve(path.length() < basePath.length() ? "" : path.substring(basePath.length())).normalize();
            if (!file.startsWith(root)) {
                send(exchange, 404, notFoundPage());
            } else if (Files.isDirectory(file) && !path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                exchange.sendResponseHeaders(301, -1);
            } else if (Files.isDirectory(file) && Files.isRegularFile(file.resolve("index.html"))) {
                send(exchange, 200, file.resolve("index.html"));
            } else if (Files.isRegularFile(file)) {
                send(exchange, 200, file);
            } else {
                send(exchange, 404, notFoundPage());
            }
        }
    }

    private Path notFoundPage() {
        return root.resolve("404.html");
    }

    private void send(HttpExchange exchange, int status, Path file) throws IOException {
        byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "Not found".getBytes();
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (liveReload.isPresent() && extension.equals("html")) {
            body = LiveReload.inject(body);
        }
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
