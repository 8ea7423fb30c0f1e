package org.explainer.linkcheck;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The link check against a local server that answers each way a cited site can: there, moved, gone,
 * broken for a while or for good, too slow, or turning robots away.
 */
class ExternalLinkCheckerTest {

    // Long enough that a local answer never misses it, even with another test JVM busy on the other core.
    private static final Duration TIMEOUT = Duration.ofMillis(1000);
    private static final String USER_AGENT = "explainer-link-check/test";

    private static HttpServer server;
    private static ExecutorService threads;
    private static final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private static final AtomicInteger inFlight = new AtomicInteger();
    private static final AtomicInteger mostInFlight = new AtomicInteger();
    private static final Map<String, String> userAgents = new ConcurrentHashMap<>();

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "link-check-test-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", ExternalLinkCheckerTest::answer);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            int count = requests.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
            userAgents.put(path, String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
            try {
                if (path.startsWith("/paced/")) {
                    answerPaced(exchange);
                    return;
                }
                switch (path) {
                    case "/alive", "/new-home" -> send(exchange, 200);
                    case "/moved" -> redirect(exchange, 301, "/new-home");
                    case "/moved-then-gone" -> redirect(exchange, 302, "/removed");
                    case "/deleted" -> send(exchange, 410);
                    case "/broken" -> send(exchange, 500);
                    case "/flaky" -> send(exchange, count == 1 ? 503 : 200);
                    case "/slow" -> {
                        Thread.sleep(TIMEOUT.toMillis() * 4);
                        send(exchange, 200);
                    }
                    case "/login" -> send(exchange, 401);
                    case "/robots-unwelcome" -> send(exchange, 403);
                    case "/too-many" -> send(exchange, 429);
                    default -> send(exchange, 404);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Takes a moment to answer, counting how many requests it is answering at once. */
    private static void answerPaced(HttpExchange exchange) throws IOException, InterruptedException {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            Thread.sleep(30);
        } finally {
            // Done before the answer leaves: once it has, the checker may rightly send the next request,
            // which another server thread could count before this one got here.
            inFlight.decrementAndGet();
        }
        send(exchange, 200);
    }

    private static void send(HttpExchange exchange, int status) throws IOException {
        byte[] body = ("status " + status).getBytes();
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static CitedAddress cited(String path) {
        return new CitedAddress(url(path), "", List.of(new Citation("content/page.md", 3)));
    }

    @Test
    void sortsEachAnswer() {
        List<String> paths = List.of("/alive", "/moved", "/removed", "/deleted", "/moved-then-gone", "/broken", "/flaky",
                "/login", "/robots-unwelcome", "/too-many");
        CheckSettings settings = new CheckSettings(4, TIMEOUT, 2, Duration.ofMillis(20), USER_AGENT);

        Map<String, LinkResult> results = new ExternalLinkChecker(settings).check(paths.stream().map(ExternalLinkCheckerTest::cited).toList())
                .stream().collect(Collectors.toMap(result -> result.address().url().replaceFirst("^http://[^/]+", ""), Function.identity()));

        assertEquals(LinkStatus.ALIVE, results.get("/alive").status());
        assertEquals(LinkStatus.REDIRECTED, results.get("/moved").status());
        assertEquals(url("/new-home"), results.get("/moved").location());
        assertEquals(LinkStatus.GONE, results.get("/removed").status());
        assertEquals(404, results.get("/removed").httpStatus());
        assertEquals(LinkStatus.GONE, results.get("/deleted").status());
        assertEquals(410, results.get("/deleted").httpStatus());
        assertEquals(LinkStatus.GONE, results.get("/moved-then-gone").status());
        assertEquals(LinkStatus.FAILING, results.get("/broken").status());
        assertEquals(500, results.get("/broken").httpStatus());
        assertEquals(LinkStatus.ALIVE, results.get("/flaky").status(), "a server error that passes is retried");
        assertEquals(LinkStatus.REFUSED, results.get("/login").status());
        assertEquals(LinkStatus.REFUSED, results.get("/robots-unwelcome").status());
        assertEquals(LinkStatus.REFUSED, results.get("/too-many").status());

        assertEquals(3, requests.get("/broken").get(), "a lasting server error is tried once and retried twice");
        assertEquals(3, requests.get("/too-many").get(), "429 asks to come back later, so it is retried");
        assertEquals(2, requests.get("/flaky").get());
        assertEquals(1, requests.get("/robots-unwelcome").get(), "a refusal is not asked again");
        assertEquals(USER_AGENT, userAgents.get("/alive"));
    }

    @Test
    void anAnswerThatDoesNotComeInTimeFails() {
        // Apart from the others and without retries: each try waits the whole time allowed.
        LinkResult slow = new ExternalLinkChecker(new CheckSettings(4, TIMEOUT, 0, Duration.ZERO, USER_AGENT)).check(List.of(cited("/slow"))).get(0);
        assertEquals(LinkStatus.FAILING, slow.status());
        assertEquals(0, slow.httpStatus());
        assertTrue(slow.detail().startsWith("no answer within"), slow.detail());
    }

    @Test
    void asksOneHostOneThingAtATime() {
        List<CitedAddress> addresses = IntStream.range(0, 8).mapToObj(n -> cited("/paced/" + n)).toList();

        List<LinkResult> results = new ExternalLinkChecker(new CheckSettings(4, TIMEOUT, 0, Duration.ZERO, USER_AGENT)).check(addresses);

        assertTrue(results.stream().allMatch(result -> result.status() == LinkStatus.ALIVE), () -> results.toString());
        assertEquals(1, mostInFlight.get(), "never two requests at once to one host");
    }
}
