package org.explainer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The figures of {@code bench/run --gates}: each test class of {@code verify} at each size, its cost
 * per page and its marginal cost per added page, and the whole command (printed and saved as
 * {@code gates-report.txt}; every run's figures as {@code gates.csv}).
 */
final class GateReport {

    // Targets of the work on the gates (see bench/README.md).
    private static final double MARGINAL_SECONDS_PER_PAGE = 0.5;
    private static final double THOUSAND_PAGES_VERIFY_SECONDS = 15 * 60;
    private static final double REAL_SITE_VERIFY_SECONDS = 3 * 60;

    private final List<GateBench.Site> sites;
    private final String machine;

    GateReport(List<GateBench.Site> sites, String machine) {
        this.sites = sites.stream().filter(site -> !site.runs.isEmpty()).toList();
        this.machine = machine;
    }

    void write(Path dir) throws IOException {
        String table = table();
        System.out.println();
        System.out.print(table);
        Files.writeString(dir.resolve("gates-report.txt"), table, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("gates.csv"), csv(), StandardCharsets.UTF_8);
        System.out.println("\nWritten: " + dir.resolve("gates-report.txt") + ", gates.csv");
    }

    private String table() {
        StringBuilder out = new StringBuilder(machine).append("\n\n");
        out.append("Quality gates: ./mvnw -o -B verify on a fresh clone, CI=true; each *IT class's time from failsafe's report\n");
        out.append("(median seconds over the runs, and in brackets milliseconds per page)\n");
        out.append(String.format("  %-28s", "test class"));
        sites.forEach(site -> out.append(String.format("  %22s", heading(site))));
        for (String builder : builders()) {
            List<GateBench.Site> synthetic = synthetic(builder);
            for (int i = 1; i < synthetic.size(); i++) {
                out.append(String.format("  %20s", "s/page " + synthetic.get(i - 1).pages + "->" + synthetic.get(i).pages
                        + (builder.isEmpty() ? "" : " @" + builder)));
            }
        }
        out.append('\n');
        for (String gate : gateNames()) {
            row(out, gate, site -> gateSeconds(site, gate));
        }
        row(out, "all ITs together", GateReport::allGatesSeconds);
        row(out, "unit tests (surefire)", site -> median(site, GateBench.Run::unitTestSeconds));
        row(out, "verify, wall", site -> median(site, run -> run.verify().wallSeconds()));
        row(out, "verify, CPU (whole tree)", site -> median(site, run -> run.verify().cpuSeconds()));
        out.append(String.format("  %-28s", "load average at the start"));
        sites.forEach(site -> out.append(String.format(Locale.ROOT, "  %22s", site.runs.stream()
                .map(run -> String.format(Locale.ROOT, "%.1f", run.verify().loadAverage())).toList())));
        out.append('\n');
        List<String> failed = failures();
        if (!failed.isEmpty()) {
            out.append("\nGates that FAILED (their times still count, but what they checked did not pass):\n");
            failed.forEach(line -> out.append("  ").append(line).append('\n'));
        }
        out.append("\nTargets:\n");
        for (Report.Target target : targets()) {
            out.append(String.format("  [%s] %s%n", target.met() ? "met" : "NOT MET", target.text()));
        }
        return out.toString();
    }

    private void row(StringBuilder out, String name, ToDoubleFunction<GateBench.Site> seconds) {
        out.append(String.format("  %-28s", name));
        for (GateBench.Site site : sites) {
            double value = seconds.applyAsDouble(site);
            out.append(String.format(Locale.ROOT, "  %22s", Double.isNaN(value) ? "-"
                    : String.format(Locale.ROOT, "%.1f (%.0f)", value, value * 1000 / site.pages)));
        }
        for (String builder : builders()) {
            List<GateBench.Site> synthetic = synthetic(builder);
            for (int i = 1; i < synthetic.size(); i++) {
                out.append(String.format(Locale.ROOT, "  %20.3f", marginal(synthetic.get(i - 1), synthetic.get(i), seconds)));
            }
        }
        out.append('\n');
    }

    private static String heading(GateBench.Site site) {
        return (site.synthetic ? "synthetic " + site.pages : site.label + " " + site.pages)
                + (site.baseline.isEmpty() ? "" : " @" + site.baseline);
    }

    /** Every test class any run reported, in name order. */
    private List<String> gateNames() {
        return sites.stream().flatMap(site -> site.runs.stream()).flatMap(run -> run.gates().keySet().stream())
                .distinct().sorted().toList();
    }

    private static double gateSeconds(GateBench.Site site, String gate) {
        if (site.runs.stream().noneMatch(run -> run.gates().containsKey(gate))) {
            return Double.NaN;
        }
        return median(site, run -> run.gates().containsKey(gate) ? run.gates().get(gate).seconds() : 0);
    }

    private static double allGatesSeconds(GateBench.Site site) {
        return median(site, run -> run.gates().values().stream().mapToDouble(TestReports.ClassTime::seconds).sum());
    }

    private static double median(GateBench.Site site, ToDoubleFunction<GateBench.Run> value) {
        return Case.median(site.runs.stream().mapToDouble(value).boxed().toList());
    }

    /** This build ("") and the baseline, if any. */
    private List<String> builders() {
        return sites.stream().map(site -> site.baseline).distinct().toList();
    }

    private List<GateBench.Site> synthetic(String builder) {
        return sites.stream().filter(site -> site.synthetic && site.baseline.equals(builder))
                .sorted(Comparator.comparingInt(site -> site.pages)).toList();
    }

    private static double marginal(GateBench.Site smaller, GateBench.Site larger, ToDoubleFunction<GateBench.Site> seconds) {
        return (seconds.applyAsDouble(larger) - seconds.applyAsDouble(smaller)) / (larger.pages - smaller.pages);
    }

    private List<String> failures() {
        List<String> lines = new ArrayList<>();
        for (GateBench.Site site : sites) {
            for (int i = 0; i < site.runs.size(); i++) {
                for (TestReports.ClassTime gate : site.runs.get(i).gates().values()) {
                    if (gate.failed() > 0) {
                        lines.add(String.format("%s, run %d: %s, %d of %d tests", heading(site), i + 1, gate.name(),
                                gate.failed(), gate.tests()));
                    }
                }
            }
        }
        return lines;
    }

    List<Report.Target> targets() {
        List<Report.Target> targets = new ArrayList<>();
        List<GateBench.Site> synthetic = synthetic("");
        if (synthetic.size() > 1) {
            GateBench.Site smaller = synthetic.get(0);
            GateBench.Site larger = synthetic.get(synthetic.size() - 1);
            double perPage = marginal(smaller, larger, GateReport::allGatesSeconds);
            targets.add(new Report.Target("gates-marginal", perPage <= MARGINAL_SECONDS_PER_PAGE, String.format(Locale.ROOT,
                    "the gates' marginal cost %.3f s per page (all ITs, %d -> %d pages) <= %.1f s", perPage, smaller.pages,
                    larger.pages, MARGINAL_SECONDS_PER_PAGE)));
        }
        synthetic.stream().filter(site -> site.pages == 1000).findFirst().ifPresent(site -> {
            double wall = median(site, run -> run.verify().wallSeconds());
            targets.add(new Report.Target("verify-1000", wall <= THOUSAND_PAGES_VERIFY_SECONDS, String.format(Locale.ROOT,
                    "verify of 1000 synthetic pages %.0f s <= %.0f s", wall, THOUSAND_PAGES_VERIFY_SECONDS)));
        });
        Optional<GateBench.Site> real = sites.stream().filter(site -> !site.synthetic && site.baseline.isEmpty()).findFirst();
        real.ifPresent(site -> {
            double wall = median(site, run -> run.verify().wallSeconds());
            targets.add(new Report.Target("verify-real", wall <= REAL_SITE_VERIFY_SECONDS, String.format(Locale.ROOT,
                    "verify of the real site on a fresh clone %.0f s <= %.0f s (.ci/run adds its workflow lint and browser check)",
                    wall, REAL_SITE_VERIFY_SECONDS)));
        });
        return targets;
    }

    private String csv() {
        StringBuilder out = new StringBuilder("site,baseline,pages,run,test_class,seconds,tests,failed,skipped,verify_wall_s,verify_cpu_s,load_1min\n");
        for (GateBench.Site site : sites) {
            for (int i = 0; i < site.runs.size(); i++) {
                GateBench.Run run = site.runs.get(i);
                for (TestReports.ClassTime gate : run.gates().values()) {
                    out.append(String.format(Locale.ROOT, "\"%s\",%s,%d,%d,%s,%.3f,%d,%d,%d,%.3f,%.2f,%.2f%n", site.label,
                            site.baseline, site.pages,
                            i + 1, gate.name(), gate.seconds(), gate.tests(), gate.failed(), gate.skipped(),
                            run.verify().wallSeconds(), run.verify().cpuSeconds(), run.verify().loadAverage()));
                }
            }
        }
        return out.toString();
    }
}
