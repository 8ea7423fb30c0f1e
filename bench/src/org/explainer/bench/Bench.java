package org.explainer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The build benchmark (run it with {@code bench/run}; options in bench/README.md).
 * <p>
 * Every build runs in a copy of the project's build files under {@code target/bench/work/}, so Maven's
 * {@code clean} there cannot touch the results, and the stock baseline runs in a throwaway project
 * beside it. Runs are interleaved (one of each case per round) so a busy moment on the machine spreads
 * over all cases instead of spoiling one.
 */
public final class Bench {

    /** The site name of the synthetic sites built with a git history of their own (--no-history skips them). */
    static final String HISTORY_SITE = "with history";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("bench"))) {
            throw new IllegalStateException("run the benchmark from the project folder: bench/run");
        }
        if (options.containsKey("gates")) {
            Path out = root.resolve("target/bench");
            Tree.delete(out);
            GateBench.run(root, options, out);
            return;
        }
        int[] sizes = Arrays.stream(options.getOrDefault("sizes", "10,100,1000").split(","))
                .filter(size -> !size.isBlank()).mapToInt(size -> Integer.parseInt(size.strip())).toArray();
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        int previewSamples = Integer.parseInt(options.getOrDefault("preview-samples", "10"));
        boolean stock = !options.containsKey("no-stock");

        Path out = root.resolve("target/bench");
        Path work = out.resolve("work");
        Path logs = out.resolve("logs");
        Tree.delete(out);
        Files.createDirectories(logs);

        Path build = work.resolve("build");
        copyBuildFiles(root, build);
        // --baseline=REF: the same cases built by the project as it was at a commit, in the same rounds, so
        // that a change is measured against its own starting point on the same machine at the same time.
        Optional<Path> baseline = Optional.ofNullable(options.get("baseline")).filter(ref -> !ref.isBlank())
                .map(ref -> checkout(root, ref, work.resolve("baseline-tree")));
        baseline.ifPresent(tree -> Case.Builder.BASELINE.label = "baseline " + options.get("baseline"));
        String mvnw = build.resolve("mvnw").toString();
        List<String> explainerBuild = List.of(mvnw, "-o", "-q", "-B", "clean", "package", "-Dmaven.test.skip=true",
                "-Dbake.timings=true");

        List<Case> cases = new ArrayList<>();
        if (!options.containsKey("no-real")) {
            cases.add(new Case("real site", 0, Case.Builder.EXPLAINER, build,
                    with(explainerBuild, "-Dbake.project=" + root)));
            baseline.ifPresent(tree -> cases.add(new Case("real site", 0, Case.Builder.BASELINE, tree,
                    with(baselineBuild(tree), "-Dbake.project=" + tree))));
        }
        for (int size : sizes) {
            SyntheticSite site = new SyntheticSite(size);
            Path siteDir = work.resolve("sites/site-" + size);
            site.writeTo(siteDir, root);
            // Without history: the synthetic site is an untracked folder of this repository, with none of its own.
            cases.add(new Case("synthetic", size, Case.Builder.EXPLAINER, build,
                    with(explainerBuild, "-Dbake.project=" + siteDir, "-Dhistory=off")));
            if (!options.containsKey("no-history")) {
                // The same pages in a repository of their own, with two commits per page (edits, corrections, renames).
                Path historyDir = work.resolve("sites/site-" + size + "-history");
                new SyntheticSite(size).writeTo(historyDir, root);
                SyntheticHistory.commit(historyDir, 2 * size);
                cases.add(new Case(HISTORY_SITE, size, Case.Builder.EXPLAINER, build,
                        with(explainerBuild, "-Dbake.project=" + historyDir)));
            }
            if (baseline.isPresent()) {
                // The same pages, written by the baseline's own generator in the content model it knew,
                // with its own templates, assets and settings.
                Path baselineSite = work.resolve("baseline-sites/site-" + size);
                writeWithBaselineGenerator(baseline.get(), size, baselineSite, work);
                cases.add(new Case("synthetic", size, Case.Builder.BASELINE, baseline.get(),
                        with(baselineBuild(baseline.get()), "-Dbake.project=" + baselineSite)));
            }
            if (stock) {
                Path stockDir = work.resolve("stock/site-" + size);
                StockSite.writeTo(stockDir, siteDir);
                cases.add(new Case("synthetic", size, Case.Builder.STOCK, stockDir,
                        List.of(mvnw, "-o", "-q", "-B", "clean", "package")));
            }
        }

        System.out.println("Warming up (one untimed build of each case, online: it fetches what the Maven repository lacks)...");
        for (Case c : cases) {
            TimedRun.Measurement warm = TimedRun.run(c.dir, Online.of(c.command), logs.resolve(slug(c) + "-warmup.log"));
            if (c.pages == 0) {
                c.pages = pagesBaked(logs.resolve(slug(c) + "-warmup.log"));
            }
            System.out.printf("  %-32s %6.2f s%n", c.label(), warm.wallSeconds());
        }
        for (int round = 1; round <= runs; round++) {
            System.out.printf("Round %d of %d%n", round, runs);
            for (Case c : cases) {
                TimedRun.Measurement m = TimedRun.run(c.dir, c.command, logs.resolve(slug(c) + "-" + round + ".log"));
                c.runs.add(m);
                System.out.printf("  %-32s %6.2f s wall %6.2f s CPU %6.0f MiB%n", c.label(), m.wallSeconds(),
                        m.cpuSeconds(), m.peakRssMiB());
            }
        }

        Optional<WriterCommands.Results> writer = Optional.empty();
        if (!options.containsKey("no-writer") && runs > 0) {
            writer = Optional.of(writerCommands(root, work.resolve("clone"), runs, logs));
        }

        Optional<PreviewLatency.Result> preview = Optional.empty();
        if (!options.containsKey("no-preview") && previewSamples > 0) {
            System.out.println("Preview latency on a copy of the real site...");
            Path classpathFile = work.resolve("classpath.txt");
            // Untimed, so online: the dependency plugin is fetched if the Maven repository lacks it.
            TimedRun.run(build, List.of(mvnw, "-q", "-B", "compile", "dependency:build-classpath", "-DincludeScope=runtime",
                    "-Dmdep.outputFile=" + classpathFile), logs.resolve("classpath.log"));
            String classpath = build.resolve("target/classes") + java.io.File.pathSeparator
                    + Files.readString(classpathFile, StandardCharsets.UTF_8).strip();
            Path previewSite = work.resolve("preview-site");
            // The project's own history, as a writer's clone has it, so an edit renders what it renders there: the
            // page's history and its comparison. Outside a repository, the site committed once in one of its own.
            boolean ownHistory = Files.isDirectory(root.resolve(".git"));
            if (ownHistory) {
                SyntheticHistory.git(work, null, "clone", "--quiet", "--no-checkout", root.toString(), previewSite.toString());
            }
            for (String item : List.of("content", "templates", "assets", "data", "text")) {
                Tree.copy(root.resolve(item), previewSite.resolve(item));
            }
            Files.copy(root.resolve("jbake.properties"), previewSite.resolve("jbake.properties"));
            if (!ownHistory) {
                SyntheticHistory.commit(previewSite, 0);
            }
            // The JVM options of the preview execution in pom.xml, unless the run tries others.
            String previewOptions = options.getOrDefault("preview-java-options", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
            List<String> javaOptions = Arrays.stream(previewOptions.split(" "))
                    .filter(option -> !option.isBlank()).toList();
            preview = Optional.of(PreviewLatency.measure(classpath, javaOptions, previewSite, previewSamples,
                    logs.resolve("preview.log")));
        }
        new Report(cases, writer, preview, machine()).write(out);
    }

    /** The README's build and the preview's start, each timed once per round on a fresh clone of the project. */
    private static WriterCommands.Results writerCommands(Path root, Path cloneDir, int runs, Path logs)
            throws IOException, InterruptedException {
        System.out.println("The writer's commands on a fresh clone (one untimed build first, online)...");
        WriterCommands commands = WriterCommands.freshClone(root, cloneDir);
        Case build = new Case("fresh clone, ./mvnw package", 0, Case.Builder.EXPLAINER, cloneDir,
                List.of("mvnw", "-o", "-B", "package"));
        commands.firstBuild(logs.resolve("writer-package-warmup.log"));
        build.pages = pagesBaked(logs.resolve("writer-package-warmup.log"));
        List<WriterCommands.Startup> fresh = new ArrayList<>();
        List<WriterCommands.Startup> compiled = new ArrayList<>();
        for (int round = 1; round <= runs; round++) {
            TimedRun.Measurement m = commands.build(logs.resolve("writer-package-" + round + ".log"));
            build.runs.add(m);
            WriterCommands.Startup warm = commands.previewStartup(true, logs.resolve("writer-preview-compiled-" + round + ".log"));
            compiled.add(warm);
            WriterCommands.Startup cold = commands.previewStartup(false, logs.resolve("writer-preview-fresh-" + round + ".log"));
            fresh.add(cold);
            System.out.printf(Locale.ROOT, "  round %d: ./mvnw package %6.2f s wall %6.2f s CPU; preview's first page %5.2f s "
                            + "compiled, %5.2f s from a fresh clone%n", round, m.wallSeconds(), m.cpuSeconds(),
                    warm.millis() / 1000, cold.millis() / 1000);
        }
        return new WriterCommands.Results(build, fresh, compiled);
    }

    private static void copyBuildFiles(Path from, Path to) throws IOException {
        for (String item : List.of("pom.xml", "mvnw", ".mvn", "src")) {
            Path source = from.resolve(item);
            if (Files.isDirectory(source)) {
                Tree.copy(source, to.resolve(item));
            } else {
                Files.createDirectories(to);
                Files.copy(source, to.resolve(item), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** The whole project as it was at {@code ref}, written with git archive into {@code dir}. */
    static Path checkout(Path root, String ref, Path dir) {
        try {
            Files.createDirectories(dir);
            Process archive = new ProcessBuilder("sh", "-c", "git archive --format=tar \"$0\" | tar -x -C \"$1\"", ref, dir.toString())
                    .directory(root.toFile()).inheritIO().start();
            if (archive.waitFor() != 0) {
                throw new IllegalStateException("cannot check out the baseline " + ref + " with git archive");
            }
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the baseline's own {@code SyntheticSite} in a JVM of its own, through reflection, since its
     * classes share this benchmark's names.
     */
    private static void writeWithBaselineGenerator(Path tree, int size, Path siteDir, Path work) throws IOException {
        Path classes = work.resolve("baseline-bench-classes");
        Path launcher = work.resolve("GenerateBaselineSite.java");
        try {
            if (!Files.isDirectory(classes)) {
                List<String> javac = new ArrayList<>(List.of("javac", "-d", classes.toString()));
                try (var sources = Files.list(tree.resolve("bench/src/org/explainer/bench"))) {
                    sources.map(Path::toString).filter(name -> name.endsWith(".java")).sorted().forEach(javac::add);
                }
                run(javac, "cannot compile the baseline's benchmark");
                Files.writeString(launcher, """
                        import java.nio.file.Path;
                        public class GenerateBaselineSite {
                            public static void main(String[] args) throws Exception {
                                Class<?> type = Class.forName("org.explainer.bench.SyntheticSite");
                                var constructor = type.getDeclaredConstructor(int.class);
                                constructor.setAccessible(true);
                                Object site = constructor.newInstance(Integer.parseInt(args[0]));
                                var writeTo = type.getDeclaredMethod("writeTo", Path.class, Path.class);
                                writeTo.setAccessible(true);
                                writeTo.invoke(site, Path.of(args[1]), Path.of(args[2]));
                            }
                        }
                        """, StandardCharsets.UTF_8);
            }
            run(List.of("java", "-cp", classes.toString(), launcher.toString(), String.valueOf(size), siteDir.toString(),
                    tree.toString()), "cannot write the baseline's synthetic site");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void run(List<String> command, String failure) throws IOException, InterruptedException {
        if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
            throw new IllegalStateException(failure + ": " + String.join(" ", command));
        }
    }

    private static List<String> baselineBuild(Path tree) {
        return List.of(tree.resolve("mvnw").toString(), "-o", "-q", "-B", "clean", "package", "-Dmaven.test.skip=true",
                "-Dbake.timings=true");
    }

    static int pagesBaked(Path log) throws IOException {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("Baked (\\d+) pages")
                .matcher(Files.readString(log, StandardCharsets.UTF_8));
        if (!matcher.find()) {
            throw new IllegalStateException("the build printed no page count; see " + log);
        }
        return Integer.parseInt(matcher.group(1));
    }

    static String machine() {
        return String.format("Machine: %d CPUs, %s, Java %s; load average at the end %.2f",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                System.getProperty("java.version"), TimedRun.loadAverage());
    }

    private static String slug(Case c) {
        String size = c.site.startsWith("synthetic") ? "-" + c.pages : "";
        return (c.site + size + "-" + c.builder).toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static List<String> with(List<String> command, String... arguments) {
        List<String> result = new ArrayList<>(command);
        result.addAll(List.of(arguments));
        return result;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'; see bench/README.md");
            }
            int equals = arg.indexOf('=');
            options.put(equals < 0 ? arg.substring(2) : arg.substring(2, equals), equals < 0 ? "" : arg.substring(equals + 1));
        }
        return options;
    }
}
