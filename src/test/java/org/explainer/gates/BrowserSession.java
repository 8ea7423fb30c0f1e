package org.explainer.gates;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One headless Chromium for the whole test run, shared by every test class that uses a browser: starting
 * Chromium costs more than checking a page. Each class opens windows of its own ({@link #window}) and
 * closes them when it is done ({@link #close}); the browser quits when the tests' JVM ends. Chromium and
 * its driver come from the system (Debian's packages), never downloaded: both paths are given, so
 * Selenium Manager has nothing to look up.
 *
 * <p>Without a browser, a gate cannot say the site is accessible. Under {@code CI=true} that is a
 * failure; on a writer's machine the test is skipped, with a message saying what went unchecked.
 */
public final class BrowserSession implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("chrome.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

    // Selenium warns, for every session, that it has no DevTools (CDP) support for this Chromium version; the
    // gates use WebDriver only. Held here, because java.util.logging forgets the level of a logger it collects.
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("org.openqa.selenium.devtools"),
            Logger.getLogger("org.openqa.selenium.chromium"));

    static {
        QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private static BrowserSession shared;

    private final ChromeDriver driver;
    private final Path profile;
    /** The window Chromium starts with: never handed out, so closing a class's windows never ends the session. */
    private final String blank;
    private final List<String> windows = new ArrayList<>();
    private String currentWindow;

    private BrowserSession(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(120));
        blank = driver.getWindowHandle();
        currentWindow = blank;
    }

    /**
     * The run's Chromium, started on first use; or fails (on CI) or skips (elsewhere) the calling test.
     *
     * @param unchecked what goes unchecked without a browser, for the message, such as "WCAG checks with axe-core"
     */
    public static synchronized BrowserSession start(String unchecked) {
        if (shared == null) {
            shared = launch(unchecked);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::quit, "quit-chromium"));
        }
        return shared;
    }

    private static BrowserSession launch(String unchecked) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw noBrowser(unchecked, "Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + ") is not installed;"
                    + " on Debian: apt-get install chromium chromium-driver");
        }
        Path profile = null;
        try {
            profile = Files.createTempDirectory("gates-chromium-");
            return new BrowserSession(new ChromeDriver(service(), options(profile)), profile);
        } catch (RuntimeException | IOException e) {
            deleteQuietly(profile);
            throw noBrowser(unchecked, "Chromium did not start: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private static ChromeDriverService service() {
        return new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                // Self-contained and quiet: no sandbox (CI runs as root), no GPU, no calls home of any kind.
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile,
                // Windows not in front keep working at full speed, so checks can run in several at once.
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows");
        return options;
    }

    private static RuntimeException noBrowser(String unchecked, String reason) {
        String message = "NO BROWSER: " + unchecked + " NOT checked. " + reason;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return new IllegalStateException(message + " (CI=true: a missing browser fails the build)");
        }
        System.err.println("\n" + "!".repeat(100) + "\n!! " + message + "\n" + "!".repeat(100) + "\n");
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }

    /** A window of its own that shows pages as {@code display} does, until {@link #close}. */
    public BrowserWindow window(Display display) {
        driver.switchTo().newWindow(WindowType.WINDOW);
        currentWindow = driver.getWindowHandle();
        windows.add(currentWindow);
        return new BrowserWindow(this, currentWindow, display);
    }

    /** The driver, pointed at the window {@code handle}; asking the driver which window it is at costs a round trip. */
    ChromeDriver driverAt(String handle) {
        if (!handle.equals(currentWindow)) {
            driver.switchTo().window(handle);
            currentWindow = handle;
        }
        return driver;
    }

    /** Closes every window opened so far, for the next test class; the browser stays up for it. */
    @Override
    public void close() {
        for (String window : windows) {
            driverAt(window).close();
        }
        windows.clear();
        driver.switchTo().window(blank);
        currentWindow = blank;
    }

    private void quit() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temporary profile left behind is harmless; the test's own result is what matters.
        }
    }
}
