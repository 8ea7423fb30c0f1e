package org.explainer.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** One thing the benchmark builds repeatedly (a site of some size, with this build or stock JBake) and its runs. */
final class Case {

    enum Builder {
        EXPLAINER("this build"), BASELINE("baseline"), STOCK("stock JBake");

        /** How the report names this builder; the baseline's names the commit it was built from. */
        String label;

        Builder(String label) {
            this.label = label;
        }
    }

    final String site;
    final Builder builder;
    final Path dir;
    final List<String> command;
    int pages;
    final List<TimedRun.Measurement> runs = new ArrayList<>();

    Case(String site, int pages, Builder builder, Path dir, List<String> command) {
        this.site = site;
        this.pages = pages;
        this.builder = builder;
        this.dir = dir;
        this.command = command;
    }

    String label() {
        return site + ", " + builder.label;
    }

    double medianWall() {
        return median(TimedRun.Measurement::wallSeconds);
    }

    double minWall() {
        return runs.stream().mapToDouble(TimedRun.Measurement::wallSeconds).min().orElse(Double.NaN);
    }

    double maxWall() {
        return runs.stream().mapToDouble(TimedRun.Measurement::wallSeconds).max().orElse(Double.NaN);
    }

    double medianCpu() {
        return median(TimedRun.Measurement::cpuSeconds);
    }

    double maxRss() {
        return runs.stream().mapToDouble(TimedRun.Measurement::peakRssMiB).max().orElse(Double.NaN);
    }

    double msPerPage() {
        return medianWall() * 1000 / pages;
    }

    /** The median of the bake times the build printed itself, or NaN for builds that print none. */
    double medianBakeMillis() {
        List<TimedRun.Measurement> withBake = runs.stream().filter(run -> run.bakeMillis().isPresent()).toList();
        return withBake.isEmpty() ? Double.NaN
                : median(withBake, run -> run.bakeMillis().orElseThrow());
    }

    /** Each step of the bake, in the order the build printed them, with its median time over the runs. */
    Map<String, Double> medianStepMillis() {
        Map<String, Double> medians = new LinkedHashMap<>();
        runs.stream().flatMap(run -> run.stepMillis().keySet().stream()).distinct().forEach(step -> medians.put(step,
                median(runs.stream().map(run -> run.stepMillis().getOrDefault(step, 0L).doubleValue()).toList())));
        return medians;
    }

    private double median(ToDoubleFunction<TimedRun.Measurement> value) {
        return median(runs, value);
    }

    static double median(List<TimedRun.Measurement> runs, ToDoubleFunction<TimedRun.Measurement> value) {
        return median(runs.stream().mapToDouble(value).boxed().toList());
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
