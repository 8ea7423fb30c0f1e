package org.explainer.preview;

import org.explainer.build.BuildFailure;
import org.explainer.build.ProjectConfig;
import org.explainer.build.SiteBuild;
import org.explainer.build.Warnings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.util.List;

/**
 * The writers' preview: bakes, serves the site on 127.0.0.1 and rebakes on every change to content,
 * templates, assets, data or settings. A bad change prints its problems and the last good build stays
 * served. It uses the very same {@link SiteBuild} as the production build. Ctrl-C stops it; a change to
 * {@code jbake.properties} needs a restart.
 */
public final class Preview {

    private Preview() {
    }

    public static void run(ProjectConfig config, Path output, int port) {
        SiteBuild build = new SiteBuild(config);
        rebuild(build, output);
        try (StaticServer server = StaticServer.start(output, "/", port);
             SourceWatcher watcher = new SourceWatcher(List.of(config.contentDir(), config.templatesDir(),
                     config.assetsDir(), config.dataDir()))) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("\nPreview stopped.")));
            System.out.println("Preview at " + server.url() + " — rebuilding on every change; Ctrl-C to stop.");
            while (true) {
                watcher.awaitChange();
                rebuild(build, output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rebuild(SiteBuild build, Path output) {
        long start = System.nanoTime();
        try {
            Warnings.print(build.build(output));
            System.out.printf("Rebuilt in %d ms.%n", (System.nanoTime() - start) / 1_000_000);
        } catch (BuildFailure failure) {
            System.out.println(failure.getMessage());
            System.out.println("Still serving the last good build.");
        }
    }
}
