package org.explainer.preview;

import com.sun.net.httpserver.HttpExchange;
import org.explainer.base.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The preview's line to the open page, which only {@link StaticServer} serving the preview adds: a
 * script injected into every HTML response, and the build status the script waits on. The script
 * reloads the page after each successful build and shows a failed build's problems over it. None of
 * it is ever written to the site's output.
 */
final class LiveReload {

    /** Where everything of the live reload is served; no site has a folder of that name. */
    static final String PATH = "/__preview/";
    /** What is injected before {@code </body>}. */
    static final String SCRIPT_TAG = "<script src=\"" + PATH + "live.js\" defer></script>";
    /** How long a request for the status waits for a build before answering with the latest anyway. */
    private static final long WAIT_MILLIS = 25_000;

    private static final Map<String, String> FILES = Map.of(
            "live.js", "text/javascript; charset=utf-8",
            "live.css", "text/css; charset=utf-8");

    private final BuildStatus status;

    LiveReload(BuildStatus status) {
        this.status = status;
    }

    /** The page with the script added before its last {@code </body>}, or at its end if it has none. */
    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String injected = end < 0 ? page + SCRIPT_TAG : page.substring(0, end) + SCRIPT_TAG + page.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    /** Answers a request under {@link #PATH}: the script, its styles, or {@code status?after=N}. */
    void handle(HttpExchange exchange, String path) throws IOException {
        String name = path.substring(PATH.length());
        if (name.equals("status")) {
            long seen = parseSeen(exchange.getRequestURI().getRawQuery());
            try {
                send(exchange, 200, "application/json", json(status.after(seen, WAIT_MILLIS)).getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(503, -1);
            }
        } else if (FILES.containsKey(name)) {
            send(exchange, 200, FILES.get(name), resource(name));
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** {@code {"build":3,"problems":[{"location":"content/a.md:9","message":"…"}]}}. */
    static String json(BuildStatus.Outcome outcome) {
        return "{\"build\":" + outcome.build() + ",\"problems\":[" + outcome.problems().stream()
                .map(LiveReload::problemJson).collect(Collectors.joining(",")) + "]}";
    }

    private static String problemJson(Problem problem) {
        String location = problem.line() > 0 ? problem.file() + ":" + problem.line() : problem.file();
        return "{\"location\":" + quoted(location) + ",\"message\":" + quoted(problem.message()) + "}";
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }

    /** The build number in {@code after=N}; -1, which no build has, when there is none. */
    private static long parseSeen(String query) {
        if (query != null) {
            for (String parameter : query.split("&")) {
                if (parameter.startsWith("after=")) {
                    try {
                        return Long.parseLong(parameter.substring("after=".length()));
                    } catch (NumberFormatException e) {
                        return -1;
                    }
                }
            }
        }
        return -1;
    }

    private static byte[] resource(String name) {
        try (InputStream in = LiveReload.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the preview's " + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
