package org.explainer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench/run --gates}: what the quality gates cost as the site grows. Each case is
 * {@code ./mvnw -o -B verify} (what CI runs: compile, unit tests, bake, every {@code *IT}) on a fresh
 * clone of the project with no {@code target/}, under {@code CI=true} so a missing browser fails
 * instead of skipping, baking in turn the real site and synthetic sites ({@code -Dbake.project}). Each
 * gate's time comes from failsafe's report of its class. A gate that fails on a site does not stop the
 * measurement ({@code -Dmaven.test.failure.ignore}); the report marks it.
 */
final class GateBench {

    /** One verify of one site: the whole command, each test class, and the unit tests together. */
    record Run(TimedRun.Measurement verify, Map<String, TestReports.ClassTime> gates, double unitTestSeconds) {
    }

    /** A site whose gates are timed, the project whose verify times them (this one, or the baseline), and its runs. */
    static final class Site {
        final String label;
        final Path project;
        final boolean synthetic;
        /** Where verify runs: a fresh clone of this project, or the baseline's tree. */
        final Path clone;
        /** Empty for this build, else the baseline's ref. */
        final String baseline;
        int pages;
        final List<Run> runs = new ArrayList<>();

        Site(String label, Path project, boolean synthetic, int pages, Path clone, String baseline) {
            this.label = label;
            this.project = project;
            this.synthetic = synthetic;
            this.pages = pages;
            this.clone = clone;
            this.baseline = baseline;
        }
    }

    private GateBench() {
    }

    static void run(Path root, Map<String, String> options, Path out) throws IOException, InterruptedException {
        int[] sizes = Arrays.stream(options.getOrDefault("sizes", "100,1000").split(","))
                .filter(size -> !size.isBlank()).mapToInt(size -> Integer.parseInt(size.strip())).toArray();
        int runs = Integer.parseInt(options.getOrDefault("runs", "1"));
        Path work = out.resolve("work");
        Path logs = out.resolve("logs");
        Files.createDirectories(logs);

        Path clone = work.resolve("gates-clone");
        WriterCommands.freshClone(root, clone);
        // --baseline=REF: the same sites verified by the project as it was at a commit, in the same rounds.
        String baseline = options.getOrDefault("baseline", "");
        Path baselineTree = baseline.isBlank() ? null : Bench.checkout(root, baseline, work.resolve("gates-baseline"));
        // --only-baseline: the baseline alone, for figures of a past commit without re-running this build's.
        boolean thisBuild = baselineTree == null || !options.containsKey("only-baseline");
        List<Site> sites = new ArrayList<>();
        if (!options.containsKey("no-real")) {
            if (thisBuild) {
                sites.add(new Site("real site", clone, false, 0, clone, ""));
            }
            if (baselineTree != null) {
                sites.add(new Site("real site", baselineTree, false, 0, baselineTree, baseline));
            }
        }
        for (int size : sizes) {
            Path siteDir = work.resolve("sites/site-" + size);
            new SyntheticSite(size).writeTo(siteDir, root);
            if (thisBuild) {
                sites.add(new Site("synthetic", siteDir, true, size, clone, ""));
            }
            if (baselineTree != null) {
                sites.add(new Site("synthetic", siteDir, true, size, baselineTree, baseline));
            }
        }

        for (int round = 1; round <= runs; round++) {
            System.out.printf("Gates, round %d of %d%n", round, runs);
            for (Site site : sites) {
                String slug = (site.label + (site.synthetic ? "-" + site.pages : "") + (site.baseline.isEmpty() ? "" : "-baseline"))
                        .replaceAll("[^a-z0-9]+", "-");
                Path log = logs.resolve("gates-" + slug + "-" + round + ".log");
                Run run = verify(site.clone, site.project, log, logs.resolve("gates-" + slug + "-" + round + "-reports"));
                if (site.pages == 0) {
                    site.pages = Bench.pagesBaked(log);
                }
                site.runs.add(run);
                System.out.printf(Locale.ROOT, "  %-16s %5d pages%s: verify %7.1f s wall, %7.1f s CPU, load %.1f%n", site.label,
                        site.pages, site.baseline.isEmpty() ? "" : " (baseline " + site.baseline + ")", run.verify().wallSeconds(), run.verify().cpuSeconds(), run.verify().loadAverage());
            }
        }
        new GateReport(sites, Bench.machine()).write(out);
    }

    /** {@code ./mvnw verify} from nothing built, baking {@code project}; keeps the test reports beside the log. */
    private static Run verify(Path clone, Path project, Path log, Path reportsCopy) throws IOException, InterruptedException {
        Tree.delete(clone.resolve("target"));
        TimedRun.Measurement verify = TimedRun.run(clone, List.of(clone.resolve("mvnw").toString(), "-o", "-B", "verify",
                "-Dbake.project=" + project, "-Dmaven.test.failure.ignore=true"), log, Map.of("CI", "true"));
        Tree.copy(clone.resolve("target/failsafe-reports"), reportsCopy);
        Map<String, TestReports.ClassTime> gates = TestReports.read(clone.resolve("target/failsafe-reports"));
        double unitTests = TestReports.read(clone.resolve("target/surefire-reports")).values().stream()
                .mapToDouble(TestReports.ClassTime::seconds).sum();
        return new Run(verify, gates, unitTests);
    }
}
