package org.explainer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The benchmark's figures: a table for people (printed and saved as {@code report.txt}), every run as
 * CSV ({@code runs.csv}) and the summary with the target checks as JSON ({@code summary.json}).
 */
final class Report {

    // Targets of the performance work (see bench/README.md).
    private static final double REAL_SITE_VS_STOCK_10 = 0.75;
    private static final double THOUSAND_PAGES_SECONDS = 15;
    /** History may add at most a fifth to the bake's time at 1000 pages. */
    private static final double HISTORY_SHARE = 1.2;
    private static final double THOUSAND_PAGES_MIB = 512;
    private static final double PREVIEW_MILLIS = 300;
    private static final double WRITER_BUILD_SECONDS = 30;
    private static final double PREVIEW_STARTUP_SECONDS = 8;

    private final List<Case> cases;
    private final Optional<WriterCommands.Results> writer;
    private final Optional<PreviewLatency.Result> preview;
    private final String machine;

    Report(List<Case> cases, Optional<WriterCommands.Results> writer, Optional<PreviewLatency.Result> preview,
           String machine) {
        this.cases = cases;
        this.writer = writer;
        this.preview = preview;
        this.machine = machine;
    }

    void write(Path dir) throws IOException {
        String table = table();
        System.out.println();
        System.out.print(table);
        Files.writeString(dir.resolve("report.txt"), table, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("runs.csv"), csv(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("summary.json"), json(), StandardCharsets.UTF_8);
        System.out.println("\nWritten: " + dir.resolve("report.txt") + ", runs.csv, summary.json");
    }

    private String table() {
        StringBuilder out = new StringBuilder();
        out.append(machine).append("\n\n");
        out.append("Clean builds: mvn -o -q clean package -Dmaven.test.skip=true (this build and the baseline),"
                + " mvn -o -q clean package (stock JBake)\n");
        out.append(String.format("%-32s %6s %4s  %-22s %7s %9s %8s %8s %6s%n", "case", "pages", "runs",
                "wall s median [min-max]", "CPU s", "peak MiB", "ms/page", "bake ms", "load"));
        for (Case c : cases) {
            if (c.runs.isEmpty()) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "%-32s %6d %4d  %-22s %7.2f %9.0f %8.1f %8s %6.1f%n", c.label(), c.pages,
                    c.runs.size(), String.format(Locale.ROOT, "%.2f [%.2f-%.2f]", c.medianWall(), c.minWall(), c.maxWall()),
                    c.medianCpu(), c.maxRss(), c.msPerPage(),
                    Double.isNaN(c.medianBakeMillis()) ? "-" : String.format(Locale.ROOT, "%.0f", c.medianBakeMillis()),
                    c.runs.stream().mapToDouble(TimedRun.Measurement::loadAverage).average().orElse(Double.NaN)));
        }
        out.append("\nMarginal cost per added page (difference of median wall times between sizes):\n");
        for (Case.Builder builder : Case.Builder.values()) {
            List<Case> sized = synthetic(builder);
            for (int i = 1; i < sized.size(); i++) {
                Case smaller = sized.get(i - 1);
                Case larger = sized.get(i);
                out.append(String.format(Locale.ROOT, "  %-12s %5d -> %5d pages: %6.1f ms/page%n", builder.label,
                        smaller.pages, larger.pages, marginal(smaller, larger)));
            }
        }
        out.append(steps());
        writer.ifPresent(results -> out.append(writerTable(results)));
        preview.ifPresent(result -> out.append(String.format(Locale.ROOT,
                "%nPreview, edit of one content file until the page is served with the edit (real site, %d samples):%n"
                        + "  median %.0f ms, max %.0f ms, first edit %.0f ms; rebuilds as the preview timed them: median %.0f ms;"
                        + " start-up to first page served %.0f ms%n  samples: %s%n",
                result.samplesMillis().size(), Case.median(result.samplesMillis()), max(result.samplesMillis()),
                result.samplesMillis().get(0), Case.median(result.rebuildMillis().stream().map(Long::doubleValue).toList()),
                result.startupMillis(), result.samplesMillis().stream()
                        .map(ms -> String.format(Locale.ROOT, "%.0f", ms)).toList())));
        out.append("\nTargets:\n");
        for (Target target : targets()) {
            out.append(String.format("  [%s] %s%n", target.met() ? "met" : "NOT MET", target.text()));
        }
        return out.toString();
    }

    private static String writerTable(WriterCommands.Results results) {
        Case build = results.build();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nThe writer's commands, on a fresh clone with a warm Maven repository (%d runs; load = 1-minute load average):%n",
                build.runs.size()));
        out.append(String.format(Locale.ROOT, "  %-62s %s%n", "./mvnw package (unit tests, then the bake of " + build.pages
                + " pages)", String.format(Locale.ROOT, "%.2f s [%.2f-%.2f], CPU %.2f s, load %.1f", build.medianWall(),
                build.minWall(), build.maxWall(), build.medianCpu(),
                build.runs.stream().mapToDouble(TimedRun.Measurement::loadAverage).average().orElse(Double.NaN))));
        out.append(startups("./mvnw compile exec:exec@preview, fresh clone: first page", results.freshStarts()));
        out.append(startups("./mvnw compile exec:exec@preview, compiled: first page", results.compiledStarts()));
        return out.toString();
    }

    private static String startups(String label, List<WriterCommands.Startup> starts) {
        List<Double> seconds = starts.stream().map(start -> start.millis() / 1000).toList();
        return String.format(Locale.ROOT, "  %-62s %.2f s [%.2f-%.2f], load %.1f%n    runs: %s%n", label, Case.median(seconds),
                seconds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN), max(seconds),
                starts.stream().mapToDouble(WriterCommands.Startup::loadAverage).average().orElse(Double.NaN),
                starts.stream().map(start -> String.format(Locale.ROOT, "%.2f s (load %.1f)", start.millis() / 1000,
                        start.loadAverage())).toList());
    }

    /**
     * Where the bake's time goes as the site grows: each step's median, and its cost per page, at each
     * size. A step whose cost per page climbs with the size grows faster than the site.
     */
    private String steps() {
        List<Case> sized = synthetic(Case.Builder.EXPLAINER).stream().filter(c -> !c.medianStepMillis().isEmpty()).toList();
        if (sized.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\nThe bake's steps, synthetic sites (median ms, and ms per page):\n");
        out.append(String.format("  %-56s", "step"));
        sized.forEach(c -> out.append(String.format("  %17s", c.pages + " pages")));
        out.append('\n');
        List<String> names = sized.stream().flatMap(c -> c.medianStepMillis().keySet().stream()).distinct().toList();
        for (String name : names) {
            out.append(String.format("  %-56s", name));
            for (Case c : sized) {
                double millis = c.medianStepMillis().getOrDefault(name, 0.0);
                out.append(String.format(Locale.ROOT, "  %7.0f (%6.2f)", millis, millis / c.pages));
            }
            out.append('\n');
        }
        return out.toString();
    }

    record Target(String name, boolean met, String text) {
    }

    List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        Optional<Case> real = cases.stream()
                .filter(c -> c.site.startsWith("real") && c.builder == Case.Builder.EXPLAINER && !c.runs.isEmpty()).findFirst();
        Optional<Case> stock10 = find(Case.Builder.STOCK, 10);
        if (real.isPresent() && stock10.isPresent()) {
            double limit = REAL_SITE_VS_STOCK_10 * stock10.get().medianWall();
            targets.add(new Target("real-site-vs-stock-10", real.get().medianWall() <= limit, String.format(Locale.ROOT,
                    "real site clean build %.2f s <= %.2f x stock JBake 10 pages (%.2f s) = %.2f s (ratio %.2f)",
                    real.get().medianWall(), REAL_SITE_VS_STOCK_10, stock10.get().medianWall(), limit,
                    real.get().medianWall() / stock10.get().medianWall())));
        }
        find(Case.Builder.EXPLAINER, 1000).ifPresent(c -> {
            targets.add(new Target("1000-pages-time", c.medianWall() <= THOUSAND_PAGES_SECONDS, String.format(Locale.ROOT,
                    "1000 pages in %.2f s <= %.0f s", c.medianWall(), THOUSAND_PAGES_SECONDS)));
            targets.add(new Target("1000-pages-memory", c.maxRss() <= THOUSAND_PAGES_MIB, String.format(Locale.ROOT,
                    "1000 pages peak RSS %.0f MiB <= %.0f MiB", c.maxRss(), THOUSAND_PAGES_MIB)));
        });
        find(Case.Builder.EXPLAINER, 1000).ifPresent(without -> cases.stream()
                .filter(c -> c.site.equals(Bench.HISTORY_SITE) && c.pages == 1000 && !c.runs.isEmpty()).findFirst()
                .ifPresent(with -> targets.add(new Target("1000-pages-history",
                        with.medianBakeMillis() <= HISTORY_SHARE * without.medianBakeMillis(), String.format(Locale.ROOT,
                        "1000 pages with 2000 commits of history: bake %.0f ms <= %.1f x %.0f ms without (ratio %.2f)",
                        with.medianBakeMillis(), HISTORY_SHARE, without.medianBakeMillis(),
                        with.medianBakeMillis() / without.medianBakeMillis())))));
        writer.ifPresent(results -> {
            double build = results.build().medianWall();
            targets.add(new Target("writer-build", build <= WRITER_BUILD_SECONDS, String.format(Locale.ROOT,
                    "./mvnw package on a fresh clone %.2f s <= %.0f s", build, WRITER_BUILD_SECONDS)));
            double fresh = Case.median(results.freshStarts().stream().map(start -> start.millis() / 1000).toList());
            targets.add(new Target("preview-startup", fresh <= PREVIEW_STARTUP_SECONDS, String.format(Locale.ROOT,
                    "preview's first page from a fresh clone %.2f s <= %.0f s", fresh, PREVIEW_STARTUP_SECONDS)));
        });
        preview.ifPresent(result -> targets.add(new Target("preview-latency",
                Case.median(result.samplesMillis()) <= PREVIEW_MILLIS && max(result.samplesMillis()) <= PREVIEW_MILLIS,
                String.format(Locale.ROOT, "edit-to-preview median %.0f ms and max %.0f ms <= %.0f ms",
                        Case.median(result.samplesMillis()), max(result.samplesMillis()), PREVIEW_MILLIS))));
        return targets;
    }

    private String csv() {
        StringBuilder out = new StringBuilder("case,site,builder,pages,run,wall_s,cpu_s,peak_rss_mib,bake_ms,load_1min\n");
        for (Case c : cases) {
            for (int i = 0; i < c.runs.size(); i++) {
                TimedRun.Measurement run = c.runs.get(i);
                out.append(String.format(Locale.ROOT, "\"%s\",%s,%s,%d,%d,%.3f,%.2f,%.1f,%s,%.2f%n", c.label(), c.site,
                        c.builder.name().toLowerCase(Locale.ROOT), c.pages, i + 1, run.wallSeconds(), run.cpuSeconds(),
                        run.peakRssMiB(), run.bakeMillis().isPresent() ? String.valueOf(run.bakeMillis().getAsLong()) : "",
                        run.loadAverage()));
            }
        }
        writer.ifPresent(results -> {
            Case build = results.build();
            for (int i = 0; i < build.runs.size(); i++) {
                TimedRun.Measurement run = build.runs.get(i);
                out.append(String.format(Locale.ROOT, "\"%s\",writer,explainer,%d,%d,%.3f,%.2f,%.1f,%s,%.2f%n", build.site,
                        build.pages, i + 1, run.wallSeconds(), run.cpuSeconds(), run.peakRssMiB(),
                        run.bakeMillis().isPresent() ? String.valueOf(run.bakeMillis().getAsLong()) : "", run.loadAverage()));
            }
            startupRows(out, "preview start, fresh clone", results.freshStarts());
            startupRows(out, "preview start, compiled", results.compiledStarts());
        });
        return out.toString();
    }

    private static void startupRows(StringBuilder out, String label, List<WriterCommands.Startup> starts) {
        for (int i = 0; i < starts.size(); i++) {
            out.append(String.format(Locale.ROOT, "\"%s\",writer,preview,0,%d,%.3f,,,,%.2f%n", label, i + 1,
                    starts.get(i).millis() / 1000, starts.get(i).loadAverage()));
        }
    }

    private String json() {
        StringBuilder out = new StringBuilder("{\n  \"machine\": ").append(quote(machine)).append(",\n  \"cases\": [\n");
        List<String> items = new ArrayList<>();
        for (Case c : cases) {
            if (c.runs.isEmpty()) {
                continue;
            }
            items.add(String.format(Locale.ROOT, "    {\"case\": %s, \"site\": %s, \"builder\": %s, \"pages\": %d, \"runs\": %d, "
                            + "\"wall_s_median\": %.3f, \"wall_s_min\": %.3f, \"wall_s_max\": %.3f, \"cpu_s_median\": %.2f, "
                            + "\"peak_rss_mib_max\": %.1f, \"ms_per_page\": %.2f, \"bake_ms_median\": %s, \"bake_steps_ms_median\": %s}",
                    quote(c.label()), quote(c.site), quote(c.builder.name().toLowerCase(Locale.ROOT)), c.pages, c.runs.size(),
                    c.medianWall(), c.minWall(), c.maxWall(), c.medianCpu(), c.maxRss(), c.msPerPage(),
                    Double.isNaN(c.medianBakeMillis()) ? "null" : String.format(Locale.ROOT, "%.0f", c.medianBakeMillis()),
                    stepsJson(c)));
        }
        out.append(String.join(",\n", items)).append("\n  ],\n  \"preview\": ");
        out.append(preview.map(result -> String.format(Locale.ROOT,
                "{\"samples_ms\": %s, \"median_ms\": %.1f, \"max_ms\": %.1f, \"rebuild_ms\": %s, \"startup_ms\": %.0f}",
                result.samplesMillis().stream().map(ms -> String.format(Locale.ROOT, "%.1f", ms)).toList(),
                Case.median(result.samplesMillis()), max(result.samplesMillis()), result.rebuildMillis(),
                result.startupMillis())).orElse("null"));
        out.append(",\n  \"writer\": ");
        out.append(writer.map(results -> String.format(Locale.ROOT,
                "{\"package_wall_s\": %s, \"package_cpu_s\": %s, \"preview_fresh_clone_s\": %s, \"preview_compiled_s\": %s}",
                results.build().runs.stream().map(run -> String.format(Locale.ROOT, "%.2f", run.wallSeconds())).toList(),
                results.build().runs.stream().map(run -> String.format(Locale.ROOT, "%.2f", run.cpuSeconds())).toList(),
                seconds(results.freshStarts()), seconds(results.compiledStarts()))).orElse("null"));
        out.append(",\n  \"targets\": [\n");
        out.append(String.join(",\n", targets().stream().map(t -> String.format("    {\"target\": %s, \"met\": %s, \"detail\": %s}",
                quote(t.name()), t.met(), quote(t.text()))).toList()));
        return out.append("\n  ]\n}\n").toString();
    }

    private static List<String> seconds(List<WriterCommands.Startup> starts) {
        return starts.stream().map(start -> String.format(Locale.ROOT, "%.2f", start.millis() / 1000)).toList();
    }

    private static String stepsJson(Case c) {
        return c.medianStepMillis().entrySet().stream()
                .map(step -> String.format(Locale.ROOT, "%s: %.0f", quote(step.getKey()), step.getValue()))
                .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
    }

    private List<Case> synthetic(Case.Builder builder) {
        return cases.stream().filter(c -> c.builder == builder && c.site.startsWith("synthetic") && !c.runs.isEmpty())
                .sorted(java.util.Comparator.comparingInt(c -> c.pages)).toList();
    }

    private Optional<Case> find(Case.Builder builder, int pages) {
        return synthetic(builder).stream().filter(c -> c.pages == pages).findFirst();
    }

    private static double marginal(Case smaller, Case larger) {
        return (larger.medianWall() - smaller.medianWall()) * 1000 / (larger.pages - smaller.pages);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
