package org.explainer.preview;

import org.explainer.base.BuildFailure;
import org.explainer.base.BuildMode;
import org.explainer.base.ProjectConfig;
import org.explainer.history.RepositoryHistory;
import org.explainer.pipeline.SiteBuild;
import org.explainer.pipeline.Warnings;
import org.explainer.site.Site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The writers' preview: bakes, drafts included, serves the site on 127.0.0.1 and rebakes on every change
 * to content, templates, assets, data, interface text or settings. The open page reloads after each good build; a bad
 * change prints its problems, shows them over the open page, and the last good build stays served. It
 * uses the very same {@link SiteBuild} as the production build. Ctrl-C stops it, and so does the end of
 * the process that started it; a change to {@code jbake.properties} needs a restart.
 */
public final class Preview {

    /** Warm-up rebuilds as if pages had been edited, each with another of the {@link #PAGE_SHARES} shares of the pages. */
    private static final int WARM_UP_EDITS = 4;
    private static final int PAGE_SHARES = 8;

    private Preview() {
    }

    /**
     * @param printTimings whether to print how long each step of every rebuild took
     * @param history      whether pages show their history from the repository
     */
    public static void run(ProjectConfig config, Path output, int port, boolean printTimings, boolean history) {
        ParentWatch.start();
        Map<String, Long> steps = new LinkedHashMap<>();
        SiteBuild build = new SiteBuild(config, printTimings ? (step, nanos) -> steps.merge(step, nanos, Long::sum)
                : SiteBuild.Timings.NONE, BuildMode.PREVIEW, history);
        BuildStatus status = new BuildStatus();
        // The first page comes sooner without the pages' history; it follows at once, and the open page reloads with it.
        rebuild(history ? () -> build.buildBeforeTheHistory(output) : () -> build.build(output), steps, "Built", status);
        try (StaticServer server = StaticServer.preview(output, port, status);
             SourceWatcher watcher = watcher(config, history)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("\nPreview stopped.")));
            System.out.println("Preview at " + server.url() + " — rebuilding on every change; Ctrl-C to stop.");
            long warmUpStart = System.nanoTime();
            if (history) {
                rebuild(() -> build.build(output), steps, "Read the pages' history; rebuilt", status);
            }
            warmUp(build, output);
            if (printTimings) {
                System.out.printf("Warmed up in %d ms.%n", (System.nanoTime() - warmUpStart) / 1_000_000);
            }
            while (true) {
                watcher.awaitChange();
                rebuild(() -> build.build(output), steps, "Rebuilt", status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What the preview watches: the project's sources, and with history the repository's HEAD, so that a commit
     * (which changes no source file) shows in the pages' history at once.
     */
    private static SourceWatcher watcher(ProjectConfig config, boolean history) throws IOException {
        List<Path> folders = new ArrayList<>(List.of(config.contentDir(), config.templatesDir(), config.assetsDir(),
                config.dataDir(), config.textDir()));
        List<Path> files = new ArrayList<>();
        if (history) {
            RepositoryHistory.HeadFiles head = RepositoryHistory.headFiles(config.projectDir());
            folders.addAll(head.folders());
            files.addAll(head.files());
        }
        return new SourceWatcher(folders, files);
    }

    /**
     * Builds the site a few times, unseen, while the writer opens the page, each time as if an eighth of the pages
     * had been edited (no file is touched, and nothing is published), then once as the files are: the JIT compiles
     * the code of a writer's edit now rather than during the first edits (measured in bench/README.md). Changes
     * made meanwhile are picked up by the watcher after.
     */
    private static void warmUp(SiteBuild build, Path output) {
        try {
            for (int round = 0; round < WARM_UP_EDITS; round++) {
                int share = round;
                build.buildAsIfEdited(output, source -> Math.floorMod(source.contentPath().hashCode(), PAGE_SHARES) == share);
            }
            build.build(output);
        } catch (BuildFailure failure) {
            // The site has a problem the writer will see on their first edit; there is nothing to warm up.
        }
    }

    /**
     * @param build  one build of the site into the preview's folder
     * @param done   what to say when the build succeeds: "Built" the first time, "Rebuilt" after an edit
     * @param status where the open pages learn of the outcome, to reload or to show the problems
     */
    private static void rebuild(Supplier<Site> build, Map<String, Long> steps, String done, BuildStatus status) {
        long start = System.nanoTime();
        steps.clear();
        try {
            Warnings.print(build.get());
            System.out.printf("%s in %d ms.%n", done, (System.nanoTime() - start) / 1_000_000);
            steps.forEach((step, nanos) -> System.out.printf("  %6d ms  %s%n", nanos / 1_000_000, step));
            status.succeeded();
        } catch (BuildFailure failure) {
            System.out.println(failure.getMessage());
            System.out.println("Still serving the last good build; the open page shows the problems.");
            status.failed(failure.problems());
        }
    }
}
