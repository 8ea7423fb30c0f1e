package org.explainer;

import org.explainer.base.BuildFailure;
import org.explainer.base.BuildMode;
import org.explainer.base.ProblemCollector;
import org.explainer.base.ProjectConfig;
import org.explainer.content.ContentModel;
import org.explainer.content.Hints;
import org.explainer.history.History;
import org.explainer.history.RepositoryHistory;
import org.explainer.linkcheck.CheckSettings;
import org.explainer.linkcheck.LinkCheck;
import org.explainer.pipeline.SiteBuild;
import org.explainer.pipeline.Warnings;
import org.explainer.preview.Preview;
import org.explainer.scaffold.Scaffold;
import org.explainer.scaffold.ScaffoldRefused;
import org.explainer.site.Site;
import org.explainer.translation.RecordedVersion;
import org.explainer.translation.StatusReport;
import org.explainer.translation.VersionNotRecorded;

import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command line: {@code bake} builds the site once; {@code preview} builds, serves on 127.0.0.1 and
 * rebuilds on every change; {@code new} starts a draft page ({@code --type=T --title=TEXT}, and
 * {@code --name=NAME} to choose its file name); {@code links} checks every external address the site cites
 * and writes its report ({@code --report=DIR}, by default {@code target/link-check}); {@code translated --page=FILE}
 * records in a translation which version of its original it translates; {@code translations} reports every page's
 * translations, up to date or not. Options: {@code --project=DIR},
 * {@code --output=DIR}, {@code --site-url=URL}, {@code --port=N}, {@code --history=off} to build without the pages'
 * history from the repository, and {@code --timings}, which prints how long each step of a
 * build took.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Freemarker would otherwise pick log4j 1, found on the classpath without a configuration.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        // Logging starts here, before the build's threads: SLF4J would otherwise queue their first log calls
        // during its start-up and print a three-line notice that it replayed them.
        LoggerFactory.getILoggerFactory();
        Map<String, String> options = options(args);
        boolean timings = List.of(args).contains("--timings") || Boolean.parseBoolean(options.get("timings"));
        String command = args.length > 0 && !args[0].startsWith("--") ? args[0] : "bake";
        Path project = Path.of(options.getOrDefault("project", ".")).toAbsolutePath().normalize();
        Path output = Path.of(options.getOrDefault("output", project.resolve("target/site").toString())).toAbsolutePath();
        String siteUrl = options.getOrDefault("site-url", System.getProperty("site.url", ""));
        boolean history = !"off".equals(options.getOrDefault("history", System.getProperty("history", "on")));
        try {
            ProjectConfig config = ProjectConfig.load(project, siteUrl);
            switch (command) {
                case "bake" -> bake(config, output, timings, history);
                case "preview" -> Preview.run(config, output, Integer.parseInt(options.getOrDefault("port", "8820")), timings, history);
                case "new" -> create(config, options);
                case "links" -> System.exit(LinkCheck.run(config,
                        Path.of(options.getOrDefault("report", project.resolve("target/link-check").toString())),
                        CheckSettings.standard(config.settings().getUrl()), System.out));
                case "translated" -> recordVersion(config, options.getOrDefault("page", ""));
                case "translations" -> translations(config, history);
                default -> {
                    System.err.println("Unknown command '" + command + "'; use bake, preview, new, links, translated or translations.");
                    System.exit(2);
                }
            }
        } catch (BuildFailure failure) {
            System.err.println(failure.getMessage());
            System.exit(1);
        }
    }

    private static void bake(ProjectConfig config, Path output, boolean printTimings, boolean history) {
        long start = System.nanoTime();
        Map<String, Long> steps = new LinkedHashMap<>();
        Site site = new SiteBuild(config, (step, nanos) -> steps.merge(step, nanos, Long::sum), BuildMode.PUBLISH, history).build(output);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Warnings.print(site);
        int warnings = site.warnings().size();
        int historyPages = site.getPages().stream().mapToInt(page -> page.historyFiles().size()).sum();
        System.out.printf("Baked %d pages into %s in %d ms%s, %s (site address %s)%n", site.getPages().size(),
                config.projectDir().relativize(output), millis,
                historyPages == 0 ? "" : ", with " + historyPages + " pages of their history",
                warnings == 0 ? "no warnings" : warnings == 1 ? "1 warning" : warnings + " warnings",
                config.settings().getUrl());
        if (printTimings) {
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.printf("  %6d ms  JVM start to end of bake%n", sinceJvmStart);
            steps.forEach((step, nanos) -> System.out.printf("  %6d ms  %s%n", nanos / 1_000_000, step));
        }
    }

    private static void create(ProjectConfig config, Map<String, String> options) {
        try {
            Path file = Scaffold.create(config, options.getOrDefault("type", ""), options.getOrDefault("title", ""),
                    options.getOrDefault("name", ""), LocalDate.now());
            System.out.println("Created " + config.projectDir().relativize(file).toString().replace('\\', '/')
                    + ", a draft. Replace every " + Hints.MARKER + " line, read it in the preview, then set status="
                    + ContentModel.PUBLISHED + ".");
        } catch (ScaffoldRefused refused) {
            System.err.println("No page was created: " + refused.getMessage());
            System.exit(1);
        }
    }

    private static void recordVersion(ProjectConfig config, String page) {
        try {
            String version = RecordedVersion.record(config, page);
            System.out.println(page + ": translates=" + version + ", the version of its original on disk now.");
        } catch (VersionNotRecorded refused) {
            System.err.println("No version was recorded: " + refused.getMessage());
            System.exit(1);
        }
    }

    private static void translations(ProjectConfig config, boolean withHistory) {
        String contentFolder = config.projectDir().relativize(config.contentDir()).toString().replace('\\', '/') + "/";
        History history = withHistory ? RepositoryHistory.read(config.projectDir(), List.of(contentFolder),
                config.headerSeparator(), History.NONE) : History.NONE;
        ProblemCollector problems = new ProblemCollector();
        List<String> report = StatusReport.of(config, history, contentFolder, problems);
        try {
            problems.throwIfAny();
        } catch (BuildFailure failure) {
            System.err.println("No report: the content files have problems to fix first.");
            failure.problems().stream().sorted().forEach(problem -> System.err.println("  " + problem));
            System.exit(1);
        }
        report.forEach(System.out::println);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return options;
    }
}
