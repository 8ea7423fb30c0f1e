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

/**
 * Serves a baked site on 127.0.0.1 the way GitHub Pages does: under a base path, folders by their
 * {@code index.html}, a folder without its trailing slash redirected, and the site's own 404 page for
 * anything missing. The JDK's server is enough for one local reader and brings no dependency.
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

    private StaticServer(HttpServer server, Path root, String basePath) {
        this.server = server;
        this.root = root;
        this.basePath = basePath;
    }

    /**
     * @param basePath where the site lives, such as {@code /} or {@code /repo-name/}
     * @param port     0 for any free port
     */
    public static StaticServer start(Path root, String basePath, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        StaticServer server = new StaticServer(http, root, basePath.endsWith("/") ? basePath : basePath + "/");
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
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
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

    private static void send(HttpExchange exchange, int status, Path file) throws IOException {
        byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "Not found".getBytes();
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
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
